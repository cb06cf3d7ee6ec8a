import Testing
@testable import GeoExtract
@testable import Gazetteer

/// Date expressions against the report's date, with ACLED's precision: 1 the day, 2 the week,
/// 3 the month.
@Suite("dates")
struct DateTests {
    static let published = "2019-03-02"  // a Saturday

    static func dated(_ text: String, published: String = Self.published) throws -> Event {
        let events = TestSupport.events(text, date: published)
        #expect(events.count == 1, "\(text): \(events.map(\.eventType))")
        return try #require(events.first)
    }

    /// Each case: a sentence, and the date and precision its event takes.
    static let cases: [(text: String, date: String, precision: Int)] = [
        // Ordinal days, with من or شهر before the month.
        ("وفي الخامس عشر من كانون الأول، قصف طيران التحالف بلدة الباغوز.", "2018-12-15", 1),
        ("قصف طيران التحالف في الأول من شباط بلدة الباغوز.", "2019-02-01", 1),
        ("قصف طيران التحالف في الحادي والعشرين من شهر شباط/فبراير بلدة الباغوز.", "2019-02-21", 1),
        ("قصف طيران التحالف في الثاني عشر من شباط 2018 بلدة الباغوز.", "2018-02-12", 1),
        ("قصف طيران التحالف يوم 12 من شهر شباط بلدة الباغوز.", "2019-02-12", 1),
        // A month without a year is the latest not after the report; الماضي forces the one before.
        ("قصف طيران التحالف في الثالث من آذار الماضي بلدة الباغوز.", "2018-03-03", 1),
        ("قصف طيران التحالف في 1 آذار الماضي بلدة الباغوز.", "2018-03-01", 1),
        ("قصف طيران التحالف في آذار الماضي بلدة الباغوز.", "2018-03-15", 3),
        ("قصف طيران التحالف في شباط بلدة الباغوز.", "2019-02-15", 3),
        ("قصف طيران التحالف في تموز 2017 بلدة الباغوز.", "2017-07-15", 3),
        ("قصف طيران التحالف في 8 آذار الجاري بلدة الباغوز.", "2019-03-08", 1),  // said to be this month
        ("قصف طيران التحالف في 8 آذار بلدة الباغوز.", "2018-03-08", 1),
        // The month told without its name.
        ("قصف طيران التحالف في 23 من الشهر الماضي بلدة الباغوز.", "2019-02-23", 1),
        ("قصف طيران التحالف في الأول من الشهر الجاري بلدة الباغوز.", "2019-03-01", 1),
        ("قصف طيران التحالف في الحادي والعشرين من الشهر بلدة الباغوز.", "2019-02-21", 1),  // not after the report
        ("قصف طيران التحالف الشهر الفائت بلدة الباغوز.", "2019-02-15", 3),
        // A part of a month is a week of it: the first, the one around the 15th, the last.
        ("قصف طيران التحالف أواخر آذار الماضي بلدة الباغوز.", "2018-03-28", 2),
        ("قصف طيران التحالف ومنتصف الشهر الماضي بلدة الباغوز.", "2019-02-15", 2),
        ("قصف طيران التحالف مطلع شباط بلدة الباغوز.", "2019-02-04", 2),
        ("قصف طيران التحالف في نهاية الشهر الفائت بلدة الباغوز.", "2019-02-25", 2),
        ("قصف طيران التحالف مطلع الشهر الجاري بلدة الباغوز.", "2019-03-02", 2),  // never after the report
        ("قصف طيران التحالف في منتصف ليل الخميس بلدة الباغوز.", "2019-02-28", 1),  // midnight, not mid-month
        // Days and weeks before the report.
        ("قصف طيران التحالف منذ يومين بلدة الباغوز.", "2019-02-28", 1),
        ("قصف طيران التحالف منذ ثلاثة أيام بلدة الباغوز.", "2019-02-27", 1),
        ("قصف طيران التحالف أول أمس بلدة الباغوز.", "2019-02-28", 1),
        ("قصف طيران التحالف أول من أمس بلدة الباغوز.", "2019-02-28", 1),
        ("قصف طيران التحالف مساء الأمس بلدة الباغوز.", "2019-03-01", 1),
        ("قصف طيران التحالف فجر اليوم بلدة الباغوز.", "2019-03-02", 1),
        ("قصف طيران التحالف الليلة الماضية بلدة الباغوز.", "2019-03-01", 1),
        ("قصف طيران التحالف الأسبوع الماضي بلدة الباغوز.", "2019-02-23", 2),
        ("قصف طيران التحالف الأسبوع الفائت بلدة الباغوز.", "2019-02-23", 2),
        ("قصف طيران التحالف قبل أسبوعين بلدة الباغوز.", "2019-02-16", 2),
        ("قصف طيران التحالف الشهر الماضي بلدة الباغوز.", "2019-02-15", 3),
        // A night between two days is dated by the day it began.
        ("قصف طيران التحالف ليل الجمعة - السبت بلدة الباغوز.", "2019-03-01", 1),
        ("قصف طيران التحالف ليلة الخميس على الجمعة بلدة الباغوز.", "2019-02-28", 1),
    ]

