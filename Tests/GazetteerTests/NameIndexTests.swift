import Testing
import TestSupport
@testable import Gazetteer

@Suite("name index")
struct NameIndexTests {
    static func place(_ id: String, _ kind: PlaceKind, _ en: String, _ ar: String, variants: [String] = []) -> Place {
        Place(id: id, kind: kind, nameEn: en, nameAr: ar, arabicVariants: variants,
              point: GeoPoint(latitude: 35, longitude: 40), inArea: true)
    }

    static let gazetteer = Gazetteer(places: [
        place("baghuz", .town, "Al-Baghuz", "الباغوز"),
        place("shafa", .town, "Al-Shafa", "الشعفة"),
        place("dez", .city, "Deir ez-Zor", "دير الزور", variants: ["ديرالزور"]),
        place("dez-east", .region, "Eastern Deir ez-Zor countryside", "ريف دير الزور الشرقي"),
        place("hol", .town, "Al-Hol", "الهول"),
        place("hol-camp", .camp, "Al-Hol camp", "مخيم الهول"),
        place("ain-issa", .town, "Ain Issa", "عين عيسى"),
        place("hajin", .town, "Hajin", "هجين"),
        place("raqqa", .city, "Raqqa", "الرقة"),
    ])

    /// Marked texts: every marked span must be found, and nothing else.
    static let cases: [String] = [
        "قصف ⏩الباغوز⏪ أمس",
        "معارك في ⏩بالباغوز⏪ ⏩والشعفة⏪",  // ب، و
        "وصلوا ⏩للشعفة⏪ مساء",  // لل = ل + ال
        "في ⏩فالباغوز⏪",  // ف
        "⏩بـالرقة⏪ اليوم",  // بـ with tatweel
        "غارات على ⏩ريف دير الزور الشرقي⏪ أمس",  // longest match, several words
        "غارات على ⏩ريف ديرالزور الشرقي⏪",  // the article joined to the word before
        "المدينة ⏩دَيْر الزُّور⏪",  // harakat
        "نقلوا إلى ⏩مخيم الهول⏪ وبلدة ⏩الهول⏪",  // a camp and its town
        "بلدة ⏩عين عيسي⏪ شمالا",  // alef maqsura written as ya
        "بلدة ⏩هجين⏪، ⏩وبهجين⏪",  // و + ب
        "\"⏩الرقه⏪\"",  // quotes and ta marbuta as ha
        "قرية ⏩باغوز⏪",  // without the article
    ]

    @Test("finds marked names", arguments: cases)
    func findsMarkedNames(_ marked: String) {
        let m = MarkedText(marked)
        let text = TokenizedText(m.text)
        let found = Self.gazetteer.index.matches(in: text).map {
            text.tokens[$0.startToken].start..<text.tokens[$0.endToken - 1].end
        }
        #expect(found == m.spans, "text: \(m.text)")
    }

    @Test func longestNameWins() {
        let text = TokenizedText("مخيم الهول")
        let matches = Self.gazetteer.index.matches(in: text)
        #expect(matches.count == 1)
        let places = matches[0].entries.map { Self.gazetteer.places[Self.gazetteer.index.entries[$0].place].id }
        #expect(places == ["hol-camp"])
    }

    @Test func lookupByNameFoldsVariantsAndClitics() {
        #expect(Self.gazetteer.candidates(named: "بالرقه").map(\.id) == ["raqqa"])
        #expect(Self.gazetteer.candidates(named: "Hajin").map(\.id) == ["hajin"])
        #expect(Self.gazetteer.candidates(named: "Nowhere").isEmpty)
    }

    @Test func offsetsCountUnicodeScalars() {
        // Harakat are scalars of their own: the span covers them.
        let text = TokenizedText("في هَجِين")
        #expect(text.tokens.map(\.start) == [0, 3])
        #expect(text.tokens.map(\.end) == [2, 9])
    }

    /// Four-letter words, none starting with a letter that can be a proclitic.
    static func generatedWords(_ count: Int) -> [String] {
        let letters = Array("دذرزسشصضطظعغقمنهيتثجحخ")
        return (0..<count).map { n in
            var word = "", k = n
            for _ in 0..<4 {
                word.append(letters[k % letters.count])
                k /= letters.count
            }
            return word
        }
    }

    @Test func indexBuiltNameByNameFindsEveryName() {
        // Without a capacity the index starts with a small first-word filter and must grow it as
        // names come; a filter that lost a key would lose that name.
        var index = NameIndex()
        let words = Self.generatedWords(1_000)
        for (i, w) in words.enumerated() { index.add(name: w, place: i, origin: .primary, ambiguous: false) }
        let matches = index.matches(in: TokenizedText(words.joined(separator: " ")))
        #expect(matches.count == words.count)
        #expect(matches.map { index.entries[$0.entries[0]].place } == Array(words.indices))
        #expect(index.matches(in: TokenizedText("قصف الباغوز")).isEmpty)
    }

    @Test func keyFilterKeepsEveryKeyAndTurnsMostOthersAway() {
        var filter = KeyFilter(capacity: 1_000)
        let keys = Self.generatedWords(1_000).map { NameKey.keyHash(word: $0) }
        for k in keys { filter.insert(k) }
        #expect(keys.allSatisfy(filter.mayContain))
        // About one absent key in sixteen gets through; allow three times that.
        let others = Self.generatedWords(11_000).dropFirst(1_000).map { NameKey.keyHash(word: $0) }
        let through = others.filter(filter.mayContain).count
        #expect(through < others.count * 3 / 16, "\(through) of \(others.count) absent keys passed")
    }

    @Test func letterPrefixesTestTheFirstLetterFirst() {
        let text = TokenizedText("تعرضت دورية لهجوم وتصدت له")
        let prefixes = LetterPrefixes([Array("تعرض".unicodeScalars.map(\.value)), Array("وتصد".unicodeScalars.map(\.value))])
        #expect(text.tokens.indices.filter { text.hasPrefix($0, anyOf: prefixes) } == [0, 3])
        #expect(!text.hasPrefix(1, anyOf: LetterPrefixes([])))
    }
}
