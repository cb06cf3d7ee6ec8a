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
    ]
    /// Singular person nouns: "مقتل الشاب" is one death.
    static let singulars: [String] = [
        "شاب", "رجل", "امرأة", "طفل", "طفلة", "سيدة", "مدني", "عنصر", "جندي", "مقاتل", "شخص", "مسؤول", "قيادي",
        "ضابط", "راع", "راعي", "مدرس", "مدرّس", "معلم", "ناشط", "صحفي", "مواطن", "مختار", "سائق", "عامل", "طبيب",
        "مزارع", "لاجئة", "لاجئ", "مسن", "فتاة", "فتى", "الشاب", "الرجل", "المواطن", "مرافقه", "ابنه", "ابنها",
        "زوجته", "شقيقه", "الشيخ", "حارس", "امرأه", "طفلها", "طفله", "زوجها", "شقيقها", "والده", "والدته", "ابنته",
        "ابنتها", "شقيقته",
    ]

    static func table(_ pairs: [(String, Int)]) -> [String: Int] {
        var t: [String: Int] = [:]
        for (w, v) in pairs { t[ArabicNormalizer.normalize(w)] = t[ArabicNormalizer.normalize(w)] ?? v }
        return t
    }

    static let unitTable = table(units)
    static let tenTable = table(tens)
    static let hundredTable = table(hundreds)
    static let thousandTable = table(thousands)
    static let vagueTable = table(vague)
    static let dualSet = Set(duals.map(ArabicNormalizer.normalize))
    static let singularSet = Set(singulars.map(ArabicNormalizer.normalize))

    /// Keys of every word a count can start with (number words, vague counts, duals), for turning
    /// away the words that cannot start one before any string is built.
    static let starterKeys: KeyTable = {
        let words = [units, tens, hundreds, thousands, vague].flatMap { $0.map(\.0) } + duals
        return KeyTable(keys: words.map(NameKey.wordKey))
    }()

    /// Whether `w` may start a count: digits, or a number word once up to three leading letters
    /// (و، ب، the article) are set aside. A quick test on the word's letters, with no allocation.
    static func mayStartCount(_ w: String) -> Bool {
        var w = w
        return w.withUTF8 { bytes -> Bool in
            guard let b0 = bytes.first else { return false }
            if b0 >= 0x30 && b0 <= 0x39 { return true }
            // A dual in ان (لاجئان): the full reading decides.
            let n = bytes.count
            if n >= 6, bytes[n - 4] == 0xD8, bytes[n - 3] == 0xA7, bytes[n - 2] == 0xD9, bytes[n - 1] == 0x86 { return true }
            return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: bytes.count) { buffer -> Bool in
                // The words are valid UTF-8 already: decode without checks.
                var n = 0
                var i = 0
                while i < bytes.count {
                    let (v, length) = UTF8Scalar.decode(bytes, at: i)
                    buffer[n] = v
                    n += 1
                    i += length
                }
                for drop in 0...min(3, max(0, n - 2)) {
                    let key = NameKey.hash(UnsafeBufferPointer(rebasing: buffer[drop..<n]))
                    if starterKeys[key] != nil { return true }
                }
                return false
            }
        }
    }

    /// Removes و and the article in front of a number word.
    static func bare(_ w: String) -> String {
        var s = Substring(w)
        if s.hasPrefix("و") && s.count > 2 { s = s.dropFirst() }
        if s.hasPrefix("ال") && s.count > 3 { s = s.dropFirst(2) }
        if s.hasPrefix("ب") && s.count > 3, unitTable[String(s.dropFirst())] != nil { s = s.dropFirst() }
        return String(s)
    }

    /// Reads a count starting at word `i`: returns the value, how many words it used, and
    /// whether it was vague (عشرات، عدد من).
    package static func read(_ words: [String], at i: Int) -> (value: Int, length: Int, vague: Bool)? {
        guard i < words.count else { return nil }
        var w0 = words[i]
        // و before digits (17 قتيلا و11 جريحا): the number.
        if w0.hasPrefix("و"), w0.unicodeScalars.count > 1, w0.unicodeScalars.dropFirst().allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) {
            w0 = String(String.UnicodeScalarView(w0.unicodeScalars.dropFirst()))
        }
        guard mayStartCount(w0) else { return nil }
        if !w0.isEmpty, w0.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let v = Int(w0) {
            // "3 آلاف"
            if i + 1 < words.count, let t = thousandTable[bare(words[i + 1])] { return (v * (t >= 1000 ? 1000 : t), 2, false) }
            return (v, 1, false)
        }
        var total = 0
        var j = i
        var used = false
        while j < words.count {
            let w = j == i ? stripPrefix(words[j]) : bare(words[j])
            if let u = unitTable[w] {
                // أحد عشر، ثلاثة عشر
                if j + 1 < words.count, let ten = unitTable[bare(words[j + 1])], ten == 10 {
                    total += (u == 2 ? 12 : (u == 1 ? 11 : u + 10))
                    j += 2
                } else if j + 1 < words.count, thousandTable[bare(words[j + 1])] != nil {
                    total += u * 1000
                    j += 2
                } else {
                    total += u
                    j += 1
                }
                used = true
            } else if let t = tenTable[w] {
                total += t; j += 1; used = true
            } else if let h = hundredTable[w] {
                total += h; j += 1; used = true
            } else if let t = thousandTable[w], used || j == i {
                total = max(total, 1) * (t == 2000 ? 1 : 1) * (total > 0 ? 1000 : t)
                j += 1; used = true
            } else {
                break
            }
            // Compound numbers go on with و: خمسة وعشرون، مئة وثلاثين
            if j < words.count, words[j].hasPrefix("و"), words[j].count > 2 {
                let next = bare(words[j])
                if unitTable[next] != nil || tenTable[next] != nil || hundredTable[next] != nil { continue }
            }
            break
        }
        if used { return (total, j - i, false) }
        let w = stripPrefix(w0)
        if let v = vagueTable[w] { return (v, 1, true) }
        if dualSet.contains(w) || isDualOfPerson(w) { return (2, 1, false) }
        return nil
    }

    /// A person noun in the nominative dual (لاجئان، مقاتلان، صحفيان): the singular and ان.
    static func isDualOfPerson(_ w: String) -> Bool {
        let scalars = w.unicodeScalars
        guard scalars.count > 4, w.hasSuffix("ان") else { return false }
        return singularSet.contains(String(String.UnicodeScalarView(scalars.dropLast(2))))
    }

    static func stripPrefix(_ w: String) -> String {
        var s = Substring(w)
        for p in ["و", "ب"] where s.hasPrefix(p) && s.count > 3 && (unitTable[String(s.dropFirst())] != nil
            || tenTable[String(s.dropFirst())] != nil || hundredTable[String(s.dropFirst())] != nil
            || vagueTable[String(s.dropFirst())] != nil || dualSet.contains(String(s.dropFirst())))
        {
            s = s.dropFirst()
        }
        if s.hasPrefix("ال") && s.count > 4 { s = s.dropFirst(2) }
        return String(s)
    }

    package static func isSingularPerson(_ w: String) -> Bool {
        if singularSet.contains(stripPrefix(w)) || singularSet.contains(w) { return true }
        // The accusative's alif (قياديا، شابا، عنصرا): the same noun.
        let scalars = w.unicodeScalars
        guard scalars.count > 3, scalars.last?.value == 0x0627 else { return false }
        let bare = String(String.UnicodeScalarView(scalars.dropLast()))
        return singularSet.contains(bare) || singularSet.contains(stripPrefix(bare))
    }
}