    @Test func theSameMonthIsTheMonthLastTold() {
        let text = "قصف طيران التحالف يوم 4 شباط بلدة الباغوز. وفي 9 من الشهر ذاته، قصف طيران التحالف بلدة هجين."
        let dates = TestSupport.events(text, date: Self.published).map { $0.date?.description }
        #expect(dates == ["2019-02-04", "2019-02-09"])
    }

    /// The dates read in a whole text, as "date/precision".
    static func found(_ text: String) -> [String] {
        let tokens = TestSupport.extractor.analyze(Document(source: "test.txt", text: text)).tokens
        return DateResolver.expressions(tokens, in: 0..<tokens.tokens.count, published: CivilDate(iso: published), previous: nil)
            .map { "\($0.date)/\($0.precision)" }
    }

    /// A weekday that names the day another expression tells is part of it: it dates nothing of
    /// its own (a Monday would be five days back, a Saturday the report's day).
    static let wholeCases: [(text: String, dates: [String])] = [
        ("أمس الأول الإثنين", ["2019-02-28/1"]),
        ("أول أمس الخميس", ["2019-02-28/1"]),
        ("ليل الجمعة - السبت", ["2019-03-01/1"]),
        ("يومي الخميس والجمعة", ["2019-02-28/1"]),
        ("الخميس والسبت", ["2019-02-28/1", "2019-03-02/1"]),  // not one night
        // No month told before: the latest such day up to the report, as for a bare الشهر.
        ("في الثالث من الشهر ذاته", ["2019-02-03/1"]),
        ("في الأول من الشهر نفسه", ["2019-03-01/1"]),
        // A calendar date after منذ opens a period; the days before the report still date.
        ("وثقهم المرصد منذ الأول من كانون الأول الفائت", []),
        ("منذ 3 شباط", []),
        ("منذ منتصف الشهر الماضي", []),
        ("المعارك مستمرة منذ ليلة أمس", ["2019-03-01/1"]),
        // A "tonight" is left to the speaker quoted; last night is the day before the report.
        ("أطلقت المعركة هذه الليلة", []),
    ]

    @Test("reads whole expressions", arguments: wholeCases)
    func whole(_ c: (text: String, dates: [String])) {
        #expect(Self.found(c.text) == c.dates, "\(c.text)")
    }

    @Test("reads date expressions", arguments: cases)
    func expression(_ c: (text: String, date: String, precision: Int)) throws {
        let e = try Self.dated(c.text)
        #expect(e.date?.description == c.date, "\(c.text)")
        #expect(e.timePrecision == c.precision, "\(c.text)")
    }

    /// An ordinal that is no day of a month dates nothing.
    static let undatedCases: [String] = [
        "قصف طيران التحالف للمرة الثانية من نوعها بلدة الباغوز.",
        "قصف طيران التحالف الحي الثالث من أحياء بلدة الباغوز.",
    ]

    @Test("ordinals without a month date nothing", arguments: undatedCases)
    func undated(_ text: String) throws {
        #expect(try Self.dated(text).date == nil, "\(text)")
    }

    /// A sentence that opens with كما and names no day goes on with the news just told, on its day;
    /// without كما it stays undated.
    @Test func alsoGoesOnWithTheDayJustTold() {
        let also = TestSupport.events("""
            قصفت طائرة مسيرة مواقع لقسد في بلدة الصور مساء الخميس.
            كما اندلعت اشتباكات بين الطرفين في بلدة الكسرة.
            """, date: Self.published)
        #expect(also.map { $0.date?.description } == ["2019-02-28", "2019-02-28"])
        let next = TestSupport.events("""
            قصفت طائرة مسيرة مواقع لقسد في بلدة الصور مساء الخميس.
            واندلعت اشتباكات بين الطرفين في بلدة الكسرة.
            """, date: Self.published)
        #expect(next.last?.date == nil)
    }
}
