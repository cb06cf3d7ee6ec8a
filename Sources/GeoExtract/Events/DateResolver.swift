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

    /// The month names of one word, by key.
    static let months: KeyTable = {
        var t = KeyTable(capacity: monthNames.count)
        for (name, m) in monthNames where ArabicNormalizer.words(name).count == 1 { t.insert(NameKey.wordKey(name), Int32(m)) }
        return t
    }()
    /// The month names of two words (كانون الثاني), by the keys of their words.
    static let twoWordMonths: [(first: UInt64, second: UInt64, month: Int)] = monthNames.compactMap { name, m in
        let words = ArabicNormalizer.words(name)
        return words.count == 2 ? (NameKey.wordKey(words[0]), NameKey.wordKey(words[1]), m) : nil
    }
    static let weekdays: KeyTable = {
        var t = KeyTable(capacity: weekdayNames.count)
        for (name, d) in weekdayNames { t.insert(NameKey.wordKey(name), Int32(d)) }
        return t
    }()
    static let dayParts = WordPattern.keys(["ليلة", "ليل", "فجر", "صباح", "ظهر", "عصر", "مساء", "يوم", "نهار", "ظهيرة", "منتصف", "صبيحة"])

    /// The month named at token `i` (one or two words, with an optional /Egyptian name after it).
    static func month(_ text: TokenizedText, at i: Int) -> (month: Int, length: Int)? {
        let count = text.tokens.count
        guard i < count else { return nil }
        let first = withoutClitic(text, i)
        var found: (Int, Int)?
        if i + 1 < count, let m = twoWordMonths.first(where: { $0.first == first && $0.second == text.key(i + 1) }) { found = (m.month, 2) }
        else if let m = months[first] { found = (Int(m), 1) }
        guard let (m, firstLength) = found else { return nil }
        var length = firstLength
        // كانون الأول/ديسمبر: the slash is not a word; the Egyptian name follows directly.
        if i + length < count, months[text.key(i + length)].map(Int.init) == m { length += 1 }
        return (m, length)
    }

    /// The key of token `i`, without ب، و or ف in front of a month name of one word (بشباط، وآذار).
    static func withoutClitic(_ text: TokenizedText, _ i: Int) -> UInt64 {
        let f = text.firstLetter(i)
        if (f == FoldedLetter.beh || f == FoldedLetter.waw || f == FoldedLetter.feh) && text.tokens[i].letterCount > 3 {
            let rest = text.key(i, dropping: 1)
            if months.contains(rest) { return rest }
        }
        return text.key(i)
    }

    static let fromKey = NameKey.wordKey("من")
    /// شهر before a month name (في الثاني من شهر حزيران).
    static let monthWordKey = NameKey.wordKey("شهر")

    /// Ordinal day words by key: الأول … العاشر, العشرين, الثلاثين; الحادي (0) counts only
    /// before عشر or والعشرين (الحادي عشر، الحادي والعشرين).
    static let ordinals: KeyTable = {
        let words = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]
        var t = KeyTable(capacity: 16)
        for (k, w) in words.enumerated() { t.insert(NameKey.wordKey(w), Int32(k + 1)) }
        t.insert(NameKey.wordKey("الحادي"), 0)
        t.insert(NameKey.wordKey("العشرين"), 20)
        t.insert(NameKey.wordKey("الثلاثين"), 30)
        return t
    }()
    /// The tens after an ordinal unit: الخامس عشر، الثالث والعشرين، الحادي والثلاثين.
    static let ordinalTens: KeyTable = {
        var t = KeyTable(capacity: 8)
        for (w, v) in [("عشر", 10), ("والعشرين", 20), ("والثلاثين", 30)] { t.insert(NameKey.wordKey(w), Int32(v)) }
        return t
    }()

    /// The day an ordinal at token `i` (whose key, clitics set aside, is `key`) names, and its length.
    static func ordinalDay(_ text: TokenizedText, _ i: Int, key: UInt64, limit: Int) -> (day: Int, length: Int)? {
        guard let v = ordinals[key].map(Int.init) else { return nil }
        if v <= 9, i + 1 < limit, let tens = ordinalTens[text.key(i + 1)].map(Int.init) { return (tens + max(v, 1), 2) }
        return v == 0 ? nil : (v, 1)
    }

    /// A day of the month at token `i`: a number up to 31, or an ordinal (`ordinal` says which).
    static func dayOfMonth(_ text: TokenizedText, _ i: Int, key: UInt64, limit: Int) -> (day: Int, length: Int, ordinal: Bool)? {
        if let n = number(text, i) { return (1...31).contains(n) ? (n, 1, false) : nil }
        return ordinalDay(text, i, key: key, limit: limit).map { ($0.day, $0.length, true) }
    }

    /// The value of token `i` when it is a number of at most four digits.
    static func number(_ text: TokenizedText, _ i: Int) -> Int? {
        guard text.tokens[i].letterCount <= 4 else { return nil }
        return text.withWordLetters { word in word(i).digitValue }
    }

    /// Parts of a month, by key: 1 its start (مطلع، أوائل، بداية), 2 its middle (منتصف، أواسط),
    /// 3 its end (أواخر، نهاية).
    static let monthParts: KeyTable = {
        let words = [("مطلع", 1), ("أوائل", 1), ("بداية", 1), ("مستهل", 1), ("منتصف", 2), ("أواسط", 2), ("أواخر", 3), ("نهاية", 3)]
        var t = KeyTable(capacity: 16)
        for (w, v) in words { t.insert(NameKey.wordKey(w), Int32(v)) }
        return t
    }()

    /// The part of a month token `i` names, with و، ف or ب in front set aside (ومنتصف، بنهاية).
    static func monthPart(_ text: TokenizedText, _ i: Int) -> Int? {
        if let p = monthParts[text.key(i)] { return Int(p) }
        let f = text.firstLetter(i)
        guard f == FoldedLetter.waw || f == FoldedLetter.feh || f == FoldedLetter.beh, text.tokens[i].letterCount > 4 else { return nil }
        return monthParts[text.key(i, dropping: 1)].map(Int.init)
    }

    /// A month told at token `j`, resolved against `published`: a month name is the latest such
    /// month not after publication, the one before when الماضي follows it, or of the year that
    /// follows it; الشهر الماضي is the month before publication's, الشهر الجاري (or الحالي) and
    /// a bare الشهر publication's own, الشهر ذاته (or نفسه) the month of `previous`. `bare` says
    /// the month was only guessed to be publication's (الشهر alone, or ذاته with none before).
    /// شهر may stand before a name (شهر آذار).
    static func monthTold(
        _ text: TokenizedText, at j: Int, limit: Int, published: CivilDate, previous: CivilDate?
    ) -> (year: Int, month: Int, end: Int, bare: Bool)? {
        guard j < limit else { return nil }
        var k = j
        if text.key(k) == monthWordKey, k + 1 < limit { k += 1 }
        if let (m, len) = month(text, at: k) {
            var end = k + len
            var year = published.year
            if end < text.tokens.count, let y = number(text, end), y >= 1900 && y <= 2100 {
                return (y, m, end + 1, false)
            }
            let after = end < limit ? bareWord(text, end).key : nil
            let past = after.map { Said.past.contains($0) } ?? false
            if m > published.month || (past && m == published.month) { year -= 1 }
            if past || after.map({ Said.current.contains($0) }) == true { end += 1 }
            return (year, m, end, false)
        }
        guard k == j, bareWord(text, j).key == Said.month else { return nil }
        let after = j + 1 < limit ? bareWord(text, j + 1).key : nil
        if let after, Said.past.contains(after) {
            let d = published.adding(days: -published.day)  // the last day of the month before
            return (d.year, d.month, j + 2, false)
        }
        if let after, Said.current.contains(after) { return (published.year, published.month, j + 2, false) }
        if let after, Said.sameMonth.contains(after) {
            let d = previous ?? published
            return (d.year, d.month, j + 2, previous == nil)
        }
        return (published.year, published.month, j + 1, true)
    }

    /// Absolute dates in tokens `range`: "15 كانون الأول/ديسمبر 2018", "5 آذار", "2019/3/5".
    package static func absoluteDates(_ text: TokenizedText, in range: Range<Int>, defaultYear: Int?) -> [Found] {
        var found: [Found] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let n = number(text, i)
            // "في 22 من آب الماضي", "في 23 من تشرين الأول", "في الخامس عشر من شهر كانون الأول":
            // the day (a number, or an ordinal word, which needs من or شهر), من, شهر, then the month.
            if let (d, dayLength, ordinal) = dayOfMonth(text, i, key: text.key(i), limit: range.upperBound) {
                var j = i + dayLength
                if j + 1 < range.upperBound && text.key(j) == fromKey { j += 1 }
                if j + 1 < range.upperBound && text.key(j) == monthWordKey { j += 1 }
                if !(ordinal && j == i + dayLength), let (m, len) = month(text, at: j) {
                    var end = j + len
                    var year = defaultYear
                    if end < text.tokens.count, let y = number(text, end), y >= 1900 && y <= 2100 {
                        year = y
                        end += 1
                    }
                    if let year, let date = CivilDate(year: year, month: m, day: d) {
                        found.append(Found(date: date, precision: 1, start: i, end: end))
                    }
                    i = end
                    continue
                }
            }
            // 2019/3/5 or 5/3/2019 arrive as three numbers in a row.
            if i + 2 < range.upperBound, let a = n, let b = number(text, i + 1), let c = number(text, i + 2) {
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

    /// Date expressions in tokens `range`, resolved against `published` (relative ones need it).
    /// `previous` is the last date resolved in the document (for في اليوم التالي / نفسه).
    package static func expressions(
        _ text: TokenizedText, in range: Range<Int>, published: CivilDate?, previous: CivilDate?,
        mayStart: (Int) -> Bool = { _ in true }
    ) -> [Found] {
        guard range.contains(where: mayStart) else { return [] }
        var found = absoluteDates(text, in: range, defaultYear: published?.year)
        if let published {
            // A year-less date after publication belongs to the year before, unless said to be of
            // the current month (في 8 تشرين الأول الجاري); so does one of publication's month said
            // to be past (في 3 آذار الماضي, told in March).
            found = found.map { f in
                var f = f
                let after = f.end < range.upperBound ? bareWord(text, f.end).key : 0
                let past = Said.past.contains(after)
                let thisMonth = Said.current.contains(after) && f.date.month == published.month
                if (f.date > published && !thisMonth) || (past && f.date.month == published.month && f.date.year == published.year),
                    let earlier = CivilDate(year: f.date.year - 1, month: f.date.month, day: f.date.day),
                    !(f.start..<f.end).contains(where: { number(text, $0).map { $0 >= 1900 } ?? false })
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
            let w = bareWord(text, i)
            let next = i + 1 < range.upperBound ? bareWord(text, i + 1).key : nil
            if w.key == Said.today || w.key == Said.day, let n = next, n == Said.following || Said.same.contains(n) {
                if let prev = found.last?.date ?? previous {
                    let date = n == Said.following ? prev.adding(days: 1) : prev
                    found.append(Found(date: date, precision: 1, start: i, end: i + 2))
                }
                i += 2
                continue
            }
            if let published {
                // "في 23 من الشهر الماضي", "الحادي والعشرين من الشهر ذاته": a day of a month told
                // without its name. A bare الشهر is the latest such day up to publication.
                if let (d, dayLength, _) = dayOfMonth(text, i, key: w.key, limit: range.upperBound),
                    i + dayLength < range.upperBound, text.key(i + dayLength) == fromKey,
                    let told = monthTold(text, at: i + dayLength + 1, limit: range.upperBound, published: published, previous: found.last?.date ?? previous)
                {
                    var date = CivilDate(year: told.year, month: told.month, day: d)
                    if told.bare, let dd = date, dd > published {
                        let before = published.adding(days: -published.day)
                        date = CivilDate(year: before.year, month: before.month, day: d)
                    }
                    if let date { found.append(Found(date: date, precision: 1, start: i, end: told.end)) }
                    i = told.end
                    continue
                }
                // "أواخر آذار الماضي", "منتصف الشهر الماضي", "مطلع الشهر الجاري": a part of a month is
                // taken as a week of it (the first, the one around the 15th, the last), precision 2,
                // dated at that week's middle and never after publication.
                if let part = monthPart(text, i),
                    let told = monthTold(text, at: i + 1, limit: range.upperBound, published: published, previous: found.last?.date ?? previous)
                {
                    let day = part == 1 ? 4 : part == 2 ? 15 : CivilDate.daysIn(month: told.month, year: told.year) - 3
                    if let date = CivilDate(year: told.year, month: told.month, day: day) {
                        found.append(Found(date: min(date, published), precision: 2, start: i, end: told.end))
                    }
                    i = told.end
                    continue
                }
                /// The end of a relative day ending before token `end`, with the weekday that names it (أمس الجمعة).
                func named(_ end: Int) -> Int {
                    end < range.upperBound && weekdays.contains(bareWord(text, end).key) ? end + 1 : end
                }
                // أول أمس، أول من أمس: the day before yesterday.
                if w.key == Said.firstOf, let n = next {
                    let end = n == Said.yesterday ? i + 2
                        : n == fromKey && i + 2 < range.upperBound && bareWord(text, i + 2).key == Said.yesterday ? i + 3 : i
                    if end > i {
                        let e = named(end)
                        found.append(Found(date: published.adding(days: -2), precision: 1, start: i, end: e))
                        i = e
                        continue
                    }
                }
                if w.key == Said.yesterday || w.key == Said.theYesterday {
                    // أمس الأول (الإثنين): the day before yesterday.
                    if next == Said.first {
                        let e = named(i + 2)
                        found.append(Found(date: published.adding(days: -2), precision: 1, start: i, end: e))
                        i = e
                        continue
                    }
                    // أمس الجمعة: yesterday, named.
                    let len = next.flatMap { weekdays[$0] } != nil ? 2 : 1
                    found.append(Found(date: published.adding(days: -1), precision: 1, start: i, end: i + len))
                    i += len
                    continue
                }
                // قبل يومين، منذ ثلاثة أيام: so many days before the report (منذ: the day it began).
                if w.key == Said.before || w.key == Said.since, let n = next, Said.twoDays.contains(n) {
                    found.append(Found(date: published.adding(days: -2), precision: 1, start: i, end: i + 2))
                    i += 2
                    continue
                }
                if w.key == Said.before || w.key == Said.since, next != nil, let k = NumberLexicon.read(text, at: i + 1), !k.vague,
                    i + 1 + k.length < text.tokens.count, Said.days.contains(bareWord(text, i + 1 + k.length).key), k.value <= 10
                {
                    found.append(Found(date: published.adding(days: -k.value), precision: 1, start: i, end: i + 2 + k.length))
                    i += 2 + k.length
                    continue
                }
                // قبل أسبوع، قبل أسبوعين: that week, precision 2 (منذ أسبوعين tells how long, not when).
                if w.key == Said.before, let n = next, let weeks = Said.weeks[n] {
                    found.append(Found(date: published.adding(days: -7 * Int(weeks)), precision: 2, start: i, end: i + 2))
                    i += 2
                    continue
                }
                // الليلة الماضية: last night, the day before the report.
                if w.key == Said.tonight, let n = next, Said.past.contains(n) {
                    found.append(Found(date: published.adding(days: -1), precision: 1, start: i, end: i + 2))
                    i += 2
                    continue
                }
                if Said.now.contains(w.key) {
                    found.append(Found(date: published, precision: 1, start: i, end: i + 1))
                    i += 1
                    continue
                }
                // A weekday has the article (الخميس) or follows a part of the day (يوم خميس): bare
                // اثنين and أحد are "two" and "one" (واعتقلت اثنين من أشقائه، أحد عناصر).
                if let d = weekdays[w.key].map(Int.init), w.definite || (i > range.lowerBound && dayParts.contains(bareWord(text, i - 1).key)) {
                    // A weekday: the latest such day up to publication; الماضي pushes it a week if needed.
                    var back = (published.weekday - d + 7) % 7
                    var end = i + 1
                    if let n = next, Said.past.contains(n) {
                        if back == 0 { back = 7 }
                        end += 1
                    }
                    // ليل السبت - الأحد، ليلة الجمعة على السبت: the night that began on the first day,
                    // dated by it; the second day is part of the expression.
                    var second = end
                    if second < range.upperBound, text.key(second) == Said.onto { second += 1 }
                    if second < range.upperBound, weekdays[bareWord(text, second).key].map(Int.init) == (d + 1) % 7,
                        bareWord(text, second).definite
                    {
                        end = second + 1
                    }
                    found.append(Found(date: published.adding(days: -back), precision: 1, start: i, end: end))
                    i = end
                    continue
                }
                if Said.week.contains(w.key), let n = next, Said.past.contains(n) {
                    found.append(Found(date: published.adding(days: -7), precision: 2, start: i, end: i + 2))
                    i += 2
                    continue
                }
                if w.key == Said.month, let n = next, Said.past.contains(n) {
                    let d = published.adding(days: -published.day)  // last day of the month before
                    found.append(Found(date: CivilDate(year: d.year, month: d.month, day: 15)!, precision: 3, start: i, end: i + 2))
                    i += 2
                    continue
                }
                // "في آذار الماضي", "شهر كانون الأول الفائت", "في تموز 2018": a month without a day.
                if month(text, at: i) != nil, i == 0 || number(text, i - 1) == nil,
                    let told = monthTold(text, at: i, limit: range.upperBound, published: published, previous: nil)
                {
                    if let date = CivilDate(year: told.year, month: told.month, day: 15) {
                        found.append(Found(date: date, precision: 3, start: i, end: told.end))
                    }
                    i = told.end
                    continue
                }
            }
            i += 1
        }
        // "اليوم الجمعة 1 نيسان"، "أمس السبت (27 أيلول 2025)": the full date states the day the
        // relative words name; it wins, whatever the publication date given.
        let absolute = taken
        found.removeAll { f in
            !absolute.contains(f.start..<f.end)
                && absolute.contains { $0.lowerBound >= f.end && $0.lowerBound <= f.end + 2 }
        }
        // منذ الأول من كانون الأول، منذ منتصف الشهر: a calendar date after منذ opens a period (a
        // toll counted since then), not the time of a deed. (منذ يومين and منذ ليلة أمس still
        // date what began then.)
        found.removeAll { f in
            f.start > range.lowerBound && bareWord(text, f.start - 1).key == Said.since
                && (number(text, f.start) != nil || ordinals.contains(text.key(f.start)) || monthPart(text, f.start) != nil
                    || month(text, at: f.start) != nil)
        }
        return found.sorted { $0.start < $1.start }
    }

    /// The words a date expression can start with (beside numbers), as keys.
    static let starterWords: [UInt64] = {
        var words = ["امس", "قبل", "اليوم", "يوم", "حاليا", "الان", "الليلة", "الاسبوع", "الشهر",
                     "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
                     "الحادي", "العشرين", "الثلاثين", "مطلع", "أوائل", "بداية", "مستهل", "منتصف", "أواسط", "أواخر", "نهاية",
                     "أول", "الأمس", "منذ"]
        words += weekdayNames.map(\.0)
        words += monthNames.map { String($0.0.split(separator: " ")[0]) }
        return words.map(NameKey.wordKey)
    }()
    package static let starterKeys = KeyTable(keys: starterWords)

    /// Whether each token may start a date expression: a number, or a date word as written or
    /// after و، ف، ب or ل (the letters `bareWord` and `withoutClitic` set aside). A sentence
    /// with none is not searched.
    package static func starts(in text: TokenizedText) -> [Bool] {
        let starters = starterKeys
        let bits = starterBits
        // A clear bit turns most words away before the table is asked.
        func isStarter(_ key: UInt64) -> Bool {
            bits[Int(key >> 60)] & (1 << ((key >> 54) & 63)) != 0 && starters.contains(key)
        }
        var starts = [Bool](repeating: false, count: text.tokens.count)
        text.withWordLetters { word in
            for (i, key) in text.wordKeys.enumerated() {
                let w = word(i)
                if w.isDigits || isStarter(key) {
                    starts[i] = true
                } else if w.count > 3, let f = w.first,
                    f == FoldedLetter.waw || f == FoldedLetter.feh || f == FoldedLetter.beh || f == FoldedLetter.lam
                {
                    starts[i] = isStarter(w.dropping(first: 1).key)
                }
            }
        }
        return starts
    }

    /// One bit for each value of a starter key's top ten bits (1024 bits, under a tenth of them
    /// set): a word whose bit is clear is no starter.
    static let starterBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 16)
        for key in starterWords { bits[Int(key >> 60)] |= 1 << ((key >> 54) & 63) }
        return bits
    }()

    /// A token without و/ف/ب/ل in front, when what is left is a date word (a weekday, أمس, قبل, or
    /// a word with the article): the key of what is left, and whether it has the article.
    static func bareWord(_ text: TokenizedText, _ i: Int) -> (key: UInt64, definite: Bool) {
        text.withWordLetters { word in
            let w = word(i)
            if w.count > 3, let f = w.first,
                f == FoldedLetter.waw || f == FoldedLetter.feh || f == FoldedLetter.beh || f == FoldedLetter.lam
            {
                let rest = w.dropping(first: 1)
                let key = rest.key
                let article = rest.starts(with: FoldedLetter.alef, FoldedLetter.lam)
                if article || weekdays.contains(key) || key == Said.yesterday || key == Said.before || key == Said.since { return (key, article) }
            }
            return (text.key(i), w.starts(with: FoldedLetter.alef, FoldedLetter.lam))
        }
    }

    /// The words the relative dates are told with, by key. `written` keys are of the words as
    /// written here, not folded: الليلة in `now`, whose ة the folding changes, matches no word of a
    /// text, as it never has (a "tonight" quoted in a report is often the speaker's night before).
    /// The other words whose letters folding changes are looked up folded (`NameKey.wordKey`).
    enum Said {
        static let today = written("اليوم")
        static let day = written("يوم")
        static let following = written("التالي")
        static let same = ["نفسه", "ذاته", "ذات"].map(written)
        static let yesterday = written("امس")
        static let first = written("الاول")
        static let before = written("قبل")
        static let twoDays = ["يومين", "يومان"].map(written)
        static let days = ["ايام", "يوما", "يوم"].map(written)
        static let now = ["اليوم", "حاليا", "الان", "الليلة"].map(written)
        static let tonight = NameKey.wordKey("الليلة")
        static let theYesterday = written("الامس")
        static let firstOf = written("اول")
        static let since = written("منذ")
        static let onto = written("على")
        static let weeks: KeyTable = {
            var t = KeyTable(capacity: 8)
            for (w, n) in [("أسبوع", 1), ("اسبوعين", 2), ("اسبوعان", 2)] { t.insert(NameKey.wordKey(w), Int32(n)) }
            return t
        }()
        static let past = ["الماضي", "الفائت", "المنصرم"].map(written)
            + ["الفائت", "الماضية", "الفائتة", "المنصرمة"].map(NameKey.wordKey)
        static let week = ["الاسبوع", "الأسبوع"].map(written)
        static let month = written("الشهر")
        /// The month of publication: الشهر الجاري، آذار الحالي.
        static let current = ["الجاري", "الحالي"].map(NameKey.wordKey)
        /// The month last told: الشهر ذاته، الشهر نفسه.
        static let sameMonth = ["ذاته", "نفسه", "عينه"].map(NameKey.wordKey)

        static func written(_ word: String) -> UInt64 {
            word.unicodeScalars.map(\.value).withUnsafeBufferPointer { NameKey.hash($0) }
        }
    }
}
