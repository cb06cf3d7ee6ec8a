import Testing
import TestSupport
@testable import GeoExtract
@testable import Gazetteer

@Suite("place mentions")
struct MentionTests {
    /// Marked texts: every marked span is a place mention and nothing else is.
    static let recognitionCases: [String] = [
        "سيطرت قسد على بلدة ⏩هجين⏪ ⏩بريف دير الزور الشرقي⏪",
        "معارك في ⏩للشعفة⏪ ⏩والباغوز⏪",
        "انسحبوا نحو بلدتي ⏩الشعفة⏪ ⏩والسوسة⏪",
        "قصف ⏩بالرقـة⏪ ⏩والحسكه⏪",
        "وصلوا إلى ⏩مخيم الهول⏪ ⏩بريف الحسكة⏪",
        "في ⏩ديرالزور⏪ ⏩وقامشلو⏪ ⏩وكوباني⏪",
        "مسلحون في بلدة ⏩عين عيسي⏪",
        "أعلنت قوات سوريا الديمقراطية سيطرتها",  // the SDF's name is not Syria
        "قال مجلس دير الزور العسكري إن",  // an organisation
        "بثت قناة الميادين تقريرا",  // a TV channel
        "شاب يبلغ من العمر عشرين عاما",  // العمر = age
        "زعيم التنظيم أبو بكر البغدادي",  // a person
        "وبحسب شبكة دير الزور 24",  // an outlet
        "الفصائل المدعومة من روسيا وإيران",  // backers, not places
        "وصفت دمشق الهجوم بأنه",  // the government
        "وأعلنت واشنطن انسحاب قواتها",
        "هاجمت خلية ⏩مخيم الهول⏪ وبلدة ⏩الهول⏪ بينما ساد الهول بين السكان",
        "في ناحية ⏩عياش⏪ الواقعة ⏩بريف دير الزور الغربي⏪، التقى المدعو عياش الحمد",
        "عاد إلى ⏩العراق⏪ عبر الحدود مع ⏩تركيا⏪",
        "القوات السورية في ⏩سوريا⏪",
        "اقتحمت منزل أحد قادتها الملقب بأبو فهد خشام في بلدة ⏩ذيبان⏪",  // a surname after a kunya
        "هل وقع الهجوم في ⏩الحسكة⏪ أم في ⏩الرقة⏪",
        // A list after a comma: the item before is no given name or kunya of the next.
        "هاجموا قرى ⏩تل جمعة⏪، ⏩الدردارة⏪، ⏩أم الكيف⏪، ⏩تل شنان⏪ بريف ⏩تل تمر⏪",
        "نزح أهالي قرى ⏩الحسينية⏪، ⏩مراط⏪، ⏩مظلوم⏪، ⏩خشام⏪ إلى المخيمات",
        "اشتباكات بين قوات مجلسي دير الزور وهجين العسكريين في محيط ⏩ذيبان⏪",  // two councils, not towns
        // A list goes on past items the gazetteer lacks (بكارة، الجولان): the next known item is still a village.
        "شملت بلدات ⏩الدحلة⏪ ⏩وجديد عكيدات⏪ وبكارة ⏩وطابية جزيرة⏪ ⏩وأبو النيتل⏪ ⏩بريف دير الزور⏪",
        "تظاهر أهالي قرى (⏩الصلالية⏪ - ⏩التنينير⏪ - الجولان - الرقي - ⏩رد شقرا⏪) جنوب ⏩الحسكة⏪",
        "قصفت بلدة ⏩الشحيل⏪ وقال مصدر محلي إن الزر",  // a new clause is no list item
        // The second of two clans is a clan too, quoted or not; two towns stay towns.
        "اشتباكات بين عشيرتي \"البوحمد\" و\"السبخة\" في ⏩الطبقة⏪",
        "اشتباكات بين عشيرتي البوحمد والسبخة في ⏩الطبقة⏪",
        "مصالحة في بلدتي ⏩السبخة⏪ ⏩والكرامة⏪",
        // Towns in quotes leave و a word of its own: the list goes on (the clans above do not start one).
        "خرج الأهالي في بلدتي \"⏩معيزيلة⏪\" و\"⏩العزبة⏪\" بمظاهرات",
        // A direction without the article governs what follows, not the countryside before it.
        "قتل شاب ⏩بريف الرقة⏪ شمالي ⏩سوريا⏪",
        "هجوم في ⏩ريف دير الزور⏪، شرقي ⏩سوريا⏪",
        "قتل شاب ⏩بريف الرقة الشمالي⏪",
        // An outlet named after a river, in quotes or as the line above a report.
        "وقالت شبكة “الخابور” المحلية إن قوى الأمن داهمت منازل",
        "الخابور - خالد الصالح",
        "سيطرت على الضفة الشمالية ⏩لنهر الفرات⏪ وعبروا إلى ضفتي ⏩الخابور⏪",
        // A quarter of the town in the text, known to the gazetteer only as a village 300 km away.
        "اقتتال بين عائلتين في حي الشبكة وسط بلدة ⏩الشحيل⏪ ⏩بريف دير الزور الشرقي⏪",
        "قصفت القوات التركية بلدة ⏩تل تمر⏪ وتضرر منزل في حي الحمرة بالبلدة",
        // بالصور is "with pictures" in a headline; the town al-Sur needs more than بـ.
        "شاهد بالصور: الدمار في مدينة ⏩الرقة⏪ بعد القصف",
        "اشتباكات في بلدة ⏩الصور⏪ ⏩بريف دير الزور الشرقي⏪",
        // The last word of a village name the gazetteer lacks is no village of its own.
        "استهدفت مسيرة نقطة في قرية زور مغار بريف ⏩عين العرب⏪",
        "انفجار في مدينة ⏩الحسكة⏪ ⏩شمال شرق سوريا⏪",
        // A quarter named without حي belongs to a town of the text.
        "غارات على مناطق ⏩الجلاء⏪ ⏩والغبرة⏪ والحزام الأخضر ضمن ⏩منطقة البوكمال⏪",
        "اشتباك مع مجموعة من داعش في بلدة \"⏩البحرة الوسطى⏪\"",
        // A village the text has placed before is read again without a word of place.
        "اعتقلت قسد 20 شخصا من بلدة ⏩الشحيل⏪. وما تزال قسد تطوق ⏩الشحيل⏪ حتى المساء",
        "وما تزال قسد تطوق الشحيل حتى المساء",
        // An everyday word after a facility's noun describes the facility (the military airport).
        "غارات على مواقع في محيط المطار العسكري في ⏩دير الزور⏪",
        // A hamlet known only 250 km from the text's other places is a place the gazetteer lacks.
        "قصف جوي على منطقة الحمدانية ومعبر السكك في ⏩البوكمال⏪ ⏩والميادين⏪",
        // اليوم after a name governed by a preposition is "today", not an outlet's name.
        "وقال مراسل عنب بلدي في ⏩الرقة⏪ اليوم، إن عنصرين قتلا",
        "ونشرت صفحة الرقة اليوم صورا للانفجار",
    ]

