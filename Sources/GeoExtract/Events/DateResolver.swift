import Gazetteer

/// Reading dates in Arabic reports: the report's own date (its dateline), and the expressions
/// that place an event in time relative to it (أمس، ليلة الجمعة، 13 شباط/فبراير 2019).
package enum DateResolver {
    /// A date found in text, and ACLED's precision of it: 1 the day, 2 the week, 3 the month.
    package struct Found: Equatable, Sendable {
        package var date: CivilDate
        package var precision: Int
        /// Token range of the expression.
        package var start: Int
        package var end: Int
    }

    static let monthNames: [(String, Int)] = [
        ("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("اذار", 3), ("نيسان", 4), ("أيار", 5), ("ايار", 5), ("حزيران", 6),
        ("تموز", 7), ("آب", 8), ("اب", 8), ("أيلول", 9), ("ايلول", 9), ("تشرين الأول", 10), ("تشرين الثاني", 11),
        ("كانون الأول", 12), ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ابريل", 4), ("إبريل", 4),
        ("مايو", 5), ("يونيو", 6), ("يونيه", 6), ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("اغسطس", 8),
        ("سبتمبر", 9), ("أكتوبر", 10), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
    ]
    static let weekdayNames: [(String, Int)] = [
        ("الأحد", 0), ("الاثنين", 1), ("الإثنين", 1), ("الثلاثاء", 2), ("الأربعاء", 3), ("الخميس", 4), ("الجمعة", 5),
        ("السبت", 6), ("احد", 0), ("اثنين", 1), ("ثلاثاء", 2), ("اربعاء", 3), ("خميس", 4), ("جمعه", 5), ("سبت", 6),
    ]

    static let months: [[String]: Int] = {
        var t: [[String]: Int] = [:]
        for (name, m) in monthNames { t[ArabicNormalizer.words(name)] = m }
        return t
    }()
    static let weekdays: [String: Int] = {
        var t: [String: Int] = [:]
        for (name, d) in weekdayNames { t[ArabicNormalizer.normalize(name)] = d }
        return t
    }()
    static let dayParts = Set(["ليلة", "ليل", "فجر", "صباح", "ظهر", "عصر", "مساء", "يوم", "نهار", "ظهيرة", "منتصف", "صبيحة"].map(ArabicNormalizer.normalize))

    /// The month named at word `i` (one or two words, with an optional /Egyptian name after it).
    static func month(_ words: [String], at i: Int) -> (month: Int, length: Int)? {
        guard i < words.count else { return nil }
        var found: (Int, Int)?
        if i + 1 < words.count, let m = months[[stripClitic(words[i]), words[i + 1]]] { found = (m, 2) }
        else if let m = months[[stripClitic(words[i])]] { found = (m, 1) }
        guard let (m, firstLength) = found else { return nil }
        var length = firstLength
        // كانون الأول/ديسمبر: the slash is not a word; the Egyptian name follows directly.
        if i + length < words.count, let m2 = months[[words[i + length]]], m2 == m { length += 1 }
        return (m, length)
    }

    static func stripClitic(_ w: String) -> String {
        if (w.hasPrefix("ب") || w.hasPrefix("و") || w.hasPrefix("ف")) && w.count > 3, months[[String(w.dropFirst())]] != nil {
            return String(w.dropFirst())
        }
        return w
    }

    static func number(_ w: String) -> Int? {
        let u = w.utf8
        guard !u.isEmpty, u.count <= 4, u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(w)
    }

    /// Absolute dates in words `range`: "15 كانون الأول/ديسمبر 2018", "5 آذار", "2019/3/5".
    package static func absoluteDates(_ words: [String], in range: Range<Int>, defaultYear: Int?) -> [Found] {
        var found: [Found] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let d = number(words[i]), (1...31).contains(d), let (m, len) = month(words, at: i + 1) {
                var end = i + 1 + len
                var year = defaultYear
                if end < words.count, let y = number(words[end]), y >= 1900 && y <= 2100 {
                    year = y
                    end += 1
                }
                if let year, let date = CivilDate(year: year, month: m, day: d) {
                    found.append(Found(date: date, precision: 1, start: i, end: end))
                }
                i = end
                continue
            }
            // 2019/3/5 or 5/3/2019 arrive as three numbers in a row.
            if i + 2 < range.upperBound, let a = number(words[i]), let b = number(words[i + 1]), let c = number(words[i + 2]) {
                if a >= 1900, let date = CivilDate(year: a, month: b, day: c) {
                    found.append(Found(date: date, precision: 1, start: i, end: i + 3))
                    i += 3
                    continue
                }
                if c >= 1900, let date = CivilDate(year: c, month: b, day: a) {
                    found.append(Found(date: date, precision: 1, start: i, end: i + 3))
                    i += 3
                    continue
                }
            }
            i += 1
        }
        return found
    }

    /// Date expressions in words `range`, resolved against `published` (relative ones need it).
    /// `previous` is the last date resolved in the document (for في اليوم التالي / نفسه).
    package static func expressions(
        _ words: [String], in range: Range<Int>, published: CivilDate?, previous: CivilDate?,
        mayStart: (Int) -> Bool = { _ in true }
    ) -> [Found] {
        guard range.contains(where: mayStart) else { return [] }
        var found = absoluteDates(words, in: range, defaultYear: published?.year)
        if let published {
            // A year-less date after publication belongs to the year before.
            found = found.map { f in
                var f = f
                if f.date > published, let earlier = CivilDate(year: f.date.year - 1, month: f.date.month, day: f.date.day),
                    !words[f.start..<f.end].contains(where: { number($0).map { $0 >= 1900 } ?? false })
                {
                    f.date = earlier
                }
                return f
            }
        }
        let taken = found.map { $0.start..<$0.end }
        func free(_ i: Int) -> Bool { !taken.contains { $0.contains(i) } }
        var i = range.lowerBound
        while i < range.upperBound {
            guard free(i), mayStart(i) else { i += 1; continue }
            let w = bareWord(words[i])
            let next = i + 1 < range.upperBound ? bareWord(words[i + 1]) : nil
            let next2 = i + 2 < range.upperBound ? bareWord(words[i + 2]) : nil
            if w == "اليوم" || w == "يوم", let n = next, n == "التالي" || n == "نفسه" || n == "ذاته" || n == "ذات" {
                if let prev = found.last?.date ?? previous {
                    let date = n == "التالي" ? prev.adding(days: 1) : prev
                    found.append(Found(date: date, precision: 1, start: i, end: i + 2))
                }
                i += 2
                continue
            }
            if let published {
                if w == "امس" {
                    if next == "الاول" {
                        found.append(Found(date: published.adding(days: -2), precision: 1, start: i, end: i + 2))
                        i += 2
                        continue
                    }
                    // أمس الجمعة: yesterday, named.
                    let len = next.flatMap { weekdays[$0] } != nil ? 2 : 1
                    found.append(Found(date: published.adding(days: -1), precision: 1, start: i, end: i + len))
                    i += len
                    continue
                }
                if w == "قبل", let n = next, n == "يومين" || n == "يومان" {
                    found.append(Found(date: published.adding(days: -2), precision: 1, start: i, end: i + 2))
                    i += 2
                    continue
                }
                if w == "قبل", let n = next, let k = NumberLexicon.read(words, at: i + 1), !k.vague,
                    i + 1 + k.length < words.count, ["ايام", "يوما", "يوم"].contains(bareWord(words[i + 1 + k.length])), k.value <= 10
                {
                    _ = n
                    found.append(Found(date: published.adding(days: -k.value), precision: 1, start: i, end: i + 2 + k.length))
                    i += 2 + k.length
                    continue
                }
                if w == "اليوم" || w == "حاليا" || w == "الان" || w == "الليلة" {
                    found.append(Found(date: published, precision: 1, start: i, end: i + 1))
                    i += 1
                    continue
                }
                // A weekday has the article (الخميس) or follows a part of the day (يوم خميس): bare
                // اثنين and أحد are "two" and "one" (واعتقلت اثنين من أشقائه، أحد عناصر).
                if let d = weekdays[w], w.hasPrefix("ال") || (i > range.lowerBound && dayParts.contains(bareWord(words[i - 1]))) {
                    // A weekday: the latest such day up to publication; الماضي pushes it a week if needed.
                    var back = (published.weekday - d + 7) % 7
                    var end = i + 1
                    if next == "الماضي" || next == "الفائت" || next == "المنصرم" {
                        if back == 0 { back = 7 }
                        end += 1
                    }
                    found.append(Found(date: published.adding(days: -back), precision: 1, start: i, end: end))
                    i = end
                    continue
                }
                if (w == "الاسبوع" || w == "الأسبوع"), let n = next, n == "الماضي" || n == "الفائت" || n == "المنصرم" {
                    found.append(Found(date: published.adding(days: -7), precision: 2, start: i, end: i + 2))
                    i += 2
                    continue
                }
                if w == "الشهر", let n = next, n == "الماضي" || n == "الفائت" || n == "المنصرم" {
                    let d = published.adding(days: -published.day)  // last day of the month before
                    found.append(Found(date: CivilDate(year: d.year, month: d.month, day: 15)!, precision: 3, start: i, end: i + 2))
                    i += 2
                    continue
                }
                // "أواخر آذار الماضي", "شهر كانون الأول الفائت": a month without a day.
                if let (m, len) = month(words, at: i), i == 0 || number(words[i - 1]) == nil {
                    var year = published.year
                    if m > published.month { year -= 1 }
                    if let date = CivilDate(year: year, month: m, day: 15) {
                        found.append(Found(date: date, precision: 3, start: i, end: i + len))
                    }
                    i += len
                    continue
                }
            }
            _ = next2
            i += 1
        }
        // "اليوم الجمعة 1 نيسان"، "أمس السبت (27 أيلول 2025)": the full date states the day the
        // relative words name; it wins, whatever the publication date given.
        let absolute = taken
        found.removeAll { f in
            !absolute.contains(f.start..<f.end)
                && absolute.contains { $0.lowerBound >= f.end && $0.lowerBound <= f.end + 2 }
        }
        return found.sorted { $0.start < $1.start }
    }

    /// The words a date expression can start with (beside numbers), as keys: a sentence with none
    /// of them is not searched.
    package static let starterKeys: KeyTable = {
        var words = ["امس", "قبل", "اليوم", "يوم", "حاليا", "الان", "الليلة", "الاسبوع", "الشهر"]
        words += weekdayNames.map(\.0)
        words += monthNames.map { String($0.0.split(separator: " ")[0]) }
        return KeyTable(keys: words.map(NameKey.wordKey))
    }()

    /// A word without و/ف/ب/ل in front, when what is left is a date word (a weekday, أمس, قبل, or
    /// a word with the article).
    static func bareWord(_ w: String) -> String {
        let u = w.unicodeScalars
        guard u.count > 3, let f = u.first?.value, f == 0x0648 || f == 0x0641 || f == 0x0628 || f == 0x0644 else { return w }
        let restScalars = u.dropFirst()
        let rest = String(String.UnicodeScalarView(restScalars))
        let article = restScalars.first?.value == 0x0627 && restScalars.dropFirst().first?.value == 0x0644
        if article || weekdays[rest] != nil || rest == "امس" || rest == "قبل" { return rest }
        return w
    }
}
