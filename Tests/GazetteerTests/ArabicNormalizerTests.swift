import Testing
@testable import Gazetteer

@Suite("Arabic normaliser")
struct ArabicNormalizerTests {
    static let cases: [(input: String, expected: String)] = [
        ("أبو حمام", "ابو حمام"),  // hamza on alef
        ("إدلب", "ادلب"),
        ("آذار", "اذار"),
        ("ٱلرقة", "الرقه"),  // alef wasla, ta marbuta
        ("الرقه", "الرقه"),
        ("عين عيسى", "عين عيسي"),  // alef maqsura
        ("عين عيسي", "عين عيسي"),
        ("الرقـــة", "الرقه"),  // tatweel
        ("دَيْر الزُّور", "دير الزور"),  // harakat and shadda
        ("الشدّادي", "الشدادي"),
        ("٢٠١٩", "2019"),  // Arabic-Indic digits
        ("۲۰۱۹", "2019"),  // Persian digits
        ("کوباني", "كوباني"),  // Persian kaf
        ("قامشلی", "قامشلي"),  // Persian yeh
        ("دير\u{200C}الزور", "ديرالزور"),  // zero-width non-joiner inside a word
        ("\u{202B}الحسكة\u{202C}", "الحسكه"),  // bidi embedding
        ("بئر", "بير"),  // hamza on ya
        ("مؤسسة", "موسسه"),  // hamza on waw
        ("Deir ez-Zor", "deir ez zor"),  // Latin: case and punctuation
        ("Raqqa،  الرقة", "raqqa الرقه"),  // Arabic comma separates words
        ("ﺍﻟﺮﻗﺔ", "الرقه"),  // presentation forms
    ]

    @Test("folds spelling variants", arguments: cases)
    func folds(_ c: (input: String, expected: String)) {
        #expect(ArabicNormalizer.normalize(c.input) == c.expected, "input: \(c.input)")
    }

    @Test func wordsSplitOnSeparatorsOnly() {
        #expect(ArabicNormalizer.words("بلدة \"الباغوز\"، شرق الفرات") == ["بلده", "الباغوز", "شرق", "الفرات"])
    }
}