    @Test("recognises exactly the marked places", arguments: recognitionCases)
    func recognises(_ marked: String) {
        let m = MarkedText(marked)
        let found = TestSupport.mentions(m.text).map { $0.start..<$0.end }
        #expect(found == m.spans, "text: \(m.text)")
    }

    /// Namesakes resolved by context: the text, the mention, and the place it must resolve to.
    static let resolutionCases: [(text: String, mention: String, kind: PlaceKind, admin1: String?)] = [
        ("وصلوا إلى مخيم الهول", "مخيم الهول", .camp, "Hasakah"),
        ("في بلدة الهول شرقي الحسكة", "الهول", .town, "Hasakah"),
        ("اشتباكات في محافظة الحسكة", "محافظة الحسكة", .governorate, "Hasakah"),
        ("قصف على الحسكة", "الحسكة", .city, "Hasakah"),
        ("قرب حقل العمر النفطي", "حقل العمر النفطي", .oilfield, "Deir ez-Zor"),
        ("مظاهرة في مدينة الثورة", "مدينة الثورة", .city, "Raqqa"),
        ("عاد إلى منبج", "منبج", .city, "Aleppo"),
        // A village spelt with the article in the governorate the text is about, over its namesake's own spelling elsewhere.
        ("قصف على بلدة أبو راسين وقرية تل الورد وقرية الأسدية في ريف الحسكة", "الأسدية", .village, "Hasakah"),
        ("قصف على مدينة الطبقة وقرية الأسدية في ريف الرقة", "الأسدية", .village, "Raqqa"),
    ]

    @Test func aStreetNamedAfterAQuarterOfAnotherTownIsNoPlace() {
        let far = TestSupport.mentions("انفجرت سيارة مفخخة في مدينة تل أبيض، في شارع الصناعة وسط المدينة")
        #expect(!far.contains { $0.text == "الصناعة" }, "\(far.map(\.text))")
        let there = TestSupport.mentions("انفجرت عبوة في مدينة دير الزور، في شارع الصناعة وسط المدينة")
        #expect(there.contains { $0.text == "الصناعة" }, "\(there.map(\.text))")
    }

    @Test("resolves namesakes by context", arguments: resolutionCases)
    func resolves(_ c: (text: String, mention: String, kind: PlaceKind, admin1: String?)) throws {
        let m = try #require(TestSupport.mentions(c.text).first { $0.text == c.mention }, "no mention \(c.mention) in \(c.text)")
        #expect(m.place.kind == c.kind, "\(c.text): \(m.place.nameEn) is a \(m.place.kind)")
        #expect(m.place.admin1?.name == c.admin1, "\(c.text): \(m.place.nameEn) in \(m.place.admin1?.name ?? "-")")
    }

