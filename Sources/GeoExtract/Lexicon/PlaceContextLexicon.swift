import Gazetteer

/// The words around a name that tell whether it is a place and which one.
///
/// Kept as data: each list is a set of words as Arabic writes them, folded once with the same
/// normaliser as the text, so a rule reads "the word before is a place noun", not a string literal.
package final class PlaceContextLexicon: Sendable {
    /// What a head noun before a name says about the place it names.
    package enum Head: Sendable, Equatable {
        case city, town, village, settlement, subdistrict, district, governorate, neighbourhood, camp, field, airport, prison,
            crossing, dam, river, mountain, region, landmark
        /// A generic area word (منطقة، أطراف، محيط): says "a place" but not which sort.
        case area
        /// A direction (شرق، شمالي): says "a place" and that the event is near it, not in it.
        case direction

        /// The noun names a sort of place (قرية، مدينة، حقل، مخيم), not only a direction or an area.
        package var isPlaceNoun: Bool { self != .direction && self != .area }

        /// The noun names a facility (مطار، سجن، حقل، سد، معبر، مخيم), not a kind of settlement.
        package var isFacility: Bool {
            switch self {
            case .camp, .field, .airport, .prison, .crossing, .dam: return true
            default: return false
            }
        }

        package func accepts(_ kind: PlaceKind) -> Bool {
            switch self {
            case .city: return kind == .city || kind == .town
            case .town: return kind == .town || kind == .village || kind == .city
            case .village: return kind == .village || kind == .hamlet || kind == .town
            case .settlement: return kind.isSettlement || kind == .neighbourhood
            case .subdistrict: return kind == .subdistrict || kind.isSettlement
            case .district: return kind == .district || kind.isSettlement
            case .governorate: return kind == .governorate
            case .neighbourhood: return kind == .neighbourhood || kind == .landmark
            case .camp: return kind == .camp
            case .field: return kind == .oilfield || kind == .gasfield
            case .airport: return kind == .airport || kind == .airbase || kind == .base
            case .prison: return kind == .prison
            case .crossing: return kind == .crossing
            case .dam: return kind == .dam
            case .river: return kind == .river
            case .mountain: return kind == .mountain
            case .region: return kind == .region || kind.isSettlement
            case .landmark: return kind == .landmark || kind == .neighbourhood
            case .area, .direction: return true
            }
        }
    }

    private static let heads: [(Head, [String])] = [
        (.city, ["مدينة", "مدن", "مدينتي", "المدينة", "مدينتا"]),
        (.town, ["بلدة", "بلدات", "بلدتي", "بلدتا", "البلدة"]),
        (.village, ["قرية", "قرى", "قريتي", "قريتا", "القرية", "مزارع", "مزرعة"]),
        (.settlement, ["تجمع", "تجمعات", "بلدية"]),
        (.subdistrict, ["ناحية", "نواحي"]),
        (.district, ["منطقة", "مناطق"]),
        (.governorate, ["محافظة", "محافظات", "محافظتي", "ولاية"]),
        (.neighbourhood, ["حي", "أحياء", "حيي", "حارة", "شارع"]),
        (.camp, ["مخيم", "مخيمات", "مخيمي"]),
        (.field, ["حقل", "حقول", "حقلي"]),
        (.airport, ["مطار", "قاعدة", "مطاري", "قواعد"]),
        (.prison, ["سجن", "سجون"]),
        (.crossing, ["معبر", "معابر"]),
        (.dam, ["سد", "سدود"]),
        (.river, ["نهر", "ضفة", "ضفاف", "ضفتي", "وادي"]),
        (.mountain, ["جبل", "جبال", "تلة"]),
        (.region, ["ريف", "أرياف", "بادية", "جزيرة"]),
        (.landmark, ["دوار", "ساحة", "جسر", "دوار"]),
        (.area, ["أطراف", "محيط", "ضواحي", "تخوم", "مشارف", "مداخل", "مدخل", "أنحاء", "داخل", "وسط", "بلدات", "منطقتي"]),
        (.direction, ["شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "شمال شرق", "جنوب شرق", "شمال غرب", "جنوب غرب", "شمال شرقي", "جنوب شرقي", "شمال غربي", "جنوب غربي"]),
    ]

    /// Prepositions and adverbs of place: a name governed by one is read as a location.
    private static let locatives = [
        "في", "فى", "الى", "إلى", "نحو", "باتجاه", "اتجاه", "قرب", "بقرب", "بالقرب", "عند", "خارج", "حول",
        "بين", "تجاه", "عبر", "ضمن", "حتى", "مقابل", "قبالة", "إلي", "لدى", "من", "على", "بمحيط", "الحدود", "حدود",
        "أراضي", "عمق", "أطراف", "مشارف", "وسط", "داخل", "انطلاقا", "منطقتي", "مدينتي", "بلدتي", "قريتي",
    ]

    /// Words after which "من" or "لـ" mark a backer, not a location: المدعومة من روسيا، الموالية لإيران.
    private static let backerWords = [
        "مدعوم", "مدعومة", "مدعومين", "المدعوم", "المدعومة", "المدعومين", "بدعم", "دعم", "الموالية", "الموالي",
        "موالية", "موالين", "الموالين", "التابعة", "تابعة", "بتمويل", "بإيعاز", "بأوامر", "المقربة", "المقرب",
        "حلفاء", "حليفة", "حليف", "تقوده", "تقودها", "بقيادة", "قادته", "وكلاء", "عملاء", "ميليشيات",
    ]

    /// Words before a name that make it part of an organisation, an outlet or a person's name.
    private static let nonPlaceHeads = [
        "مجلس", "مجلسي", "مجالس", "لواء", "ألوية", "قناة", "شبكة", "موقع", "وكالة", "صحيفة", "جريدة", "إذاعة", "تلفزيون", "راديو",
        "حركة", "جبهة", "كتيبة", "كتائب", "تنسيقية", "مكتب", "فريق", "حملة", "اتحاد", "منظمة", "هيئة", "جامعة",
        "عشيرة", "عشائر", "قبيلة", "قبائل", "عشيرتي", "قبيلتي", "عشيرتا", "قبيلتا", "عشيرتين", "قبيلتين", "أبو", "ابو", "أم", "بن", "ابن", "بنت", "آل", "والي", "أمير", "الشيخ",
        "شيخ", "المدعو", "المدعوة", "الملقب", "الحاج", "السيد", "الدكتور", "العميد", "العقيد", "اللواء", "النقيب",
        "الرائد", "المقدم", "الشهيد", "مراسل", "مراسلة", "ناشط", "ناشطو", "منصة", "صفحة", "اتفاقية", "معاهدة",
        "مؤتمر", "محادثات", "مفاوضات", "مسار", "مباحثات", "تنظيم", "لجنة", "تيار", "حزب", "ثوار", "جيش", "الذاتية",
        "علم", "رئيس", "رئاسة", "حكومة", "وزارة", "وزير", "سفارة", "سفير", "نظام", "الجمهورية",
    ]

    /// Words after a name that make it part of an organisation or an outlet: دير الزور 24، فرات بوست.
    private static let nonPlaceTails = [
        "الديمقراطية", "الديموقراطية", "بوست", "العسكري", "المدني", "العسكرية", "المدنية", "العسكريين", "العسكريان", "الثوري", "نت",
        "اليوم", "الآن", "الحرة", "تايمز", "بريس", "أونلاين", "تي", "الإخبارية", "الاخبارية", "الوطنية",
        // A door or a road described (الباب الرئيسي للسجن, the main gate): no town is "main".
        "الرئيسي", "الرئيسية", "الخلفي", "الخلفية",
    ]

    /// Common given names: a name right after one of them is a family name or a nisba.
    /// (علي is left out: folded, it is also the preposition على.)
    private static let givenNames = [
        "محمد", "أحمد", "محمود", "حسن", "حسين", "عمر", "عثمان", "خالد", "عبد", "عبدالله", "عبدالرحمن",
        "إبراهيم", "ابراهيم", "يوسف", "مصطفى", "صالح", "سعيد", "سعد", "فيصل", "جاسم", "حمد", "حمود", "فرحان",
        "فاضل", "رامي", "رائد", "زياد", "سامي", "سليمان", "طه", "ياسر", "ياسين", "يحيى", "بكر", "فاطمة", "عائشة",
        "خديجة", "مريم", "زينب", "نور", "هدى", "منى", "عيسى", "موسى", "داود", "إسماعيل", "اسماعيل", "أنس", "بشار",
        "حافظ", "ماهر", "مظلوم", "نواف", "مهند", "معاذ", "حمزة", "عباس", "جمعة", "دحام", "عواد", "شيخ",
        "هفال", "آلدار", "إلهام", "فرهاد", "جميل", "كمال", "ناصر", "منصور", "مالك", "وليد", "خليل", "هاشم",
    ]

    /// Function words and words of the place vocabulary itself: never a place name, whatever a
    /// gazetteer row (often a transliteration) says.
    private static let stopwords = [
        "في", "من", "إلى", "الى", "على", "عن", "مع", "أن", "إن", "ان", "لا", "ما", "هذا", "هذه", "ذلك", "تلك", "التي",
        "الذي", "الذين", "كل", "أو", "او", "هو", "هي", "هم", "كان", "كانت", "قد", "لم", "لن", "بعد", "قبل", "بين", "حتى",
        "منذ", "عند", "عليه", "عليها", "إلي", "علي", "أي", "اي", "ثم", "كما", "لكن", "غير", "أمام", "خلال", "نحو", "حول",
        "دون", "ضد", "تحت", "فوق", "عبر", "وسط", "قرب", "داخل", "خارج", "حيث", "إذ", "اذ", "لدى", "لقد", "فقد", "منها",
        "فيها", "بها", "له", "لها", "لهم", "به", "بعض", "جميع", "عدة", "أكثر", "اكثر", "أقل", "نفس", "ذات", "يوم", "اليوم",
        "أمس", "امس", "الآن", "الان", "مدينة", "المدينة", "بلدة", "البلدة", "قرية", "القرية", "منطقة", "المنطقة", "حي",
        "الحي", "مخيم", "المخيم", "ريف", "الريف", "محافظة", "المحافظة", "ناحية", "الناحية", "شرق", "غرب", "شمال", "جنوب",
        "الشرق", "الغرب", "الشمال", "الجنوب", "شرقي", "غربي", "شمالي", "جنوبي", "الشرقي", "الغربي", "الشمالي", "الجنوبي",
        "الشرقية", "الغربية", "الشمالية", "الجنوبية", "قوات", "القوات", "عناصر", "مقاتلين", "مدنيين", "شبكة", "مصادر",
        "قال", "قالت", "أكد", "أفاد", "أعلن", "أعلنت", "وقال", "الجمعة", "السبت", "الأحد", "الاثنين", "الإثنين",
        "الثلاثاء", "الأربعاء", "الخميس", "تشرين", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
        "أيلول", "كبرى", "الكبرى", "جديد", "جديدة", "الجديد", "الجديدة", "عام", "العام", "وقت", "مكان", "موقع",
        // "With pictures", a headline's tag, not بـ and the town al-Sur (بلدة الصور still is).
        "بالصور",
    ]

    /// Prepositions that put something in or at a place, not merely "from", "on" or "about" it:
    /// enough for a town whose name is also a word (في المنصورة) but not for a village.
    private static let inLocatives = ["في", "فى", "داخل", "قرب", "بقرب", "بالقرب", "عند", "نحو", "باتجاه", "إلى", "الى",
                                      "أطراف", "محيط", "بمحيط", "وسط", "مدخل", "حتى", "مقابل", "قبالة"]

    /// Words that link a name to a container after it: الواقعة في، التابعة لـ، القريبة من، بريف.
    private static let linkers = [
        "الواقعة", "الواقع", "التابعة", "التابع", "القريبة", "القريب", "في", "من", "قرب", "بالقرب", "ضمن", "غرب",
        "شرق", "شمال", "جنوب", "غربي", "شرقي", "شمالي", "جنوبي", "بريف", "ريف", "كم", "كلم", "كيلومتر", "كيلومترات",
        "حوالي", "نحو", "على", "بعد", "مسافة",
    ]


    // The same lists keyed by word hashes, for scanning text without building strings.
    /// Head words (and two-word heads, by `pairKey`) to their number in `headKinds`.
    private let headKeys: KeyTable
    private let headPairKeys: KeyTable
    private let headKinds: [Head]
    private let locativeKeys: KeyTable
    private let inLocativeKeys: KeyTable
    private let backerKeys: KeyTable
    private let nonPlaceHeadKeys: KeyTable
    private let nonPlaceTailKeys: KeyTable
    private let givenNameKeys: KeyTable
    private let stopwordKeys: KeyTable
    private let linkerKeys: KeyTable
    static let borderKeys = KeyTable(keys: ["الحدود", "حدود", "الحدودية", "حدوده"].map(NameKey.wordKey))
    static let withKey = NameKey.wordKey("مع")
    /// Tails of outlet names that are also adverbs of time (الرقة اليوم، الحسكة الآن).
    static let timeTailKeys = KeyTable(keys: ["اليوم", "الآن", "الان"].map(NameKey.wordKey))
    static let fromKeys = KeyTable(keys: ["من", "لدى"].map(NameKey.wordKey))

    static func pairKey(_ a: UInt64, _ b: UInt64) -> UInt64 { (a &* 0x100_0000_01B3) ^ b }

    package init() {
        var byKey = KeyTable(capacity: 256), byPair = KeyTable(capacity: 64)
        var kinds: [Head] = []
        for (head, words) in Self.heads {
            for w in words {
                let parts = ArabicNormalizer.words(w)
                // The first head listed for a word wins.
                if parts.count == 2 {
                    let k = Self.pairKey(NameKey.wordKey(parts[0]), NameKey.wordKey(parts[1]))
                    if byPair[k] == nil { byPair.insert(k, Int32(kinds.count)); kinds.append(head) }
                } else {
                    let k = NameKey.wordKey(w)
                    if byKey[k] == nil { byKey.insert(k, Int32(kinds.count)); kinds.append(head) }
                }
            }
        }
        headKeys = byKey
        headPairKeys = byPair
        headKinds = kinds
        func keys(_ words: [String]) -> KeyTable { KeyTable(keys: words.map(NameKey.wordKey)) }
        locativeKeys = keys(Self.locatives)
        inLocativeKeys = keys(Self.inLocatives)
        backerKeys = keys(Self.backerWords)
        nonPlaceHeadKeys = keys(Self.nonPlaceHeads)
        nonPlaceTailKeys = keys(Self.nonPlaceTails)
        givenNameKeys = keys(Self.givenNames)
        stopwordKeys = keys(Self.stopwords)
        linkerKeys = keys(Self.linkers)
    }

    // MARK: look-ups on tokens (keys, no strings)

    /// The head noun ending at token `last` (two words, or one with its clitics removed).
    package func head(in text: TokenizedText, last: Int) -> Head? {
        if last >= 1, let h = headPairKeys[Self.pairKey(text.key(last - 1), text.key(last))] {
            return headKinds[Int(h)]
        }
        return head(ofToken: last, in: text)
    }

    /// The head noun a single token is, clitics removed.
    package func head(ofToken i: Int, in text: TokenizedText, dropping drop: Int = 0) -> Head? {
        if drop > 0 { return headKeys[text.key(i, dropping: drop)].map { headKinds[Int($0)] } }
        var found: Int32?
        _ = text.anyForm(i) { k in
            found = headKeys[k]
            return found != nil
        }
        return found.map { headKinds[Int($0)] }
    }

    package func isLocative(_ text: TokenizedText, _ i: Int) -> Bool { text.anyForm(i, { locativeKeys.contains($0) }) }
    package func isInLocative(_ text: TokenizedText, _ i: Int) -> Bool { text.anyForm(i, { inLocativeKeys.contains($0) }) }
    package func isBacker(_ text: TokenizedText, _ i: Int) -> Bool { text.anyForm(i, { backerKeys.contains($0) }) }
    package func isNonPlaceHead(_ text: TokenizedText, _ i: Int) -> Bool { text.anyForm(i, { nonPlaceHeadKeys.contains($0) }) }
    package func isGivenName(_ text: TokenizedText, _ i: Int) -> Bool { givenNameKeys.contains(text.key(i)) }
    /// أبو، أم، ابن، بن: a kunya or a nasab, so the word after the next is part of a person's name
    /// (أبو فهد خشام، ابن عم الشعيطي).
    package func isKinshipMarker(_ text: TokenizedText, _ i: Int) -> Bool { text.anyForm(i, { Self.kinshipKeys.contains($0) }) }
    static let kinshipKeys = KeyTable(keys: ["أبو", "ابو", "أم", "ام", "ابن", "بن", "بنت"].map(NameKey.wordKey))
    package func isLinker(_ text: TokenizedText, _ i: Int) -> Bool { text.anyForm(i, { linkerKeys.contains($0) }) }
    /// شارع: a street is named after a town (شارع تل أبيض in Raqqa, شارع القامشلي), so the name after
    /// it is the street's, not the town's.
    package func isStreet(_ text: TokenizedText, _ i: Int) -> Bool { text.anyForm(i, { Self.streetKeys.contains($0) }) }
    static let streetKeys = KeyTable(keys: ["شارع", "الشارع", "شوارع"].map(NameKey.wordKey))
    /// عشيرتي، قبيلتي: two clans follow, so the second (عشيرتي "البوحمد" و"السبخة") is a clan too.
    package func isClanPairHead(_ text: TokenizedText, _ i: Int) -> Bool { Self.clanPairKeys.contains(text.key(i)) }
    static let clanPairKeys = KeyTable(keys: ["عشيرتي", "قبيلتي", "عشيرتا", "قبيلتا", "عشيرتين", "قبيلتين"].map(NameKey.wordKey))
    package func isStopword(key: UInt64) -> Bool { stopwordKeys.contains(key) }

    /// A word after a name that makes it an outlet or an organisation (فرات بوست، دير الزور 24).
    package func isNonPlaceTail(_ text: TokenizedText, _ i: Int) -> Bool {
        let t = text.tokens[i]
        if t.letterCount == 2, text.letters[t.letterStart] == 0x32, text.letters[t.letterStart + 1] == 0x34 { return true }
        return nonPlaceTailKeys.contains(text.key(i))
    }

    package static let shared = PlaceContextLexicon()
}
