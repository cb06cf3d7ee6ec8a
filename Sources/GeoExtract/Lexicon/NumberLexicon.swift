import Gazetteer

/// Reading counts in Arabic: digits, number words, duals, and ACLED's values for vague counts.
package enum NumberLexicon {
    static let units: [(String, Int)] = [
        ("واحد", 1), ("واحدة", 1), ("اثنان", 2), ("اثنين", 2), ("اثنتان", 2), ("اثنتين", 2), ("اثنا", 2), ("اثني", 2),
        ("ثلاثة", 3), ("ثلاث", 3), ("أربعة", 4), ("أربع", 4), ("خمسة", 5), ("خمس", 5), ("ستة", 6), ("ست", 6),
        ("سبعة", 7), ("سبع", 7), ("ثمانية", 8), ("ثماني", 8), ("ثمان", 8), ("تسعة", 9), ("تسع", 9), ("عشرة", 10),
        ("عشر", 10), ("أحد", 1), ("إحدى", 1),
    ]
    static let tens: [(String, Int)] = [
        ("عشرون", 20), ("عشرين", 20), ("ثلاثون", 30), ("ثلاثين", 30), ("أربعون", 40), ("أربعين", 40), ("خمسون", 50),
        ("خمسين", 50), ("ستون", 60), ("ستين", 60), ("سبعون", 70), ("سبعين", 70), ("ثمانون", 80), ("ثمانين", 80),
        ("تسعون", 90), ("تسعين", 90),
    ]
    static let hundreds: [(String, Int)] = [
        ("مئة", 100), ("مائة", 100), ("مئتان", 200), ("مئتين", 200), ("مئتي", 200), ("مائتان", 200), ("مائتين", 200),
        ("مائتي", 200), ("ثلاثمئة", 300), ("ثلاثمائة", 300), ("أربعمئة", 400), ("أربعمائة", 400), ("خمسمئة", 500),
        ("خمسمائة", 500), ("ستمئة", 600), ("ستمائة", 600), ("سبعمئة", 700), ("سبعمائة", 700), ("ثمانمئة", 800),
        ("ثمانمائة", 800), ("تسعمئة", 900), ("تسعمائة", 900),
    ]
    static let thousands: [(String, Int)] = [
        ("ألف", 1000), ("ألفا", 1000), ("آلاف", 1000), ("ألفان", 2000), ("ألفين", 2000), ("الف", 1000), ("الاف", 1000),
    ]
    /// ACLED's conventions for vague counts.
    static let vague: [(String, Int)] = [
        ("عشرات", 12), ("مئات", 100), ("المئات", 100), ("العشرات", 12), ("آلاف", 1000), ("الآلاف", 1000),
        ("عدد", 3), ("عدة", 3), ("بضعة", 3), ("بضع", 3), ("العديد", 3), ("عديد", 3), ("آخرون", 3), ("آخرين", 3),
        ("اخرون", 3), ("اخرين", 3), ("جميع", 3), ("كافة", 3),
    ]
    /// Nouns whose dual form counts two people: قتيلان، عنصرين، امرأتان.
    static let duals: [String] = [
        "قتيلان", "قتيلين", "عنصران", "عنصرين", "جنديان", "جنديين", "شخصان", "شخصين", "شابان", "شابين",
        "طفلان", "طفلين", "امرأتان", "امرأتين", "مدنيان", "راعيان", "راعيين", "جريحان", "جريحين", "مقاتلان",
        "مقاتلين", "رجلان", "رجلين", "شقيقان", "شقيقين", "ناشطين", "ناشطان", "مدرسين", "سائقين", "عاملين",
        "مسلحين", "مسلحان", "قياديين", "قياديان", "ضابطين", "ضابطان", "أخوين", "عسكريين", "مدنيين",
        // Two children or kin with their parents' pronoun (قتل مدني وزوجته وطفلاهما، وابنيه).
        "طفلاه", "طفليه", "طفلاها", "طفليها", "طفلاهما", "طفليهما", "ابناه", "ابنيه", "ابناها", "ابنيها", "ابناهما",
        "ابنيهما", "ابنتاه", "ابنتيه", "ابنتاها", "ابنتيها", "ولداه", "ولديه", "ولداها", "ولديها", "شقيقاه", "شقيقيه",
    ]
    /// A dual whose letters are also a sound plural's (مدنيين is مدنيَّيْن and مدنيِّين; اعتقال مدنيين is
    /// the plural): with no number word it is read as the plural, ACLED's several; مدنيين اثنين and
    /// مدنيين قتلا still count two. So with every noun whose plural is the sound one in ين (a nisba
    /// noun, قياديين، عسكريين; a participle, مقاتلين، مسلحين); a noun with a broken plural (عنصرين،
    /// جنديين، شخصين: عناصر، جنود، أشخاص) is a dual whatever follows.
    static let pluralLikeDualKeys = KeyTable(keys: ["مدنيين", "قياديين", "عسكريين", "مقاتلين", "مسلحين", "ناشطين", "مدرسين",
                                                    "سائقين", "عاملين"].map(NameKey.wordKey))
    /// الاثنين with the article is Monday, never two (مساء الإثنين، 25 شاباً); so is اثنين after a day part.
    static let mondayKeys = KeyTable(keys: ["الاثنين", "الإثنين"].map(NameKey.wordKey))
    static let dayPartKeys = KeyTable(keys: ["يوم", "مساء", "صباح", "ليلة", "فجر", "ظهر", "عصر", "ليل", "ويوم", "ومساء",
                                             "وصباح", "وليلة", "وفجر"].map(NameKey.wordKey))

    /// Singular person nouns: "مقتل الشاب" is one death.
    static let singulars: [String] = [
        "شاب", "رجل", "امرأة", "طفل", "طفلة", "سيدة", "مدني", "عنصر", "جندي", "مقاتل", "شخص", "مسؤول", "قيادي",
        "ضابط", "راع", "راعي", "مدرس", "مدرّس", "معلم", "ناشط", "صحفي", "مواطن", "مختار", "سائق", "عامل", "طبيب",
        "مزارع", "لاجئة", "لاجئ", "مسن", "فتاة", "فتى", "الشاب", "الرجل", "المواطن", "مرافقه", "ابنه", "ابنها",
        "زوجته", "شقيقه", "الشيخ", "حارس", "امرأه", "طفلها", "طفله", "زوجها", "شقيقها", "والده", "والدته", "ابنته",
        "ابنتها", "شقيقته",
        // A member of a force or a body (قتل عضو في قوات الأمن، أصيب عضو إداري).
        "عضو", "العضو",
        // One relative of two or more (أصيب والدهما، قتل شقيقهم): the pronoun counts the family, not the victims.
        "والدهما", "والدتهما", "والدهم", "والدتهم", "شقيقهما", "شقيقهم", "ابنهما", "ابنتهما",
    ]

    /// A word list as a key table: a word's key gives its value (the first one listed wins).
    static func table(_ pairs: [(String, Int)]) -> KeyTable {
        var t = KeyTable(capacity: pairs.count)
        for (w, v) in pairs where t[NameKey.wordKey(w)] == nil { t.insert(NameKey.wordKey(w), Int32(v)) }
        return t
    }

    static let unitTable = table(units)
    static let tenTable = table(tens)
    static let hundredTable = table(hundreds)
    static let thousandTable = table(thousands)
    static let vagueTable = table(vague)
    static let dualKeys = KeyTable(keys: duals.map(NameKey.wordKey))
    static let singularKeys = KeyTable(keys: singulars.map(NameKey.wordKey))
    /// The words a leading و or ب is set aside for: number words, vague counts and duals.
    static let procliticHosts = KeyTable(keys: [units, tens, hundreds, vague].flatMap { $0.map { NameKey.wordKey($0.0) } }
        + duals.map(NameKey.wordKey))

    /// Keys of every word a count can start with (number words, vague counts, duals), for turning
    /// away the words that cannot start one.
    static let starterKeys: KeyTable = {
        let words = [units, tens, hundreds, thousands, vague].flatMap { $0.map(\.0) } + duals
        return KeyTable(keys: words.map(NameKey.wordKey))
    }()

    /// Whether `w` may start a count: digits, a dual in ان, or a number word once up to three leading
    /// letters (و، ب، the article) are set aside.
    static func mayStartCount(_ w: WordLetters) -> Bool {
        guard let first = w.first else { return false }
        if first >= 0x30 && first <= 0x39 { return true }
        // A dual in ان (لاجئان): the full reading decides.
        if w.ends(with: FoldedLetter.alef, FoldedLetter.noon) && w.utf8Count >= 6 { return true }
        for drop in 0...min(3, max(0, w.count - 2)) where starterKeys.contains(w.dropping(first: drop).key) { return true }
        return false
    }

    /// Removes و and the article in front of a number word.
    static func bare(_ w: WordLetters) -> WordLetters {
        var s = w
        if s.starts(with: FoldedLetter.waw) && s.count > 2 { s = s.dropping(first: 1) }
        if s.starts(with: FoldedLetter.alef, FoldedLetter.lam) && s.count > 3 { s = s.dropping(first: 2) }
        if s.starts(with: FoldedLetter.beh) && s.count > 3, unitTable.contains(s.dropping(first: 1).key) { s = s.dropping(first: 1) }
        return s
    }

    /// The key of token `i` without the و and article `bare` removes.
    package static func bareKey(_ text: TokenizedText, _ i: Int) -> UInt64 {
        text.withWordLetters { word in bare(word(i)).key }
    }

    /// Reads a count starting at token `i`: returns the value, how many words it used, and
    /// whether it was vague (عشرات، عدد من).
    package static func read(_ text: TokenizedText, at i: Int) -> (value: Int, length: Int, vague: Bool)? {
        guard i < text.tokens.count else { return nil }
        return text.withWordLetters { word in read(word, count: text.tokens.count, at: i) }
    }

    /// `read(_:at:)` on the letters `word` gives for each of `count` tokens.
    static func read(_ word: (Int) -> WordLetters, count: Int, at i: Int) -> (value: Int, length: Int, vague: Bool)? {
        var w0 = word(i)
        // و before digits (17 قتيلا و11 جريحا): the number.
        if w0.count > 1, w0.starts(with: FoldedLetter.waw), w0.dropping(first: 1).isDigits { w0 = w0.dropping(first: 1) }
        guard mayStartCount(w0) else { return nil }
        if isWeekday(w0) || (i > 0 && dayPartKeys.contains(word(i - 1).key) && unitTable[w0.key] == 2) { return nil }
        if w0.isDigits, let v = w0.digitValue {
            // "3 آلاف"
            if i + 1 < count, let t = thousandTable[bare(word(i + 1)).key].map(Int.init) { return (v * (t >= 1000 ? 1000 : t), 2, false) }
            return (v, 1, false)
        }
        var total = 0
        var j = i
        var used = false
        while j < count {
            let w = (j == i ? stripPrefix(word(j)) : bare(word(j))).key
            if let u = unitTable[w].map(Int.init) {
                let next = j + 1 < count ? bare(word(j + 1)).key : nil
                // أحد عشر، ثلاثة عشر
                if let next, unitTable[next] == 10 {
                    total += (u == 2 ? 12 : (u == 1 ? 11 : u + 10))
                    j += 2
                } else if let next, thousandTable.contains(next) {
                    total += u * 1000
                    j += 2
                } else {
                    total += u
                    j += 1
                }
                used = true
            } else if let t = tenTable[w] {
                total += Int(t); j += 1; used = true
            } else if let h = hundredTable[w] {
                total += Int(h); j += 1; used = true
            } else if let t = thousandTable[w].map(Int.init), used || j == i {
                total = total > 0 ? total * 1000 : t
                j += 1; used = true
            } else {
                break
            }
            // Compound numbers go on with و: خمسة وعشرون، مئة وثلاثين
            if j < count, word(j).starts(with: FoldedLetter.waw), word(j).count > 2 {
                let next = bare(word(j)).key
                if unitTable.contains(next) || tenTable.contains(next) || hundredTable.contains(next) { continue }
            }
            break
        }
        if used { return (total, j - i, false) }
        let w = stripPrefix(w0)
        if let v = vagueTable[w.key] { return (Int(v), 1, true) }
        if dualKeys.contains(w.key) || isDualOfPerson(w) {
            guard pluralLikeDualKeys.contains(w.key) else { return (2, 1, false) }
            // With the article (المدنيين) it refers back to people already told: no count.
            return hasArticle(w0) ? nil : (3, 1, true)
        }
        return nil
    }

    /// The article, after و or ب too (المدنيين، والمدنيين، بالمدنيين).
    static func hasArticle(_ w: WordLetters) -> Bool {
        var s = w
        if (s.starts(with: FoldedLetter.waw) || s.starts(with: FoldedLetter.beh)) && s.count > 4 { s = s.dropping(first: 1) }
        return s.starts(with: FoldedLetter.alef, FoldedLetter.lam)
    }

    /// الاثنين with the article, after و or ب too (والإثنين، بالإثنين): the weekday.
    static func isWeekday(_ w: WordLetters) -> Bool {
        var s = w
        if (s.starts(with: FoldedLetter.waw) || s.starts(with: FoldedLetter.beh)) && s.count > 7 { s = s.dropping(first: 1) }
        return mondayKeys.contains(s.key)
    }

    /// A person noun in the nominative dual (لاجئان، مقاتلان، صحفيان): the singular and ان.
    static func isDualOfPerson(_ w: WordLetters) -> Bool {
        guard w.count > 4, w.ends(with: FoldedLetter.alef, FoldedLetter.noon) else { return false }
        return singularKeys.contains(w.dropping(last: 2).key)
    }

    /// Removes و or ب in front of a number word, vague count or dual, and the article.
    static func stripPrefix(_ w: WordLetters) -> WordLetters {
        var s = w
        // و, then ب, each only in front of such a word.
        if s.starts(with: FoldedLetter.waw) && s.count > 3 && procliticHosts.contains(s.dropping(first: 1).key) { s = s.dropping(first: 1) }
        if s.starts(with: FoldedLetter.beh) && s.count > 3 && procliticHosts.contains(s.dropping(first: 1).key) { s = s.dropping(first: 1) }
        if s.starts(with: FoldedLetter.alef, FoldedLetter.lam) && s.count > 4 { s = s.dropping(first: 2) }
        return s
    }

    /// Whether token `i` is a dual that counts two (قتيلان، عنصرين), once و or ب and the article are set aside.
    package static func isDual(_ text: TokenizedText, _ i: Int) -> Bool {
        text.withWordLetters { word in dualKeys.contains(stripPrefix(word(i)).key) }
    }

    /// Whether token `i`, without its first `drop` letters, names one person (الشاب، عنصرا).
    package static func isSingularPerson(_ text: TokenizedText, _ i: Int, dropping drop: Int = 0) -> Bool {
        text.withWordLetters { word in isSingularPerson(word(i).dropping(first: drop)) }
    }

    static func isSingularPerson(_ w: WordLetters) -> Bool {
        if singularKeys.contains(stripPrefix(w).key) || singularKeys.contains(w.key) { return true }
        // The accusative's alif (قياديا، شابا، عنصرا): the same noun.
        guard w.count > 3, w.last == FoldedLetter.alef else { return false }
        let bare = w.dropping(last: 1)
        return singularKeys.contains(bare.key) || singularKeys.contains(stripPrefix(bare).key)
    }
}