    @Test func aPlaceAbroadStaysAbroad() throws {
        let m = try #require(TestSupport.mentions("وصل وفد إلى الموصل").first)
        #expect(!m.place.inArea)
        #expect(m.place.nameEn.contains("Mosul"))
    }

    @Test func nearQualifierOverridesAFarNamesake() throws {
        // The gazetteer's Sheikh Hamad is in Hasakah; the text puts this one next to Baghuz.
        let text = "أعدم التنظيم 25 عنصرا في منطقة الشيخ حمد، القريبة من بلدة الباغوز"
        let m = try #require(TestSupport.mentions(text).first { $0.text == "الشيخ حمد" })
        #expect(m.evidence == .nearQualifier)
        #expect(m.place.nameEn.contains("Baghuz"))
        #expect(m.geoPrecision == 2)
    }

    @Test func aCityPlacedByADirectionKeepsItsPoint() throws {
        // "East of Deir ez-Zor" names the province's east: Abu Kamal stays Abu Kamal.
        let m = try #require(TestSupport.mentions("غارات على مواقعهم بمحيط البوكمال شرق دير الزور").first { $0.text == "البوكمال" })
        #expect(m.place.nameEn == "Albu Kamal", "\(m.place.nameEn)")
    }

    @Test func aVillageEastOfTheProvinceSeatKeepsItsPoint() throws {
        // "East of Deir ez-Zor" is the province's east for a village too: al-Duwayr lies 80 km down
        // the Euphrates from the city and stays there (a namesake far from a town still yields).
        let m = try #require(TestSupport.mentions("اندلع شجار عشائري في بلدة الدوير شرقي دير الزور").first { $0.text == "الدوير" })
        #expect(m.place.nameEn == "Dweir", "\(m.place.nameEn)")
        #expect(m.evidence != .nearQualifier)
    }

    @Test func aDualGovernorateNounNamesTheGovernorates() throws {
        // محافظتي دير الزور وحماة: both governorates, though the gazetteer knows them as محافظة X only.
        let ms = TestSupport.mentions("قتل مدنيون بانفجار ألغام في محافظتي دير الزور والرقة")
        #expect(ms.map(\.place.kind) == [.governorate, .governorate], "\(ms.map(\.place.nameEn))")
        // Without the noun, the cities.
        let cities = TestSupport.mentions("قتل مدنيون بانفجار ألغام في مدينتي دير الزور والرقة")
        #expect(cities.allSatisfy { $0.place.kind == .city }, "\(cities.map(\.place.nameEn))")
    }

    @Test func aListIsNoQualifier() throws {
        // "The road between Abu Kamal and Palmyra": Palmyra is the next item, not where Abu Kamal lies.
        let text = "ويعد الطريق الواصل بين البوكمال وتدمر شريانا رئيسيا"
        let m = try #require(TestSupport.mentions(text).first { $0.text == "البوكمال" })
        #expect(m.evidence != .nearQualifier)
        #expect(m.place.nameEn == "Albu Kamal", "\(m.place.nameEn)")
    }

    @Test func aPluralPlaceNounGovernsAListPastNamesTheGazetteerLacks() throws {
        // قرى X وY والعزبة: the first items unknown, the noun still governs the villages it knows.
        let ms = TestSupport.mentions("وتشهد قرى تل فدين ودرينج والعزبة وأبو حمام اشتباكات متقطعة")
        #expect(ms.map(\.place.nameEn) == ["Eizbah", "Abu Hamam"], "\(ms.map(\.place.nameEn))")
        let quoted = TestSupport.mentions("سيطر المسلحون على قريتي \"الطركي وتل طويل\" قرب تل تمر")
        #expect(quoted.map(\.place.nameEn).contains("Tal Tawil"), "\(quoted.map(\.place.nameEn))")
        // With no such noun, an everyday word joined by و stays a word.
        let none = TestSupport.mentions("وتحدث الأهالي عن الأرض والعزبة في حديثهم")
        #expect(!none.contains { $0.place.nameEn == "Eizbah" }, "\(none.map(\.place.nameEn))")
    }

    @Test func theMainGateIsNoTown() throws {
        // الباب الرئيسي للسجن: the main gate of the prison, not al-Bab in Aleppo.
        let gate = TestSupport.mentions("فجّروا سيارة مفخخة بالقرب من الباب الرئيسي للسجن في مدينة الحسكة")
        #expect(!gate.contains { $0.place.nameEn == "Al-Bab" }, "\(gate.map(\.place.nameEn))")
        let town = TestSupport.mentions("قصفت القوات مواقع في مدينة الباب شرقي حلب")
        #expect(town.contains { $0.place.nameEn == "Al-Bab" }, "\(town.map(\.place.nameEn))")
    }

    @Test func offsetsAreUnicodeScalarsOfTheText() throws {
        let text = "قصف مدفعي على هَجِين أمس"
        let m = try #require(TestSupport.mentions(text).first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == "هَجِين")
    }
}
