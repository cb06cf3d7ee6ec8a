import Testing
@testable import GeoExtract
@testable import Gazetteer

@Suite("events")
struct EventTests {
    static let published = "2019-03-02"  // a Saturday

    func only(_ text: String) throws -> Event {
        let events = TestSupport.events(text, date: Self.published)
        #expect(events.count == 1, "\(text): \(events.map { "\($0.eventType) at \($0.location?.place.nameEn ?? "-")" })")
        return try #require(events.first)
    }

    /// Types by ACLED's rules.
    static let typeCases: [(text: String, type: EventType)] = [
        ("شن طيران التحالف الدولي غارات على مواقع داعش في بلدة هجين.", .airDroneStrike),
        ("استهدفت غارتان جويتان مواقع للميليشيات في مدينة الميادين.", .airDroneStrike),  // the dual
        ("نفذت القوات الأمريكية ضربتين جويتين على مواقع للميليشيات في مدينة الميادين.", .airDroneStrike),
        ("قصفت المدفعية التركية قرى في ريف تل تمر.", .shelling),
        ("اندلعت اشتباكات بين قسد وداعش في بلدة الشعفة.", .armedClash),
        ("لا تزال الاشتباكات مستمرة في بلدة الشعفة.", .armedClash),
        ("تعرضت دورية لقسد لهجوم مسلح في بلدة الشحيل.", .armedClash),  // came under attack
        ("تصدت قسد لهجوم شنته خلايا داعش على بلدة الشحيل.", .armedClash),  // fought off an attack
        ("تعرضت بلدة الشحيل لقصف مدفعي.", .shelling),
        ("تعرضت قاعدة حقل العمر لهجوم صاروخي دون وقوع إصابات.", .shelling),  // an attack by rockets
        ("قتل شاب إثر اقتحام منزله من قبل عناصر مسلحين مجهولين في قرية الصبحة.", .attack),  // a home stormed
        ("استهدف قصف روسي مواقع لتنظيم داعش في بادية الميادين.", .airDroneStrike),  // Russia bombs from the air
        ("قتل عنصران من الميليشيات بقصف إسرائيلي على مدينة الميادين.", .airDroneStrike),  // and Israel
        ("قتل قيادي في الميليشيات بقصف أمريكي على مقر في مدينة البوكمال.", .airDroneStrike),
        ("قصفت القوات الأمريكية بالمدفعية مواقع للميليشيات في مدينة الميادين.", .shelling),  // guns named
        ("شن التنظيم هجوماً بالأسلحة الثقيلة والمدفعية على مواقع قسد في بلدة هجين.", .armedClash),  // a ground attack
        ("استشهد مدنيان في عدوان نفذه الجيش التركي بالمدفعية على قرية أم الكيف.", .shelling),  // an aggression by guns
        ("اندلعت اشتباكات بين قسد والفصائل إثر عدوان بالمدفعية على قرية أم الكيف.", .armedClash),  // a battle it set off
        ("وقعت قسد ومجلس العشائر اتفاقاً في مدينة الحسكة.", .agreement),
        // Aircraft flying over a shelling watched it; a drone that flew and struck is the strike.
        ("قصفت القوات التركية قرية أم الكيف وسط تحليق طائرات مسيرة.", .shelling),
        ("سقطت قذيفة قرب القاعدة الروسية في قرية أم الكيف، لتقوم مروحيات روسية بالتحليق فوقها.", .shelling),
        ("حلقت طائرة مسيرة تركية فوق قرية أم الكيف واستهدفت سيارة.", .airDroneStrike),
        ("أصيب لاجئ عراقي بطلق ناري من قبل مجهولين في مخيم الهول.", .attack),
        ("قتل لاجئ عراقي جراء هجوم نفذه مجهولون بأداة حادة في مخيم الهول.", .attack),
        ("انفجرت عبوة ناسفة بسيارة مدنية في بلدة الصور.", .remoteExplosive),
        ("قتل طفل بانفجار جسم غريب في بلدة الصور.", .remoteExplosive),
        ("أطلق مجهولون النار على رجل في بلدة الدوير وأصابوه بطلقات نارية في جسمه.", .attack),  // his body, no bomb
        ("فجر انتحاري نفسه عند حاجز في مدينة الشدادي.", .suicideBomb),
        ("اغتال مسلحون مجهولون مختار قرية في بلدة ذيبان.", .attack),
        ("اختطف مسلحون مدرسا في بلدة البصيرة.", .abduction),
        ("اعتقلت الأسايش ثلاثة شبان في بلدة الدرباسية.", .arrests),
        ("أفرجت قسد عن 50 موقوفا في مدينة الحسكة.", .otherStrategic),
        ("نزحت مئات العائلات من بلدة عين عيسى.", .otherStrategic),
        ("وصل عدد من العائلات النازحة إلى مدينة الرقة.", .otherStrategic),  // "a number of" did arrive
        ("نقلت قسد عشرات العائلات من مخيم الهول إلى مدينة الرقة.", .otherStrategic),
        ("تظاهر العشرات في مدينة الرقة.", .peacefulProtest),
        ("خرجت مسيرة شعبية في مدينة الحسكة تنديدا بالقصف التركي.", .peacefulProtest),  // a march, not a drone
        ("شارك المئات في مسيرة بمدينة الرقة.", .peacefulProtest),
        ("قتل شخصان بمسيرة تركية في مدينة عامودا.", .airDroneStrike),  // killed by a drone
        ("سقطت قذائف هاون على بلدة عامودا.", .shelling),  // shells fell
        ("قتلت القوات التركية مدنيين اثنين في بلدة عامودا.", .attack),  // killed by a named party
        ("رفع أهالي مدينة الطبقة علم الجمهورية العربية السورية.", .peacefulProtest),  // a flag raised
        ("استهدف مسلحون مجهولون الشاب في بلدة ذيبان، مما أدى إلى مقتله.", .attack),  // targeted, weapon unsaid
        ("وتظاهر الأهالي مع المطالبة بخروج القوات الأمريكية من بلدة الشدادي.", .peacefulProtest),  // a demand, no leaving
        ("أطلق مجهولون النار على شاب في بلدة القورية.", .attack),  // opened fire on someone
        ("فقد شاب حياته برصاص مجهولين في بلدة ذيبان.", .attack),  // lost his life
        ("قتل رجل وأسرته في قصف مدفعي على بلدة عامودا.", .shelling),  // أسرته is his family, not captured
        ("خرج العشرات من أهالي قرى بريف دير الزور الشرقي، الجمعة، في مظاهرة احتجاجية.", .peacefulProtest),
        ("أطلق عناصر الأمن الرصاص لتفريق متظاهرين في مدينة الطبقة.", .protestWithIntervention),
        ("أضرم محتجون النار في مقر للإدارة الذاتية في بلدة البصيرة.", .violentDemonstration),
        ("أحرق مسلحون مجهولون منزلا في بلدة البصيرة.", .lootingPropertyDestruction),
        // Destruction wrought by aircraft or artillery is the strike that wrought it.
        ("دمر طيران التحالف الجسر الرئيسي في مدينة الميادين.", .airDroneStrike),
        ("دمر القصف المدفعي التركي منزلا في قرية أم الكيف.", .shelling),
        ("دمرت قسد طائرة مسيرة في بلدة هجين.", .lootingPropertyDestruction),  // the drone is what was destroyed
        ("نفذت طائرة مروحية أمريكية عملية إنزال جوي في بلدة الشحيل.", .arrests),  // it landed, it struck nothing
        ("سيطرت قسد على بلدة هجين.", .nonStateActorOvertakesTerritory),
        ("سيطرت قسد على مدينة الرقة التي اتخذها التنظيم عاصمة له منذ عام 2014.", .nonStateActorOvertakesTerritory),
        ("استعاد الجيش السوري السيطرة على مدينة الميادين بعد كسر الحصار.", .governmentRegainsTerritory),
        ("توصل الطرفان إلى اتفاق لوقف إطلاق النار في مدينة القامشلي.", .agreement),
        ("فكك فريق الهندسة ثلاث عبوات ناسفة في بلدة هجين.", .disruptedWeaponsUse),
        ("شهدت مدينة الرقة إضراباً عاماً لأصحاب المحال التجارية.", .peacefulProtest),  // a strike
        ("نظم العشرات وقفة احتجاجية أمام مبنى البلدية في مدينة الحسكة.", .peacefulProtest),  // a stand
        ("امتنع التجار عن فتح محالهم وقاموا بإجراء عصيان مدني في مدينة الرقة.", .peacefulProtest),  // not a riot
        // فجر before a day is the dawn, not فجّر: one raid, no blast.
        ("شنت الأسايش حملة دهم واعتقال ،فجر اليوم الأحد، في حي غويران بمدينة الحسكة.", .arrests),
        // والدهما is their father (و + والد + هما), never the raid دهم with the article.
        ("قتل طفلان وأصيب والدهما بانفجار لغم في قرية الكسرة.", .remoteExplosive),
        // Remnants of war are no warplane.
        ("توفي رجل بانفجار جسم من مخلفات حربية في قرية الكسرة.", .remoteExplosive),
        // The verb of firing governs النار across a long subject: the gunmen and how they came.
        ("أطلق مسلحون مجهولون يستقلون دراجة نارية النار على راع في قرية الكسرة.", .attack),
        // Detainees taken to an unknown place are part of their arrest.
        ("اعتقلت الأسايش ثلاثة شبان في بلدة الشدادي. وتم نقلهم إلى جهة مجهولة.", .arrests),
        // "Also hit" at the place just named goes on telling the same campaign.
        ("شنت قسد حملة اعتقالات في مدينة الحسكة، طالت عشرات الشبان.", .arrests),
    ]

    @Test("types events by ACLED's taxonomy", arguments: typeCases)
    func types(_ c: (text: String, type: EventType)) throws {
        #expect(try only(c.text).eventType == c.type, "\(c.text)")
    }

    /// Reported intentions, predictions, denials and summaries are no events.
    static let nonEventCases: [String] = [
        "قالت قسد إنها ستفرض سيطرتها على الباغوز خلال أسبوع.",
        "من المتوقع أن تبدأ معركة الرقة خلال أسابيع.",
        "نفت قسد حدوث أي مواجهات في بلدة الكشمة.",
        "وثق المرصد 40 جريمة قتل في مخيم الهول منذ مطلع العام.",
        "هل تقصف تركيا مدينة القامشلي؟",
        "اندلع حريق بسبب ماس كهربائي في مخيم الهول.",
        "ونقلت وكالة سانا عن مصادر محلية أن مئات العائلات تقيم في بلدة خشام.",
        "حشدت قسد قواتها للسيطرة على بلدة الشحيل.",  // an aim
        "ونقلت سيارات الإسعاف عشرات المدنيين الجرحى من بلدة الشحيل إلى مشفى مدينة الحسكة.",  // the wounded to hospital
        "من المقرر أن تفرج قسد عن 150 معتقلا في مدينة الحسكة.",  // a plan
        "على خلفية اقتتال نشب قبل عدة أشهر في بلدة ذيبان.",  // long ago
        "زار ياسر الحسين مدينة الرقة.",  // a given name, not يأسر
        "إعداد: محمد الحسين – تحرير: أحمد العلي",  // a byline
        "بعد سيطرتهم المفاجئة على مدينة الرقة عام 2014.",  // history the report recalls
        "علم مراسلنا أن الأهالي في مدينة الطبقة ينتظرون عودة التيار الكهربائي.",  // علم: learned, no flag
        "ارتفع عدد الاستهدافات بطائرات تركية مسيرة منذ بداية العام إلى 38، وتسببت بسقوط 24 قتيلاً في مدينة القامشلي.",  // a tally
        "66 استهداف على الحسكة، أسفر عن مقتل 3 من قوات النظام.",  // a line of a tally
        "وتنشط خلايا التنظيم في مدينة الرقة حيث تشن عمليات اغتيال ضد قسد.",  // a habit
        "وجاءت الحملة في بلدة الشحيل عقب ازدياد هجمات التنظيم.",  // a trend
        "ولفت إلى أن عدد المعتقلين وصل إلى العشرات في بلدة الشحيل.",  // a count reached, no one arrived
        "ويشن التحالف عمليات إنزال في بلدة الشحيل رغم سيطرة قسد على تلك المناطق.",  // a habit, and a state
        "وتشهد مناطق ريف الحسكة تفجيرات متكررة بعبوات ناسفة ودراجات مفخخة.",  // repeated: a habit
        "وبدأت الشرطة الروسية بتسيير دورياتها في مدينة تل أبيض بعد يومين من توقيع الاتفاق.",  // the agreement dates the patrols
        "وتظهر المشاهد التي نشرتها الوكالة الدخان قرب أكبر قاعدة روسية في بلدة عين عيسى.",  // published, not deployed
    ]

    /// Habits and rates are no incident.
    static let habitCases: [String] = [
        "وتنفذ الطائرات التركية بين الفينة والأخرى غارات على قرى ريف عامودا.",
        "وعادة ما تسقط قذائف على أطراف بلدة عين عيسى.",
        "وتراجعت وتيرة هجمات التنظيم في ريف دير الزور الشرقي.",
        // The setting of the news, not news.
        "ويأتي ذلك في ظل توتر متواصل واشتباكات متقطعة بين الجيش الوطني وقسد قرب بلدة تل تمر.",
        // "Any" attack is none in particular.
        "وقال وجهاء مدينة الرقة إنهم يدينون أي عدوان على أهالي المدينة.",
    ]

    @Test("a habit or a rate is no incident", arguments: habitCases)
    func habit(_ text: String) {
        #expect(TestSupport.events(text, date: Self.published).isEmpty, "\(text)")
    }

    @Test("leaves out what did not happen", arguments: nonEventCases)
    func nonEvent(_ text: String) {
        #expect(TestSupport.events(text, date: Self.published).isEmpty, "\(text)")
    }

    /// Counts: digits, Arabic-Indic digits, words, duals, sums and ACLED's vague counts.
    static let tollCases: [(text: String, fatalities: Int?, injured: Int?)] = [
        ("قتل خمسة مدنيين بغارة على بلدة هجين.", 5, nil),
        // Two children with their parents' pronoun count two (وطفلاهما، وابنيه).
        ("قتل مدني وزوجته وطفلاهما بقصف على بلدة هجين.", 4, nil),
        ("قتل رجل وابنيه بقصف على بلدة هجين.", 3, nil),
        // One count for the dead and the wounded together is split between neither, vague or not.
        ("قتل وجرح العشرات بقصف على بلدة هجين.", nil, nil),
        // An ordinal after the word is one more (وإصابة ثالث), whatever the count before it.
        ("انفجر لغم بسيارة في بلدة الشحيل ما أسفر عن مقتل شابين وإصابة ثالث.", 2, 1),
        // A member (عضو) is one person, not a count left to the next number; a count before it stands.
        ("قتل عضو في قوات الأمن السريانية وأصيب 3 بجروح نتيجة استهداف مسيرة تركية في مدينة المالكية.", 1, 3),
        ("قتل أربعة أشخاص بينهم عضو في المجلس العسكري بقصف تركي على مدينة تل تمر.", 4, nil),
        // A day between the word and the count (قتل مساء السبت), one person more joined by و to a group.
        ("قُتل مساء السبت امرأتان وطفل وجرح 8 آخرون بقصف على مدينة هجين.", 3, 8),
        // The date after the day is no count of people: 27 is the day of the month.
        ("قتل طفلان وأصيب اثنان آخران بجروح اليوم، الجمعة 27 من تشرين الثاني، بانفجار لغم في بلدة عين عيسى.", 2, 2),
        ("انفجرت عبوة ناسفة في مدينة الرقة، دون أن تسفر عن وقوع إصابات.", 0, 0),  // none
        ("انفجرت عبوة ناسفة في مدينة الرقة، ولم ينتج عنها إصابات تذكر.", 0, 0),
        ("انفجرت عبوة ناسفة في مدينة الرقة، دون ورود معلومات عن إصابات.", nil, nil),  // not known
        ("انفجرت عبوة ناسفة في مدينة الرقة ما أدى لمقتل شخصين دون وقوع إصابات.", 2, 0),
        ("قصفت قوات النظام قرية الدحلة، دون ورود معلومات عن سقوط قتلى أو جرحى.", nil, nil),  // neither known
        // Casualties feared or to be averted are no toll: لتجنب، خشية، ضرورة تجنب.
        ("اندلعت اشتباكات في بلدة ذيبان، ودعا الوجهاء إلى ضرورة تجنب سقوط قتلى وجرحى.", nil, nil),
        ("قصفت قوات النظام قرية الدحلة بالمدفعية خشية تقدم قسد، وسط تحذيرات لتجنب وقوع إصابات.", nil, nil),
        ("انفجرت عبوة ناسفة في مدينة الرقة دون سقوط قتلى أو جرحى.", 0, 0),
        ("قتل ثلاثة أشخاص وأصيب آخر في بلدة ذيبان بقصف مدفعي.", 3, 1),  // one other
        ("استهدف مسلحون مجهولون الشاب في بلدة ذيبان، مما أدى إلى مقتله.", 1, nil),  // the pronoun counts
        ("قصفت المدفعية التركية منزلا في قرية أم الكيف ما أدى إلى مقتلهما.", 2, nil),
        ("تعرض مركز مدينة الرقة عصر اليوم الثلاثاء لانفجار ضخم حصد أرواح تسعة أشخاص.", 9, nil),  // came under a blast
        ("قتلت القوات التركية مدنيين اثنين في بلدة عامودا.", 2, nil),  // the killer, then noun and number
        ("اغتال مجهولون أحد عناصر قسد في بلدة الحوايج.", 1, nil),
        ("قتل ٣ عناصر بهجوم على حاجز في بلدة الصور.", 3, nil),
        ("سقط قتيلان وثلاثة جرحى بانفجار عبوة في بلدة الكسرة.", 2, 3),
        ("قتل عشرات العناصر في اشتباكات في بلدة الشعفة.", 12, nil),
        ("قتل 11 عنصرا من الفصائل وأربعة من مقاتلي قسد في اشتباكات في بلدة عين عيسى.", 15, nil),
        ("انفجرت عبوة ناسفة قرب بلدة الكسرة دون وقوع إصابات.", 0, 0),
        ("اغتال مسلحون الشاب محمد في بلدة ذيبان.", nil, nil),
        ("قتل رجل وامرأة بانفجار لغم قرب بلدة مركدة.", 2, nil),
        // A plural that looks like a dual is counted by the number before it, else read as two.
        ("قالت مصادر إن أربعة مدنيين استشهدوا بغارة على بلدة هجين.", 4, nil),
        ("خمسة وعشرون مدنيين قتلوا بقصف على بلدة هجين.", 25, nil),
        ("مدنيين قتلا بقصف على بلدة هجين.", 2, nil),
        // Without a number word or a dual verb it is the plural: several.
        ("قتل مدنيين بقصف مدفعي على بلدة هجين.", 3, nil),
        ("قتل مدنيين اثنين بقصف مدفعي على بلدة هجين.", 2, nil),
        // Groups joined by و add up, the first a dual: two women and three children.
        ("قتلت امرأتين وثلاثة أطفال بقصف مدفعي على بلدة هجين.", 5, nil),
        ("قتلت امرأة وطفلان وثلاثة رجال بقصف مدفعي على بلدة هجين.", 6, nil),
        ("أصيبت امرأتان وثلاثة أطفال بجروح جراء قصف مدفعي على بلدة عامودا.", nil, 5),
        // A group counted in digits after و adds too, unless a word of wounding counts it.
        ("قتل جندي و3 عناصر بانفجار عبوة ناسفة قرب قرية عالية.", 4, nil),
        ("قتل 5 عناصر و 2 من المدنيين بانفجار عبوة ناسفة قرب قرية عالية.", 7, nil),
        ("قتل 5 عناصر و3 جرحى بانفجار عبوة ناسفة قرب قرية عالية.", 5, 3),
        // A nisba noun or a participle in ين is a dual and a plural alike: several, unless a number
        // word says two; a noun with a broken plural (عنصرين: عناصر) is a dual.
        ("قتل قياديين في قسد بهجوم على بلدة ذيبان.", 3, nil),
        ("قتل قياديين اثنين من قسد بهجوم على بلدة ذيبان.", 2, nil),
        ("أصيب عسكريين بانفجار لغم قرب بلدة مركدة.", nil, 3),
        ("قتل عنصرين من قسد بهجوم على بلدة ذيبان.", 2, nil),
        // Any person noun in the dual, and a singular in the accusative.
        ("قتل لاجئان عراقيان برصاص مجهولين في مخيم الهول.", 2, nil),
        ("قتل قياديا من قسد وأصيب اثنان بجروح بقصف على بلدة الشحيل.", 1, 2),
        // "Met their death": the victims are the subject of لقي.
        ("لقي عنصران من قوات النظام مصرعهما بهجوم على بلدة الشحيل.", 2, nil),
        ("ولقي ثلاثة مدنيين حتفهم بقصف على بلدة الشحيل.", 3, nil),
        // Lost their life: the victims are the subject of فقد, however long their noun phrase.
        ("فقد أحد أفراد الأسايش في بلدة الشحيل بريف دير الزور الشرقي حياته برصاص مجهولين.", 1, nil),
        ("فقد شخصان حياتهما بانفجار لغم في بلدة الشحيل.", 2, nil),
        ("فقد مدنيين اثنين حياتهم برصاص مجهولين في بلدة الشحيل.", 2, nil),
        // The number a count rose to; "a number of" is several.
        ("ارتفع عدد قتلى انفجار السيارة المفخخة في بلدة الشحيل إلى 12 قتيلا.", 12, nil),
        ("أصيب عدد من عناصر قسد بانفجار عبوة ناسفة في بلدة الشحيل.", nil, 3),
        // One number for the dead and the wounded together is not split; a split is read.
        ("قتل وجرح 28 عنصرا بقصف جوي أمريكي على مواقعهم في بلدة الشحيل.", nil, nil),
        ("سقط 17 قتيلا و11 جريحا بقصف على بلدة الشحيل.", 17, 11),
        // A tally since the start of the year adds nothing to the incident before it.
        ("قتل شاب برصاص مجهولين في مخيم الهول. وتم تسجيل 91 حالة قتل في المخيم منذ بداية العام.", 1, nil),
        // An age is no count of victims.
        ("استشهد السائق وعمره 31 عاما وإصابة مرافقه بقصف على بلدة الشحيل.", 1, 1),
        // A vague toll told first yields to the stated one of the same incident.
        ("سقط قتلى وجرحى بقصف مدفعي على بلدة الشحيل. وقتل عنصر وأصيب اثنان آخران بالقصف المدفعي على بلدة الشحيل.", 1, 2),
        // A number drawn from a group before the word of death counts the dead.
        ("وقال المجلس العسكري إن 3 من عناصره قتلوا في قصف على بلدة تل تمر.", 3, nil),
        ("تصدى مقاتلونا لهجوم على نقطة في بلدة الصور، ارتقى أربعة من رفاقنا شهداء.", 4, nil),
        // One of a party's men before the word, the party's name between.
        ("وأفادت مصادر أن عنصرا من الجيش السوري أصيب جراء قصف مدفعي على أطراف بلدة الصور.", nil, 1),
        // The number of the dead does not count the wounded told after them; one relative is one.
        ("فقد طفلان حياتهما وأصيب والدهما بانفجار لغم في قرية الكسرة.", 2, 1),
        // One number for both nouns of a pair.
        ("سقط عشرات القتلى والجرحى بقصف مدفعي على بلدة هجين.", 12, 12),
        // A house named for the wounded counts none.
        ("استهدفت طائرة مسيرة تركية سيارة أمام دار الجرحى في مدينة القامشلي.", nil, nil),
    ]

    @Test("reads tolls", arguments: tollCases)
    func tolls(_ c: (text: String, fatalities: Int?, injured: Int?)) throws {
        let e = try only(c.text)
        #expect(e.fatalities == c.fatalities, "\(c.text)")
        #expect(e.injured == c.injured, "\(c.text)")
    }

    /// Dates against the publication day, Saturday 2 March 2019.
    static let dateCases: [(text: String, date: String?)] = [
        ("قصف طيران التحالف أمس بلدة الباغوز.", "2019-03-01"),
        ("قصف طيران التحالف أمس الأول بلدة الباغوز.", "2019-02-28"),
        ("قصف طيران التحالف ليلة الخميس بلدة الباغوز.", "2019-02-28"),
        ("قصف طيران التحالف صباح اليوم بلدة الباغوز.", "2019-03-02"),
        ("قصف طيران التحالف يوم 13 شباط/فبراير 2019 بلدة الباغوز.", "2019-02-13"),
        ("قصف طيران التحالف بلدة الباغوز.", nil),
        ("اعتقلت قسد اثنين من أشقائه في بلدة ذيبان.", nil),  // two, not Monday
        ("اغتال مجهولون أحد عناصر قسد في بلدة الحوايج.", nil),  // one, not Sunday
        ("قصف طيران التحالف يوم الخميس الماضي بلدة الباغوز.", "2019-02-28"),
        // The day, من, then the month: "on the 22nd of August".
        ("وفي 22 من شباط الماضي، قصف طيران التحالف بلدة الباغوز.", "2019-02-22"),
        ("وفي 13 من كانون الأول/ديسمبر، قصف طيران التحالف بلدة الباغوز.", "2018-12-13"),
        // The full date after اليوم states the day: it wins over the publication date.
        ("قصف طيران التحالف صباح اليوم الجمعة 1 آذار 2019 بلدة الباغوز.", "2019-03-01"),
        // The day told with من, in figures or as an ordinal: the day, not the middle of the month.
        ("قصف طيران التحالف في 13 من شباط الماضي بلدة الباغوز.", "2019-02-13"),
        ("قصف طيران التحالف في الثاني من شباط/فبراير الماضي بلدة الباغوز.", "2019-02-02"),
        ("قصف طيران التحالف في الحادي والعشرين من شباط بلدة الباغوز.", "2019-02-21"),
    ]

    @Test("resolves dates", arguments: dateCases)
    func dates(_ c: (text: String, date: String?)) throws {
        let e = try only(c.text)
        #expect(e.date?.description == c.date, "\(c.text)")
        #expect(e.timePrecision == (c.date == nil ? nil : 1))
    }

    @Test func aDatelineIsThePublicationDate() throws {
        let text = "دير الزور - السبت 15 كانون الأول/ديسمبر 2018\nسيطرت قسد أمس على بلدة هجين."
        let events = TestSupport.events(text)
        let e = try #require(events.first)
        #expect(e.date?.description == "2018-12-14")
    }

    @Test func aSubjectNamedEarlierInTheSentenceActs() throws {
        let e = try only("وشنت قوات تابعة لقسد، ليلة الخميس، حملة اعتقالات في مدينة الرقة طاولت نحو 10 شبان.")
        #expect(e.eventType == .arrests)
        #expect(e.actor1 == "SDF")
        #expect(e.affected == 10)
    }

    /// مدنيين with no number word is a plural (several), not two; الإثنين after a day part or with
    /// the article is Monday, not two.
    @Test func pluralCiviliansAndMondayAreNoTwo() throws {
        #expect(try only("نفذت الأسايش حملة اعتقالات بحق مدنيين في بلدة الشحيل.").affected == 3)
        #expect(try only("اعتقلت قسد مدنيين اثنين في بلدة الشحيل.").affected == 2)
        #expect(try only("اعتقلت قسد مساء الإثنين، 25 شاباً في بلدة الشحيل.").affected == 25)
        #expect(try only("أفرجت قسد، الإثنين، عن دفعة من المعتقلين في مدينة الحسكة.").affected == nil)
    }

    @Test func aPlacePlacedByADirectionFromATownIsTheSite() throws {
        // The town's place noun between the direction and its name changes nothing.
        let left = try only("غادرت 232 عائلة عراقية اليوم مخيم الهول جنوبي مدينة الحسكة.")
        #expect(left.location?.place.nameEn == "Al-Hol camp")
        #expect(left.geoPrecision == 1)
    }

    @Test func theCampaignToldAgainInAQuarterOfTheTownIsOne() throws {
        let e = try only("شنت قسد حملة دهم واعتقالات في مدينة الرقة. وقال المراسل إن عمليات الدهم تمت في حي الدرعية، وتم اعتقال 42 شخصاً.")
        #expect(e.location?.place.nameEn == "Al-Dariyah (Raqqa)")
        // A verb tells another incident there: two releases stay two.
        let two = TestSupport.events("أفرجت قسد عن 35 معتقلاً في مدينة الحسكة. وأفرجت قسد عن 180 معتقلاً في حي غويران.", date: Self.published)
        #expect(two.count == 2)
    }

    @Test func aStreetNamedAfterATownIsNotTheTown() throws {
        let e = try only("انفجرت عبوة ناسفة في شارع تل أبيض وسط مدينة الرقة.")
        #expect(e.location?.place.nameEn == "Raqqa")
    }

    @Test func theDayOfADateCountsNoOneArrestedOrReleased() throws {
        let arrest = try only("شنت قسد، اليوم الخميس 28 من شباط، حملة دهم في بلدة الشحيل.")
        #expect(arrest.eventType == .arrests)
        #expect(arrest.affected == nil)
        let release = try only("أفرجت قسد، أمس الجمعة 1-3-2019، عن عدد من المعتقلين في مدينة الحسكة.")
        #expect(release.affected == 3)
        let left = try only("وقال المرصد إن 850 شخصاً غادروا اليوم السبت 2 آذار 2019 مخيم الهول.")
        #expect(left.affected == 850)
    }

    @Test func aStrikeNamedAmericanIsTheCoalitions() throws {
        let e = try only("قتل خمسة عناصر من الميليشيات الإيرانية بقصف أمريكي على مواقعهم في بلدة الشحيل.")
        #expect(e.actor1 == "International Coalition")
        #expect(e.actor2 == "Iranian-backed militias")
        // The noun told, then the verb of hitting: a report, not commentary.
        let told = try only("والضربات الجوية الأمريكية استهدفت تجمعات للميليشيات الإيرانية في بلدة الشحيل.")
        #expect(told.eventType == .airDroneStrike)
    }

    @Test func aStrikeNamedTurkishOrRussianIsThatArmys() throws {
        let shelling = try only("أصيب ثلاثة مدنيين بقصف مدفعي تركي على قرية أم الكيف بريف تل تمر.")
        #expect(shelling.actor1 == ActorLexicon.turkey)
        let strike = try only("قتل مدنيان جراء غارات روسية على مدينة الميادين.")
        #expect(strike.actor1 == ActorLexicon.russia)
        #expect(strike.eventType == .airDroneStrike)
    }

    @Test func partiesJoinedByAndActTogether() throws {
        let e = try only("قصفت قوات النظام والميليشيات الإيرانية قرية الدحلة بريف دير الزور.")
        #expect(e.actor1 == ActorLexicon.saa)
        #expect(e.actor2 != ActorLexicon.iran)
        // An adjective of the first party's may stand before the و.
        let described = try only("قصفت قوات النظام السوري والميليشيات الإيرانية قرية الدحلة بريف دير الزور.")
        #expect(described.actor1 == ActorLexicon.saa && described.actor2 != ActorLexicon.iran)
        // Nor is the ally the other side of a battle whose sides the clause leaves out.
        let battle = TestSupport.events("حاصرت قوات النظام والميليشيات الإيرانية البلدة. واندلعت اشتباكات في بلدة البوكمال أمس.",
                                        date: Self.published)
        #expect(battle.count == 1 && battle.allSatisfy { $0.actor2 != ActorLexicon.iran }, "\(battle.map { $0.actor2 ?? "-" })")
        // بين X وY pairs foes: the report's two sides still fight the next battle.
        let foes = TestSupport.events("اندلعت اشتباكات بين قسد وداعش في بلدة الشعفة. وقتل عنصران في اشتباكات عنيفة في بلدة هجين أمس.",
                                      date: Self.published)
        #expect(foes.count == 2 && foes.allSatisfy { Set([$0.actor1, $0.actor2]) == [ActorLexicon.sdf, ActorLexicon.isis] },
                "\(foes.map { "\($0.actor1 ?? "-") / \($0.actor2 ?? "-")" })")
    }

    /// X التابعة لـ Y names whose unit X is: Y is no second side of the fighting.
    @Test func theBodyAUnitBelongsToIsNoSecondSide() throws {
        let e = try only("اندلعت اشتباكات بين قوات الأسايش التابعة لـ\"قسد\" وميليشيا الدفاع الوطني التابعة للنظام في مدينة القامشلي.")
        #expect(e.actor1 == ActorLexicon.asayish)
        #expect(e.actor2 == ActorLexicon.ndf)
        let joined = try only("استمرت المعارك في مدينة القامشلي بين قوات الأسايش التابعة لقسد والدفاع الوطني التابع لنظام الأسد.")
        #expect(joined.actor1 == ActorLexicon.asayish && joined.actor2 == ActorLexicon.ndf)
    }

    /// والمدعومة من التحالف adds a second description of the party before it: the backer is context.
    @Test func aBackerJoinedByAndIsNoParty() throws {
        let e = try only("قتل 4 عناصر من قوات سوريا الديمقراطية والمدعومة من قوات التحالف الدولي في هجوم نفذه تنظيم داعش في مدينة الرقة.")
        #expect(e.actor1 != ActorLexicon.coalition && e.actor2 != ActorLexicon.coalition, "\(e.actor1 ?? "-") / \(e.actor2 ?? "-")")
    }

    /// The attack word in the accusative (إن قصفاً مدفعياً للجيش الوطني) still names its author, and
    /// مقار (the plural of مقر) names what was hit.
    @Test func anAccusativeStrikeOfXIsXsAndItsHeadquartersAreTheTarget() throws {
        let e = try only("وقالت مصادر عسكرية إن قصفاً مدفعياً للجيش الوطني استهدف مقار قسد في قرية الهيشة شرق بلدة عين عيسى.")
        #expect(e.actor1 == ActorLexicon.sna)
        #expect(e.actor2 == ActorLexicon.sdf)
    }

    @Test func tribalFightingIsTribeAgainstTribeNotTheHolderOfThePlace() throws {
        let e = try only("قتل 5 أشخاص باشتباكات عشائرية في بلدة ذيبان التي تسيطر عليها قسد.")
        #expect(e.actor1 == ActorLexicon.tribal && e.actor2 == ActorLexicon.tribal)
    }

    @Test func whoHoldsThePlaceIsNoSideOfAKillingThere() throws {
        let e = try only("قتل لاجئ عراقي برصاص مجهولين في مخيم الهول الخاضع لسيطرة قوات سوريا الديمقراطية.")
        #expect(e.actor1 == ActorLexicon.unidentifiedArmed)
        #expect(e.actor2 == ActorLexicon.civilians)
        let town = try only("فقد مدنيان حياتهما برصاص مسلحين مجهولين ببلدة العباس الخاضعة لسيطرة القوات الحكومية.")
        #expect(town.actor2 == ActorLexicon.civilians)
    }

    @Test func anAttackOfAPartyWithItsAdjectiveIsThatPartys() throws {
        let e = try only("قتل ثلاثة وعشرون عنصرا من قسد إثر هجوم مباغت لتنظيم داعش على مواقع في بلدة الصور.")
        #expect(e.actor1 == ActorLexicon.isis)
        #expect(e.actor2 == ActorLexicon.sdf)
    }

    @Test func whoMetHisDeathIsActedOn() throws {
        let e = try only("لقي قيادي في تنظيم داعش مصرعه إثر غارة جوية شنتها طائرة مسيرة للتحالف الدولي في بلدة حمام التركمان.")
        #expect(e.actor1 == ActorLexicon.coalition)
        #expect(e.actor2 == ActorLexicon.isis)
    }

    @Test func aBackerNamedSecondInAPairIsNoParty() throws {
        let e = try only("شنت قسد حملة اعتقالات في بلدة الشحيل بدعم وإسناد من قوات التحالف الدولي.")
        #expect(e.actor1 == ActorLexicon.sdf)
    }

    @Test func whoRunsTheOutletIsNoParty() throws {
        let e = try only("وأكدت وكالة أنباء هاوار التابعة للإدارة الذاتية وقوع انفجار طال سيارة في مدينة القامشلي.")
        #expect(e.actor1 != ActorLexicon.aa)
        let sana = try only("وقالت وكالة سانا التابعة للنظام إن طائرة مسيرة تركية استهدفت منزلا في بلدة عامودا.")
        #expect(sana.actor1 == ActorLexicon.turkey)
        #expect(sana.actor2 != ActorLexicon.saa)
    }

    @Test func theNamedKillerActs() throws {
        let e = try only("قتل مدنيان على يد الجيش التركي في بلدة عامودا.")
        #expect(e.eventType == .attack)
        #expect(e.actor1 == ActorLexicon.turkey)
        #expect(e.fatalities == 2)
    }

    @Test func releasedDetaineesAreNoRiotersAndAreCounted() throws {
        let e = try only("أفرجت قوات سوريا الديمقراطية (قسد)، عن نحو 180 معتقلاً في مدينة الرقة.")
        #expect(e.actor1 == ActorLexicon.sdf)
        #expect(e.actor2 != ActorLexicon.rioters)
        #expect(e.affected == 180)
    }

    @Test func aListSeparatedByDashesIsOneEventEach() {
        let events = TestSupport.events("وتظاهر أهالي قرى (الصلالية - التنينير - رد شقرا) جنوب شرق مدينة الحسكة.", date: Self.published)
        #expect(events.compactMap { $0.location?.place.nameEn } == ["Salaliyeh", "Tneinir", "Rad Shaqra"])
    }

    @Test func whoLaunchedTheAttackThatWasFoughtOffActs() throws {
        let e = try only("أعلنت قسد عن مقتل أربعة من مقاتليها أثناء تصديهم لهجوم شنته خلايا داعش في بلدة ذيبان.")
        #expect(e.actor1 == ActorLexicon.isis && e.actor2 == ActorLexicon.sdf)
    }

    @Test func aTitleOfElevenWordsYieldsToTheBody() {
        let text = "مسيّرة تركية تستهدف موقعاً لقوى الأمن الداخلي الأسايش في مدينة القامشلي\nسمع دوي انفجار عنيف في مدينة القامشلي، ناجم عن استهداف طائرة مسيّرة تركية موقعاً للأسايش."
        let events = TestSupport.events(text, date: Self.published)
        #expect(events.count == 1)
        #expect(events.first?.evidenceStart ?? 0 > 0)
    }

    @Test func whoHeldWhatWasTakenLostIt() throws {
        let e = try only("سيطرت قسد على بلدة هجين وتمكنت من تحرير 6 نقاط كان يتمركز فيها مرتزقة داعش.")
        #expect(e.actor1 == ActorLexicon.sdf && e.actor2 == ActorLexicon.isis)
    }

    @Test func theShellingThatDestroyedIsTheStrikeToldBefore() throws {
        let e = try only("استهدفت غارات جوية مواقع للميليشيات على أطراف مدينة البوكمال. وأضافت المصادر أن القصف استهدف ثلاثة مواقع، مما أدى إلى مقتل 19 عنصرا وتدمير 3 آليات.")
        #expect(e.eventType == .airDroneStrike)
        #expect(e.fatalities == 19)
    }

    @Test func aHarmlessBlastAndADeadlyOneAreTwo() {
        let events = TestSupport.events("انفجرت عبوة ناسفة في مدينة الرقة ولم ينتج عنها إصابات. ثم انفجرت سيارة مفخخة في مدينة الرقة ما أدى لمقتل تسعة أشخاص.", date: Self.published)
        #expect(events.count == 2)
    }

    @Test func aDistrictPlacedByADirectionKeepsItsPlace() throws {
        let e = try only("قصفت طائرات مجهولة منطقة البوكمال شرق دير الزور.")
        #expect(e.location?.place.nameEn == "Abu Kamal")
    }

    @Test func theCountrysideOfACityIsNearIt() throws {
        let e = try only("قتل شاب في ريف مدينة دير الزور برصاص مجهولين.")
        #expect(e.geoPrecision == 2)
    }

    @Test func whoSaysIsNoParty() throws {
        let said = try only("قالت قوى الأمن الداخلي إن طائرة مسيرة تركية استهدفت سيارة مدنية في بلدة القحطانية.")
        #expect(said.actor1 == "Turkish Armed Forces")
        #expect(said.actor2 == "Civilians")
        // Saying what it did itself keeps the speaker: it is the one who acted.
        let claimed = try only("قالت قسد إنها سيطرت على بلدة هجين.")
        #expect(claimed.actor1 == "SDF")
    }

    @Test func whoTheDeedWasDoneByActs() throws {
        let by = try only("تتواصل عمليات القصف على مواقع قسد في ريف بلدة تل تمر من قبل الفصائل الموالية لأنقرة.")
        #expect(by.actor1 == ActorLexicon.sna && by.actor2 == ActorLexicon.sdf)
        let active = try only("قصفت قسد مواقع الجيش الوطني في قرية أم الكيف.")
        #expect(active.actor1 == ActorLexicon.sdf && active.actor2 == ActorLexicon.sna)
    }

    @Test func theCapitalOfADatelineIsNoParty() throws {
        let e = try only("دمشق – سانا: استشهد مدنيان في قصف تركي على قرية أم الكيف.")
        #expect(e.actor1 == ActorLexicon.turkey && e.actor2 != ActorLexicon.saa)
        let capital = try only("أنقرة تقصف قرية أم الكيف.")
        #expect(capital.actor1 == ActorLexicon.turkey)
    }

    @Test func aCountryABorderIsSharedWithAndAPartyInSpiteOfWhichAreNoSides() throws {
        let border = try only("اندلعت اشتباكات بين مسلحين في قرية تل حلف الحدودية مع تركيا.")
        #expect(border.actor1 != ActorLexicon.turkey && border.actor2 != ActorLexicon.turkey)
        let despite = try only("قصف الجيش التركي بلدة عين عيسى رغم انتشار القوات الروسية في محيطها.")
        #expect(despite.actor2 != ActorLexicon.russia)
        let watched = try only("قصفت الفصائل قرية أم الكيف، لتقوم مروحيات روسية بالتحليق فوقها.")
        #expect(watched.actor1 == ActorLexicon.sna && watched.actor2 != ActorLexicon.russia)
        let struck = try only("قصف الجيش التركي مواقع القوات الروسية في بلدة عين عيسى.")
        #expect(struck.actor1 == ActorLexicon.turkey && struck.actor2 == ActorLexicon.russia)
    }

    @Test func theMenOfAPartyClosingAListOfTheDeadAreTheDead() throws {
        let e = try only("وثق المرصد مقتل جندي تركي و3 عناصر من أحرار الشرقية بانفجار عبوة ناسفة قرب قرية عالية.")
        #expect(e.actor1 != ActorLexicon.sna && e.actor2 == ActorLexicon.sna)
        // Men of a party after another deed carried it out.
        let shelled = try only("قتل مدني في قصف نفذه عناصر من الجيش الوطني على قرية عالية.")
        #expect(shelled.actor1 == ActorLexicon.sna)
    }

    @Test func theTownAnUnknownVillageBelongsToIsNearTheEvent() throws {
        let village = try only("أصيب عنصران في قصف للقوات التركية على قرية عبدكوي التابعة لتل أبيض.")
        #expect(village.location?.place.nameEn == "Tal Abyad" && village.geoPrecision == 2)
        let town = try only("أصيب عنصران في قصف للقوات التركية على مدينة تل أبيض.")
        #expect(town.geoPrecision == 1)
    }

    @Test func theHospitalTheWoundedWereTakenToIsNotTheIncidentsPlace() throws {
        let e = try only("أصيب شاب بطلقات نارية برصاص مجهولين في بلدة الدوير، ليُنقل إلى مشفى في دمشق للعلاج.")
        #expect(e.location?.place.nameEn != "Damascus")
        let alone = TestSupport.events("وأصيب ابنه بطلقات نارية، ليُنقل إلى مشفى في دمشق للعلاج.", date: Self.published)
        #expect(alone.allSatisfy { $0.location?.place.nameEn != "Damascus" })
    }

    @Test func noDateIsGuessed() throws {
        let e = try #require(TestSupport.events("قصف طيران التحالف أمس بلدة الباغوز.").first)
        #expect(e.date == nil)
    }

    @Test func actorsActAndAreActedOn() throws {
        let e = try only("قصفت طائرات التحالف الدولي مواقع لتنظيم داعش في بلدة السوسة.")
        #expect(e.actor1 == "International Coalition")
        #expect(e.actor2 == "ISIS")
        let clash = try only("اندلعت اشتباكات بين قسد وفصائل الجيش الوطني في مدينة رأس العين.")
        #expect(clash.actor1 == "SDF")
        #expect(clash.actor2 == "Syrian National Army")
    }

    /// A partner named after بالتنسيق مع / بمشاركة / بالتعاون مع acts with the party, not on it.
    @Test func aPartnerIsNoTarget() throws {
        let joint = try only("شنت قوات سوريا الديمقراطية بالتنسيق مع قوى الأمن الداخلي حملة دهم واعتقالات بحق أهالي بلدة الشحيل.")
        #expect(joint.actor1 == "SDF")
        #expect(joint.actor2 == "Civilians")
        let raid = try only("نفذت قوات التحالف الدولي بالتعاون مع قسد عملية إنزال جوي في بلدة الشحيل.")
        #expect(raid.actor1 == "International Coalition")
        #expect(raid.actor2 != "SDF")
        let alone = try only("نفذت دورية بمشاركة التحالف الدولي حملة دهم في بلدة الشحيل.")
        #expect(alone.actor2 == nil)
    }

    /// فقد ... حياته with its subject's noun phrase between: the victim is acted on; a verb between ends
    /// the reach.
    @Test func whoLostTheirLifeIsActedOn() throws {
        let e = try only("فقد أحد أفراد الأسايش في بلدة الشحيل حياته برصاص مجهولين.")
        #expect(e.eventType == .attack)
        #expect(e.actor1 == "Unidentified armed group")
        #expect(e.actor2 == "Asayish")
        #expect(TestSupport.events("فقد أعلنت الإدارة الذاتية في بلدة الشحيل أن الحرب تهدد حياته.", date: Self.published).isEmpty)
    }

    /// The party that came under a strike (تعرض لاستهداف، استُهدف بصواريخ) is acted on; after an active
    /// استهدفت with an object it is the one striking.
    @Test func whoCameUnderAStrikeIsActedOn() throws {
        for text in ["تعرضت قوات سوريا الديمقراطية في بلدة الشحيل لاستهداف بطائرة مسيرة.",
                     "قسد تعرضت لاستهداف بطائرة مسيرة في بلدة الشحيل.",
                     "استُهدفت قوات سوريا الديمقراطية في بلدة الشحيل بثلاثة صواريخ."] {
            let e = try only(text)
            #expect(e.actor1 != "SDF", "\(text)")
            #expect(e.actor2 == "SDF", "\(text)")
        }
        let active = try only("استهدفت قوات سوريا الديمقراطية مواقع لتنظيم داعش في بلدة الشحيل بقذائف الهاون.")
        #expect(active.actor1 == "SDF")
        #expect(active.actor2 == "ISIS")
    }

    /// American helicopters and aircraft are the Coalition's, and a helicopter strikes from the air.
    @Test func americanHelicoptersAreTheCoalitions() throws {
        for text in ["استهدفت طائرة مروحية أمريكية منزلا في قرية الجاموس بالصواريخ.",
                     "قصفت مروحيات أمريكية مواقع لتنظيم داعش في بلدة الشحيل.",
                     "استهدفت طائرات أمريكية مواقع لتنظيم داعش في بلدة الشحيل."] {
            let e = try only(text)
            #expect(e.eventType == .airDroneStrike, "\(text)")
            #expect(e.actor1 == "International Coalition", "\(text)")
        }
    }

    @Test func theCorrespondentsTownIsNotTheIncidents() throws {
        // The reporter writes from Deir ez-Zor; the arrests were at a place geomap does not know.
        let unknown = "قال مراسل شبكة جسر بدير الزور إن قسد اعتقلت ثلاثة شبان في قرية برقوشة الغربية."
        #expect(try only(unknown).location == nil)
        let known = "قال مراسل شبكة جسر بدير الزور إن قسد اعتقلت ثلاثة شبان في بلدة الشحيل."
        #expect(try only(known).location?.place.nameEn == "Al-Shuhayl")
    }

    @Test func theShellingToldAfterADroneStrikeIsThatStrike() throws {
        let text = "استهدفت طائرة مسيرة تركية سيارة في بلدة القحطانية. كان بداخلها ثلاثة أشخاص أصيب اثنان منهم نتيجة القصف."
        let e = try only(text)
        #expect(e.eventType == .airDroneStrike)
        #expect(e.injured == 2)
    }

    @Test func aBlowToTheHeadIsNoAirStrike() {
        let events = TestSupport.events("توفي رجل بعد تلقيه ضربة على رأسه في مخيم الهول.", date: Self.published)
        #expect(events.allSatisfy { $0.eventType != .airDroneStrike }, "\(events.map(\.eventType))")
    }

    @Test func aTitleWithAnEllipsisYieldsToTheBody() throws {
        let text = "ارتفاع عدد قتلى تفجير داعش بالرقة... وحملة اعتقالات\nفجر انتحاري سيارة مفخخة في مدينة الرقة ما أدى إلى مقتل 12 شخصا."
        let bombs = TestSupport.events(text, date: Self.published).filter { $0.eventType == .suicideBomb || $0.eventType == .remoteExplosive }
        #expect(bombs.count == 1, "\(bombs.map(\.evidence))")
        #expect(bombs.first?.fatalities == 12)
    }

    @Test func aDeedDatedAgainstIsAnIncidentOfItsOwnAtItsPlace() {
        let text = "وفي مدينة الحسكة، أفرج عن طفل بعد أربعة أيام من اختطافه من أمام منزله في حي العزيزية."
        let events = TestSupport.events(text, date: Self.published)
        let release = events.first { $0.eventType == .otherStrategic }
        let abduction = events.first { $0.eventType == .abduction }
        #expect(release?.location?.place.nameEn == "Hasakah", "\(events.map { ($0.eventType, $0.location?.place.nameEn) })")
        #expect(abduction?.location?.place.nameEn.hasPrefix("Al-Aziziyah") == true, "\(events.map { ($0.eventType, $0.location?.place.nameEn) })")
    }

    @Test func betweenTwoPlacesIsOneIncidentNearTheFirst() throws {
        let e = try only("استهدفت طائرة مسيرة تركية سيارة على الطريق الدولي بين القامشلي والقحطانية.")
        #expect(e.location?.place.nameEn == "Qamishli")
        #expect(e.geoPrecision == 2)
    }

    @Test func twoPlacesInOneSentenceAreTwoEvents() {
        let events = TestSupport.events("خرجت تظاهرات في بلدتي الكرامة ومعدان.", date: Self.published)
        #expect(events.map { $0.location?.place.nameEn ?? "-" }.sorted() == ["Karama", "Maadan"])
    }

    @Test func theSameIncidentToldTwiceIsOneEvent() {
        let text = "سيطرت قسد على بلدة هجين. وأكدت مصادر أن قسد سيطرت على بلدة هجين بالكامل."
        #expect(TestSupport.events(text, date: Self.published).count == 1)
    }

    @Test func aStrikeToldByGharaThenByTargetedIsOneEvent() throws {
        // The summary names the countryside and the word for an air raid; the detail, the town and "targeted".
        let text = "لقي قيادي في تنظيم داعش مصرعه اليوم إثر غارة جوية لطائرة مسيرة في ريف الرقة الشمالي. وقال مصدر إن طائرة مسيرة استهدفت القيادي في بلدة حمام التركمان."
        let e = try only(text)
        #expect(e.location?.place.nameEn == "Hammam At-Turkman")
    }

    @Test func aStrikeInAQuarterRetoldAtTheCityIsOneEvent() throws {
        let text = "قتل ثلاثة أشخاص باستهداف طائرة مسيرة تركية سيارة في حي الهلالية بمدينة القامشلي. وقال مراسل في مدينة القامشلي إن ثلاثة أشخاص قتلوا إثر استهداف المسيرة التركية لسيارة تتبع لقسد."
        let e = try only(text)
        #expect(e.location?.place.nameEn == "Al-Hilaliyah")
        #expect(e.fatalities == 3)
    }

    @Test func alsoHitIsAnotherTargetNotARetelling() {
        let text = "وردت الطائرات الروسية بغارات على مواقع للتنظيم في بادية الميادين، كما استهدفت مرتفعات جبل البشري."
        #expect(TestSupport.events(text, date: Self.published).count == 2)
    }

    @Test func evidenceSpansTheClause() throws {
        let text = "قتل خمسة مدنيين بغارة على بلدة هجين، فيما أصيب ثلاثة بقصف مدفعي على بلدة الباغوز."
        let events = TestSupport.events(text, date: Self.published)
        #expect(events.count == 2)
        let scalars = Array(text.unicodeScalars)
        for e in events {
            #expect(String(String.UnicodeScalarView(scalars[e.evidenceStart..<e.evidenceEnd])) == e.evidence)
        }
    }

    @Test func aHeadlineYieldsToTheBody() throws {
        let text = "قسد تسيطر على هجين\nسيطرت قوات سوريا الديمقراطية أمس على بلدة هجين بعد معارك عنيفة."
        let events = TestSupport.events(text, date: Self.published)
        let e = try #require(events.first)
        #expect(events.count == 1)
        #expect(e.evidence.hasPrefix("سيطرت"))
        #expect(e.date?.description == "2019-03-01")
    }

    @Test func twoKindsOfIncidentAroundACommaAreTwoEvents() {
        let text = "سيطرت قسد على مدينة الطبقة، بعد اتفاق سمح لعناصر التنظيم بالانسحاب من سد الفرات."
        let types = TestSupport.events(text, date: Self.published).map(\.eventType)
        #expect(types.contains(.nonStateActorOvertakesTerritory) && types.contains(.agreement), "\(types)")
    }

    /// Background and prospects are not incidents.
    static let backgroundCases: [String] = [
        "أفرجت الأسايش عن عناصر من التنظيم الذين كانت تعتقلهم في سجونها.",  // only the release
        "وعلى الرغم من أن استعادة السيطرة على الباغوز ستكون علامة فارقة في الحرب.",
        "وقال المراقبون إن شراسة القتال في البلدة تكشف أن التنظيم لن يستسلم.",
    ]

    @Test("background is no incident", arguments: backgroundCases)
    func background(_ text: String) {
        let events = TestSupport.events(text, date: Self.published)
        #expect(events.allSatisfy { $0.eventType == .otherStrategic }, "\(text): \(events.map(\.eventType))")
        #expect(events.count <= 1)
    }

    @Test func aBackReferenceDatesTheIncident() throws {
        let text = "سيطرت قسد على بلدة الشعفة بعد اشتباكات. وقال قيادي إن الاشتباكات تواصلت ليل أمس في الشعفة."
        let events = TestSupport.events(text, date: Self.published)
        #expect(events.count == 1)
    }

    /// A short report in the style of a monitoring network, none of whose sentences the rules
    /// were written from: every event with its type, place, actors and toll.
    @Test func aReportReadEndToEnd() {
        let text = """
            دير الزور – 12 آب 2022
            قتل ثلاثة عناصر من قوات سوريا الديمقراطية وأصيب آخرون، صباح اليوم، بهجوم مسلح شنه مجهولون على حاجز لهم في بلدة الشحيل بريف دير الزور الشرقي.
            ونفذت طائرة مسيرة تركية غارة على سيارة في محيط مدينة القامشلي مساء أمس، ما أدى لمقتل قيادي في وحدات حماية الشعب.
            واعتقلت دورية تابعة لقسد ثلاثة شبان خلال حملة مداهمة في بلدة الشحيل.
            كما انفجر لغم أرضي بسيارة تقل مدنيين على طريق الحسكة - الشدادي، ما أسفر عن مقتل امرأة وطفلها.
            """
        let events = TestSupport.events(text)
        let rows = events.map { e in
            "\(e.eventType.subEventType) | \(e.location?.place.nameEn ?? "-") | \(e.date?.description ?? "-") | \(e.actor1 ?? "-") / \(e.actor2 ?? "-") | \(e.fatalities.map(String.init) ?? "-")"
        }
        #expect(rows == [
            "Armed clash | Al-Shuhayl | 2022-08-12 | Unidentified armed group / SDF | 3",
            "Air/drone strike | Qamishli | 2022-08-11 | Turkish Armed Forces / SDF | 1",
            "Arrests | Al-Shuhayl | - | SDF / Civilians | -",  // no date expression in its sentence
            "Remote explosive/landmine/IED | Hasakah | - | Unidentified armed group / Civilians | 2",
        ], "\(rows)")
    }

    /// A summary "in Deir ez-Zor" (the governorate as much as its seat) and the detail that names
    /// the village are one incident when they count the same dead; a running toll of days of
    /// fighting and a raid told next are two.
    @Test func aSummaryAtTheGovernorateSeatYieldsToItsDetail() {
        let one = TestSupport.events("""
            قُتل عنصر من قوات سوريا الديمقراطية اليوم الجمعة في دير الزور برصاص مسلحين مجهولين.
            وقال المرصد السوري إن مسلحين مجهولين أطلقوا النار على عنصر من قسد في بلدة الشحيل بريف دير الزور الشرقي، ما أدى إلى مقتله.
            """, date: Self.published)
        #expect(one.map { $0.location?.place.nameEn } == ["Al-Shuhayl"])
        #expect(one.first?.date != nil)
        let two = TestSupport.events("""
            تواصلت يوم الأربعاء الاشتباكات في دير الزور بين قسد ومسلحين من العشائر حيث وصل عدد القتلى إلى 34 قتيلا.
            وقال المرصد إن 4 أشخاص لقوا مصرعهم في عملية اقتحام نفذتها دورية لقسد في بلدة الشحيل بريف دير الزور.
            """, date: Self.published)
        #expect(two.count == 2, "\(two.map { $0.location?.place.nameEn ?? "-" })")
        // With مدينة the seat is the city itself, no summary of the governorate.
        let city = TestSupport.events("""
            قُتل عنصر من قسد اليوم في مدينة دير الزور برصاص مسلحين مجهولين.
            وقُتل عنصر آخر من قسد في بلدة الشحيل برصاص مسلحين مجهولين.
            """, date: Self.published)
        #expect(city.count == 2, "\(city.map { $0.location?.place.nameEn ?? "-" })")
    }

    /// "وسبق أن ..." recalls an earlier incident: its own event, never merged into the one the report
    /// tells now (which would take its date). سبق with a noun only orders two incidents.
    @Test func anIncidentRecalledWithSabaqaAnIsAnotherOne() {
        let events = TestSupport.events("""
            قتل 5 أشخاص باشتباكات عشائرية في بلدة ذيبان بريف دير الزور.
            وسبق أن قتل شخص الشهر الفائت باشتباكات عشائرية في ريف دير الزور أيضا.
            """, date: Self.published)
        #expect(events.count == 2, "\(events.map { $0.location?.place.nameEn ?? "-" })")
        #expect(events.first { $0.fatalities == 5 }?.date == nil)
        // "At that time" goes on telling the incident recalled.
        let then = TestSupport.events("""
            قتل 5 أشخاص باشتباكات عشائرية في بلدة ذيبان بريف دير الزور.
            وسبق أن قتل طفل بانفجار لغم في بلدة الطيانة.
            وقالت مصادر محلية حينها إن اللغم انفجر بالطفل في بلدة الطيانة وأدى لمقتله.
            """, date: Self.published)
        #expect(then.count == 2, "\(then.map { $0.location?.place.nameEn ?? "-" })")
    }

    /// "For the second time within a week" counts how often an incident recurred: the incident is
    /// told all the same; a toll "within the past week" stays a tally.
    @Test func aRecurrenceIsNoTally() throws {
        let e = try only("قصفت القوات التركية، للمرة الثانية خلال أسبوع، قرية الدردارة بريف تل تمر.")
        #expect(e.eventType == .shelling)
        #expect(TestSupport.events("قتل 12 مدنياً في قرية الدردارة خلال الأسبوع الماضي.", date: Self.published).isEmpty)
    }

    /// A summary and its detail told next are one incident though their words type it differently:
    /// the detail names a place inside the summary's, and the summary says only "an attack" or
    /// counts the same dead. The detail gives the place and the type.
    @Test func aSummaryAndItsDetailOfAnotherTypeAreOneIncident() throws {
        let e = try only("هجوم على حاجز لقسد في ريف دير الزور الشرقي. أطلق مسلحون النار على عناصر الحاجز قرب بلدة ذيبان فقتلوا عنصرا.")
        #expect(e.location?.place.nameEn == "Dhiban")
        #expect(e.eventType == .attack && e.fatalities == 1)
        let sameDead = try only("""
            لقي عنصران من قوات النظام مصرعهما من جراء هجوم نفذه مجهولون في ريف دير الزور الشرقي.
            وأفادت مصادر بأن مجهولين استهدفوا بالرصاص عنصرين من قوات النظام في بلدة ذيبان، ما أدى إلى مقتلهما.
            """)
        #expect(sameDead.location?.place.nameEn == "Dhiban" && sameDead.fatalities == 2)
        // A shelling of the region and a battle in one of its villages are two incidents; so is one
        // told with كما, and a detail told before the line that sums the region up.
        for two in [
            "قصف مدفعي تركي على ريف تل تمر. واندلعت اشتباكات بين قسد والفصائل في قرية أم الكيف.",
            "هجوم على حاجز لقسد في ريف دير الزور الشرقي. كما انفجرت عبوة ناسفة في بلدة ذيبان.",
            "انفجر لغم قرب بلدة مركدة. وهاجمت خلايا التنظيم فجر اليوم نقطة عسكرية في ريف الحسكة الجنوبي وأصابت ثلاثة عناصر.",
        ] {
            let events = TestSupport.events(two, date: Self.published)
            #expect(events.count == 2, "\(two): \(events.map { "\($0.eventType) at \($0.location?.place.nameEn ?? "-")" })")
        }
    }

    /// A record of many attacks (counted by ten or more, or recalled with سبق أن) is a tally: no
    /// incident in each place it names. Attacks told on a night, or one recalled attack, are told.
    @Test func aRecordOfManyAttacksIsNoIncident() {
        nonEvent("قال مصدر إن التنظيم سبق وأن نفذ هجمات في محافظات الرقة ودير الزور والحسكة.")
        nonEvent("نفذ التنظيم عشرات الهجمات في مناطق دير الزور والرقة.")
        nonEvent("نفذت خلايا التنظيم 20 هجوماً في ريف دير الزور الشرقي.")
        nonEvent("وكانت الضربات رداً على تصاعد الهجمات ضد القوات الأمريكية في مدينة البوكمال.")  // a rise in attacks
        nonEvent("وسجل مخيم الهول 16 اغتيالاً منذ مطلع العام.")  // assassinations counted
        #expect(TestSupport.events("شن التنظيم هجمات على مواقع قسد في بلدة ذيبان ليلة أمس.", date: Self.published).count == 1)
        #expect(TestSupport.events("وسبق أن شن التنظيم هجوماً على حاجز في بلدة ذيبان.", date: Self.published).count == 1)
    }

    /// A relative clause that says the place saw a deed on a day it names tells an incident there;
    /// undated, it describes the place.
    @Test func aDatedDeedInARelativeClauseIsAnIncidentAtItsAntecedent() throws {
        let calm = try only("عاد الهدوء إلى بلدة الشحيل التي شهدت هجوماً مسلحاً يوم أمس.")
        #expect(calm.location?.place.nameEn == "Al-Shuhayl")
        #expect(calm.date == CivilDate(iso: "2019-03-01"))
        let killed = try only("قتل عنصر من قسد في بلدة ذيبان التي شهدت هجوماً مسلحاً يوم أمس.")
        #expect(killed.location?.place.nameEn == "Dhiban" && killed.fatalities == 1)
        let checkpoint = try only("انسحب العناصر من الحاجز الذي تعرض لهجوم فجر اليوم قرب بلدة الشحيل.")
        #expect(checkpoint.location?.place.nameEn == "Al-Shuhayl")
        nonEvent("عاد الهدوء إلى بلدة الشحيل التي شهدت هجوماً مسلحاً.")
    }

    /// Whom a party blames for a deed is no report of one; a claim of it is.
    @Test func aBlameIsNoIncident() throws {
        nonEvent("حمّلت قسد تنظيم داعش مسؤولية هجوم استهدف حاجزاً في بلدة ذيبان.")
        nonEvent("ألقت قسد باللوم على داعش في هجوم على حاجز في بلدة ذيبان.")
        nonEvent("اتهمت الأسايش خلايا داعش بالوقوف وراء التفجير في مدينة الرقة.")
        let told = try only("انفجرت عبوة ناسفة في بلدة ذيبان أمس. وحمّلت الإدارة الذاتية خلايا داعش مسؤولية الهجمات في بلدة ذيبان.")
        #expect(told.eventType == .remoteExplosive)
        let claimed = try only("أعلن تنظيم داعش مسؤوليته عن هجوم استهدف حاجزاً لقسد في بلدة ذيبان.")
        #expect(claimed.actor1 == ActorLexicon.isis)
    }

    /// A telling that refers back to strikes told at an area names the places they hit: each is an
    /// incident of its own; "also" or the deed's own verb takes it to places elsewhere; a verb of
    /// another deed in a relative clause does not.
    @Test func theStrikesToldAgainAtTheirPlacesAreAnIncidentAtEach() throws {
        let summary = "نفذت القوات الأمريكية ضربات جوية استهدفت مواقع في منطقة البوكمال."
        let villages = TestSupport.events(summary + " والضربات استهدفت تجمعات للميليشيات في قرى الجلاء والسيال وحسرات.", date: Self.published)
        #expect(villages.map { $0.location?.place.nameEn ?? "-" } == ["Jalaa", "Siyal", "Hasrat"])
        #expect(villages.allSatisfy { $0.eventType == .airDroneStrike && $0.actor1 == ActorLexicon.coalition })
        let shelling = TestSupport.events("قصفت المدفعية التركية قرى شرق بلدة عين عيسى، كما طال القصف قرى غربي تل أبيض.", date: Self.published)
        #expect(shelling.map { $0.location?.place.nameEn ?? "-" } == ["Ain Issa", "Tal Abyad"])
        let response = try only(summary + " وجاءت الضربات رداً على الهجمات التي استهدفت قاعدة الشدادي.")
        #expect(response.location?.place.nameEn == "Abu Kamal")
        // A toll told after the places belongs to the incident first told, not to the last place.
        let toll = TestSupport.events("قصفت المدفعية التركية قرى شرق بلدة عين عيسى، كما طال القصف قرى غربي تل أبيض. "
            + "واستقبل مشفى عين عيسى ثلاثة جرحى نتيجة القصف المدفعي.", date: Self.published)
        #expect(toll.map(\.injured) == [3, nil])
        // A place reached twice is one incident there.
        let twice = TestSupport.events("نفذت طائرات أمريكية غارات على مواقع في مدينة البوكمال. واستهدفت الغارات أيضاً "
            + "مواقع في مدينة الميادين. وطالت الغارات كذلك جسراً قرب مدينة الميادين.", date: Self.published)
        #expect(twice.map { $0.location?.place.nameEn ?? "-" } == ["Albu Kamal", "Mayadin"])
        // "The American strike in Syria", however far down the report, is the strike it told.
        let inSyria = "وجهت القوات الأميركية فجر الجمعة ضربة عسكرية لميليشيات تدعمها إيران في مدينة البوكمال شرق دير الزور. "
            + "ونقلت وكالات عن مسؤولين قولهم إن الضربة جاءت بعد سلسلة هجمات على قواعد أمريكية في العراق، وإن الرد سيكون "
            + "متناسباً مع حجم الهجمات التي طالت الجنود خلال الأسابيع الماضية وفق ما ذكرته المصادر ذاتها، التي أشارت "
            + "إلى أن واشنطن أبلغت حلفاءها مسبقاً بموعد الرد وبالأهداف التي ستطالها الطائرات في المنطقة الحدودية. "
            + "والضربة الأميركية على المليشيات الإيرانية في سوريا تأتي بعد سلسلة هجمات صاروخية على أهداف أميركية."
        #expect(TestSupport.events(inSyria, date: Self.published).map { $0.location?.place.nameEn ?? "-" } == ["Albu Kamal"])
    }

    /// A clause that counts back months or years tells something long past or a state over that
    /// time; days date an incident, and a period with a verb of its own dates that verb.
    @Test func aPeriodOfYearsIsNoIncidentOfTheDay() throws {
        nonEvent("وشهد مخيم الهول عمليات إجلاء مستمرة للعراقيين منذ أربع سنوات.")
        nonEvent("وكانت قرية الأربعين شهدت اشتباكات عنيفة بين الجيش الوطني وقسد قبل نحو ثلاث سنوات.")
        let days = try only("قتل شاب برصاص مجهولين في بلدة ذيبان قبل ثلاثة أيام.")
        #expect(days.date == CivilDate(iso: "2019-02-27"))
        _ = try only("كسرت القوات الحصار الذي فرضه التنظيم على مدينة دير الزور منذ ثلاث سنوات.")
    }

    /// وذلك عقب: what the news followed is background, like وذلك بعد.
    @Test func whatTheNewsFollowedIsBackground() throws {
        let shelling = try only("قصفت القوات التركية بلدة تل تمر، وذلك عقب اتفاق بين قسد والحكومة في دمشق.")
        #expect(shelling.eventType == .shelling)
    }

    /// A date right after a verb of telling dates the telling; the deed's own date wins.
    @Test func theDateOfTheTellingGivesWayToTheDeeds() throws {
        let told = try only("وثق المرصد، أمس، مقتل جندي تركي في استهداف عربتهم يوم الخميس 28 شباط بعبوة ناسفة قرب مدينة رأس العين.")
        #expect(told.date == CivilDate(iso: "2019-02-28"))
        let yesterday = try only("قتل جندي تركي أمس بعبوة ناسفة قرب مدينة رأس العين.")
        #expect(yesterday.date == CivilDate(iso: "2019-03-01"))
    }

    /// Going off the road or out of service is no one leaving a place; leaving by a road is.
    @Test func outOfServiceIsNoDeparture() throws {
        nonEvent("أدى الحادث إلى خروج سيارة العناصر عن الطريق العام قرب بلدة تل تمر.")
        let left = try only("خرجت عشرات العائلات من بلدة تل تمر عن طريق معبر.")
        #expect(left.eventType == .otherStrategic)
    }

    /// Storming a place to seize people is the seizing; storming that kills is an attack.
    @Test func stormingToSeizePeopleIsTheSeizing() throws {
        #expect(try only("طوقت مجموعات من قسد قرية المدينة شرق الشدادي واقتحمتها واختطفت عدداً من شبانها.").eventType == .abduction)
        #expect(try only("اقتحمت الأسايش منزلاً في بلدة عامودا واعتقلت شاباً.").eventType == .arrests)
        #expect(try only("اقتحم مسلحون بلدة عامودا وقتلوا شاباً.").eventType == .attack)
    }

    /// A captive freed for a ransom is no ground taken; a village freed is.
    @Test func aCaptiveFreedForARansomIsNoCapture() throws {
        #expect(try only("تم تحريره مقابل 10.000 دولار في حي غويران بمدينة الحسكة.").eventType == .otherStrategic)
        #expect(try only("حررت قسد قرية الباغوز من داعش.").eventType == .nonStateActorOvertakesTerritory)
    }

    /// A security operation is a sweep, like a security campaign.
    @Test func aSecurityOperationIsASweep() throws {
        let sweep = try only("أطلقت الأسايش عملية أمنية في مخيم الهول اليوم.")
        #expect(sweep.eventType == .arrests && sweep.actor1 == ActorLexicon.asayish)
    }

    /// Who killed, who struck from the air, who helped: the parties of a deed by their roles.
    @Test func thePartiesByTheirRoles() throws {
        // Named as the killer after the victim, in the passive.
        let killed = try only("لقي أحد وجهاء مدينة القامشلي مصرعه مساء أمس بعد اغتياله من قبل مجهولين.")
        #expect(killed.actor1 == ActorLexicon.unidentifiedArmed)
        #expect(try only("قتلت القوات التركية مدنيين اثنين في بلدة عامودا.").actor1 == ActorLexicon.turkey)
        // A drone strike is carried out by a party with aircraft, whoever is named first.
        let drone = try only("تعطلت سيارة لعناصر قسد قرب قرية التنورية قبل أن تستهدفها مسيرة تركية اليوم.")
        #expect(drone.actor1 == ActorLexicon.turkey && drone.actor2 == ActorLexicon.sdf)
        // A helper is no party, and neither is who holds the place, in a clause that names none.
        #expect(try only("بمساعدة قوات التحالف، اعتقلت قسد عدداً من الشبان في بلدة الشدادي.").actor1 == ActorLexicon.sdf)
        let blast = try only("تشهد مدينة رأس العين الخاضعة لسيطرة الجيش الوطني توتراً أمنياً، إذ قتل ثلاثة مدنيين بانفجار سيارة مفخخة أمس.")
        #expect(blast.actor1 != ActorLexicon.sna)
        // Two tellings of a raid by one party do not make it both sides.
        let raid = try only("نفذت قوات سوريا الديمقراطية (قسد) حملة مداهمات في قرية خربة عمو. وأسفرت الحملة عن اعتقال خمسين شاباً.")
        #expect(raid.actor1 == ActorLexicon.sdf && raid.actor2 != ActorLexicon.sdf)
    }

    /// Counts that are no victims: the children someone has, an age in years; one person named
    /// before the verb is one victim.
    @Test func countsThatAreNoVictims() throws {
        #expect(try only("أفاد مصدر أن لاجئاً عراقياً، لديه 6 أولاد، قتل بأداة حادة في مخيم الهول.").fatalities != 6)
        #expect(try only("قال مراسل إن الطفل أيمن (10 سنوات) قتل بانفجار لغم في قرية الأربعين.").fatalities != 3)
        #expect(try only("قال مراسل إن طفلاً قتل بانفجار لغم في قرية الأربعين.").fatalities == 1)
        #expect(try only("قتل خمسة مدنيين بغارة على بلدة هجين.").fatalities == 5)
    }

    /// A point between digits (10.000 دولار، 2.5 كم) ends no sentence; a full stop does.
    @Test func aPointBetweenDigitsEndsNoSentence() {
        let text = "دفع ذووه 10.000 دولار لقاء الإفراج عنه. ثم عاد إلى منزله."
        let analysis = TestSupport.extractor.analyze(Document(source: "test.txt", text: text))
        let clauses = Segmenter.clauses(text: text, tokens: analysis.tokens)
        #expect(Set(clauses.map(\.sentence)).count == 2, "\(text)")
    }

    /// The second of a pair joined by و shares the first's word of nearness, not its own precision.
    @Test func aPairSharesItsWordOfNearness() {
        let countryside = TestSupport.events("قصفت القوات التركية أرياف بلدتي تل تمر وأبو راسين.", date: Self.published)
        #expect(countryside.count == 2 && countryside.allSatisfy { $0.geoPrecision == 2 }, "\(countryside.map { ($0.location?.place.nameEn, $0.geoPrecision) })")
        let towns = TestSupport.events("قصفت القوات التركية بلدتي تل تمر وأبو راسين.", date: Self.published)
        #expect(towns.count == 2 && towns.allSatisfy { $0.geoPrecision == 1 }, "\(towns.map { ($0.location?.place.nameEn, $0.geoPrecision) })")
    }

    /// Who struck and who was struck, told through a party's men: برصاص عناصر قسد (its men shot),
    /// سيارة عناصر قسد (its men's car was hit), مسلحي قسد (the gunmen are the party's).
    @Test func aPartysMenStrikeOrAreStruckAsTheWordBeforeThemSays() throws {
        let shot = try only("قتل شاب برصاص عناصر قسد في بلدة الكسرة.")
        #expect(shot.actor1 == ActorLexicon.sdf)
        let gunmen = try only("استشهد مدني برصاص مسلحي قسد في بلدة ذيبان.")
        #expect(gunmen.actor1 == ActorLexicon.sdf && gunmen.actor2 == ActorLexicon.civilians)
        let fired = try only("قتل عنصران من قسد بإطلاق مقاتلي داعش النار عليهما في بلدة ذيبان.")
        #expect(fired.actor1 == "ISIS" && fired.actor2 == ActorLexicon.sdf)
        let car = try only("احترقت سيارة عناصر قسد بعدما استهدفتها المسيرة التركية قرب قرية التنورية.")
        #expect(car.actor1 == ActorLexicon.turkey && car.actor2 == ActorLexicon.sdf)
    }

    /// A party a source is close to, or a group is tied to, is no side: مصادر مقربة من قسد،
    /// الميليشيا المرتبطة بالتحالف.
    @Test func aPartyCloseToTheSourceIsNoSide() throws {
        let e = try only("ذكرت مصادر مقربة من قسد أن طائرة تركية مسيرة قصفت سيارة قرب بلدة الدرباسية.")
        #expect(e.actor1 == ActorLexicon.turkey)
        #expect(e.actor2 != ActorLexicon.sdf)
        let tied = try only("قتل رجل برصاص عناصر قسد المرتبطة بالتحالف الدولي في بلدة الصور.")
        #expect(tied.actor1 == ActorLexicon.sdf && tied.actor2 != "International Coalition")
    }

    /// A retelling that names whose drone struck names the side the first telling left unknown.
    @Test func aRetellingNamesTheUnknownDrone() throws {
        let events = TestSupport.events("""
            قصفت طائرة مسيرة مجهولة سيارة في بلدة عامودا.
            وقالت مصادر محلية إن طائرة مسيرة تركية استهدفت السيارة في بلدة عامودا.
            """, date: Self.published)
        #expect(events.count == 1)
        #expect(events.first?.actor1 == ActorLexicon.turkey)
    }

    /// The place of a dateline (أربيل (وكالة)-) is where the report was filed: "the area" of a later
    /// line does not refer back to it.
    @Test func theAreaIsNotTheDatelinesPlace() {
        let events = TestSupport.events("""
            أربيل (وكالة الأنباء)- أعلنت قسد مقتل خمسة من مقاتليها في هجوم على محافظة دير الزور.
            وقتل مدني بقصف على المنطقة أمس.
            """, date: Self.published)
        #expect(!events.contains { $0.location?.place.nameEn == "Erbil" }, "\(events.map { $0.location?.place.nameEn ?? "-" })")
    }

    /// A title's "dozens of dead" is a vague toll: the count the body states replaces it.
    @Test func aTitlesVagueTollYieldsToTheBodysCount() throws {
        let e = try only("""
            اشتباكات في بلدة ذيبان تخلف عشرات القتلى والجرحى
            اندلعت اشتباكات عنيفة في بلدة ذيبان بين قسد ومسلحين من العشائر، حيث قتل 25 شخصا.
            """)
        #expect(e.fatalities == 25)
    }

    /// كان before the verb recalls an earlier incident when the sentence names its day; without a
    /// day it is background.
    @Test func aRecalledIncidentWithItsDayIsAnIncident() throws {
        let e = try only("وكانت طائرة مسيرة تركية استهدفت سيارة قرب قرية تل شعير، يوم 20 شباط.")
        #expect(e.eventType == .airDroneStrike)
        #expect(e.date == CivilDate(year: 2019, month: 2, day: 20))
        let recalled = try only("وكانت قسد اعتقلت شابين في بلدة الشحيل يوم الخميس الماضي.")
        #expect(recalled.eventType == .arrests)
        #expect(TestSupport.events("وكانت قسد اعتقلت شابين في بلدة الشحيل.", date: Self.published).isEmpty)
    }

    /// A statement quoted after background lines retells the incident the report opened with when
    /// it counts the same dead, at the town it names inside the governorate told first.
    @Test func aQuotedStatementWithTheSameDeadIsTheSameIncident() throws {
        let e = try only("""
            أعلنت قسد، اليوم، مقتل أربعة من مقاتليها أثناء تصديهم لهجوم نفذه داعش في محافظة دير الزور.
            ويعد التنظيم من أخطر الجماعات في المنطقة، وما زالت خلاياه تنشط منذ سنوات طويلة في البادية السورية وفي مناطق صحراوية نائية على طرفي الحدود بين البلدين، ويقول باحثون إن قدرته على التجنيد لم تتراجع كثيرا رغم خسارته لكل المدن التي كان يحكمها.
            ويرى مراقبون أن المنطقة تحتاج إلى مشاريع تنمية وفرص عمل للشباب، وأن الفقر وغياب الخدمات يدفعان بعض الشبان إلى الانضمام إلى الخلايا مقابل المال.
            وقالت قسد في بيانها إن مقاتليها تصدوا لهجوم استهدف نقطة في بلدة الصور صباح اليوم، وقتل أربعة من المقاتلين في المواجهات.
            """)
        #expect(e.location?.place.nameEn == "Sur")
        #expect(e.fatalities == 4)
    }

    /// A blast "north of the city" and the village of its district named next with the same dead
    /// are one incident, at the village.
    @Test func aTownsSurroundingsYieldToTheVillageNamedNext() throws {
        let e = try only("""
            قتل طفلان صباح اليوم بانفجار لغم أرضي شمالي مدينة الرقة.
            وقال مراسل محلي إن الطفلين قتلا بانفجار اللغم في أرض زراعية تابعة لقرية حزيمة.
            """)
        #expect(e.location?.place.nameEn == "Hazimeh")
        #expect(e.fatalities == 2)
        #expect(e.date != nil)
    }

    /// Tribal gunmen named by the adjective of their tribe (مسلحين عشائريين) are the tribal fighters.
    @Test func tribalGunmenAreTribalFighters() throws {
        let e = try only("اندلعت اشتباكات بين قسد ومسلحين عشائريين في بلدة ذيبان.")
        #expect(e.actor1 == ActorLexicon.sdf && e.actor2 == ActorLexicon.tribal)
    }

    /// Parties joined by و act together, unless the report also sets them against each other with
    /// بين: then a battle whose sides are left out is fought between them.
    @Test func partiesSetAgainstEachOtherAreNoAllies() throws {
        let text = "تواصلت الاشتباكات بين قسد وعناصر من العشائر في ريف دير الزور الشمالي. "
            + "وسيطرت قسد على بلدة العزبة بعد اشتباكات مع قوات مجلس دير الزور العسكري ومسلحين عشائريين."
        let taken = try #require(TestSupport.events(text, date: Self.published).first { $0.eventType == .nonStateActorOvertakesTerritory })
        #expect(taken.actor1 == ActorLexicon.sdf && taken.actor2 == ActorLexicon.tribal, "\(taken.actor1 ?? "-") / \(taken.actor2 ?? "-")")
    }

    /// A list whose items each carry their place noun (بلدة عين عيسى وبلدة تل تمر) is a list all the
    /// same: one event at each.
    @Test func aListOfPlacesEachWithItsNounGivesAnEventAtEach() {
        let shelled = TestSupport.events("قصفت قوات النظام بالمدفعية قرية الدحلة وبلدة البصيرة شرقي دير الزور.", date: Self.published)
        #expect(shelled.map { $0.location?.place.nameEn ?? "-" } == ["Dahleh", "Al-Busayrah"])
        let strikes = TestSupport.events("استهدفت غارات أمريكية مقرات للميليشيات في مدينة القائم ومدينة البوكمال.", date: Self.published)
        #expect(strikes.map { $0.location?.place.nameEn ?? "-" } == ["Al-Qaim", "Albu Kamal"])
    }

    /// والدهما، والدهم is "their father", not a raid (دهم) once the article is taken off.
    @Test func theirFatherIsNoRaid() throws {
        let blast = try only("قتل طفلان بانفجار لغم في قرية حزيمة وأصيب والدهما.")
        #expect(blast.eventType == .remoteExplosive)
        #expect(try only("داهمت قسد منزلا في بلدة ذيبان.").eventType == .arrests)
    }

    /// نشر publishes when an outlet, a medium or "that" goes with it; otherwise it deploys.
    @Test func publishingIsNoDeployment() throws {
        nonEvent("نشرت وكالة أعماق عبر تلجرام صورا من بلدة ذيبان.")
        #expect(try only("ونشر المرصد السوري أن قسد داهمت منزلا في بلدة الكسرة.").eventType == .arrests)
        #expect(try only("نشرت قوات التحالف نقاطا عسكرية في بلدة ذيبان.").eventType == .headquartersEstablished)
    }

    /// A party's areas as a destination or a setting (تهريب إلى مناطق النظام) make it no side; the
    /// areas struck (قصفت قسد مناطق النظام) still do.
    @Test func aPartysAreasAsADestinationAreNoSide() throws {
        let arrest = try only("اعتقلت قسد ثلاثة أشخاص يهربون المحروقات إلى مناطق النظام في بلدة ذيبان.")
        #expect(arrest.actor1 == ActorLexicon.sdf && arrest.actor2 != ActorLexicon.saa, "\(arrest.actor2 ?? "-")")
        let shelling = try only("قصفت قسد مناطق النظام في بلدة حطلة.")
        #expect(shelling.actor2 == ActorLexicon.saa)
        let smugglers = try only("اشتبكت قسد مع مسلحين يهربون الأغنام لجهة النظام في بلدة الكسرة.")
        #expect(smugglers.actor2 != ActorLexicon.saa, "\(smugglers.actor2 ?? "-")")
        #expect(try only("اشتبكت قسد مع قوات النظام في بلدة الكسرة.").actor2 == ActorLexicon.saa)
    }

    /// A death that set the incident off (على خلفية مقتل شاب) is not its toll.
    @Test func aDeathBehindAClashIsNotItsToll() throws {
        #expect(try only("تجددت الاشتباكات بين عشيرتين في بلدة الكرامة على خلفية مقتل شاب.").fatalities == nil)
        #expect(try only("قتل شاب في اشتباكات بين عشيرتين في بلدة الكرامة.").fatalities == 1)
    }

    /// What usually follows (ما يسفر عن سقوط قتلى في معظم الأحيان) counts no one of the incident before.
    @Test func aHabitualTollIsNoToll() throws {
        let blast = try only("انفجر لغم في بلدة ذيبان أمس. وتنتشر الألغام في المنطقة، ما يسفر عن سقوط قتلى في معظم الأحيان.")
        #expect(blast.fatalities == nil)
        #expect(try only("انفجر لغم في بلدة ذيبان أمس، ما أسفر عن سقوط قتيلين.").fatalities == 2)
    }

    /// A capture that replaces the battle for the place keeps the day and the sides the battle's
    /// telling gave.
    @Test func aCaptureKeepsTheBattlesDay() throws {
        let taken = try only("شن مقاتلو العشائر أمس هجوما على مواقع قسد في بلدة ذيبان. وسيطر مقاتلو العشائر على جزء من بلدة ذيبان.")
        #expect(taken.eventType == .nonStateActorOvertakesTerritory)
        #expect(taken.date == CivilDate(iso: "2019-03-01"))
        #expect(taken.actor1 == ActorLexicon.tribal && taken.actor2 == ActorLexicon.sdf)
    }

    /// The same dead told again close by, near a town and then at its village, or with and without
    /// its place, are one incident; the same count in two towns, or one death each, are two.
    @Test func theSameDeadToldTwiceAreOneIncident() throws {
        let near = try only("قتل طفلان بانفجار لغم شمالي مدينة الرقة. وقال مراسل إن الطفلين قتلا بانفجار لغم في قرية حزيمة.")
        #expect(near.location?.place.nameEn == "Hazimeh" && near.geoPrecision == 1)
        let unplaced = try only("قتل مدني وأصيب اثنان برصاص قسد في بلدة الكسرة. وأطلق العناصر الرصاص على سيارة مدنية ما أدى إلى مقتل شاب وإصابة اثنين.")
        #expect(unplaced.location?.place.nameEn == "Al-Kasrah")
        for two in [
            "قتل طفلان بانفجار لغم شمالي مدينة الرقة. وقتل طفلان بانفجار لغم في مدينة الطبقة.",
            "قتل شاب برصاص مجهولين في بلدة ذيبان. وقتل شاب برصاص مجهولين في بلدة الشحيل.",
        ] {
            #expect(TestSupport.events(two, date: Self.published).count == 2, "\(two)")
        }
    }

    /// Fire opened on a man named by his name is an attack on a person, his death told or not; on a
    /// post it says nothing of its own.
    @Test func fireOpenedOnANamedManIsAnAttack() throws {
        #expect(try only("أطلق مسلحون مجهولون النار على عبد الرزاق السليمان في بلدة البصيرة.").eventType == .attack)
        nonEvent("أطلق مسلحون مجهولون النار على حاجز لقسد في بلدة البصيرة.")
    }

    /// "The attack" with no verb points back to the violent incident told just before, whatever its
    /// type; after an arrest it is an incident of its own.
    @Test func theAttackPointsBackToTheIncidentJustTold() throws {
        let raid = try only("اقتحم مسلحان مقرا للأسايش في حي الدرعية بمدينة الرقة واشتبكا مع العناصر. وأسفر الهجوم عن مقتل ستة أشخاص.")
        #expect(raid.eventType == .armedClash && raid.fatalities == 6)
        let two = "اعتقلت قسد شابا في بلدة ذيبان. وأسفر الهجوم على حاجز في بلدة الشحيل عن مقتل عنصر."
        #expect(TestSupport.events(two, date: Self.published).count == 2, "\(two)")
    }

    /// A clause told "at that time" (حينها) after an incident recalled with سبق أن retells it; the same
    /// words without it tell the incident of the day.
    @Test func atThatTimeRetellsTheRecalledIncident() {
        let retold = "وسبق أن قتل طفل بانفجار لغم في بلدة الطيانة. وقال موقع محلي حينها إن لغما انفجر في بلدة الطيانة ما أدى إلى مقتل طفل."
        #expect(TestSupport.events(retold, date: Self.published).count == 1, "\(retold)")
        let today = "وسبق أن قتل طفل بانفجار لغم في بلدة الطيانة. وقال موقع محلي إن لغما انفجر في بلدة الطيانة ما أدى إلى مقتل طفل."
        #expect(TestSupport.events(today, date: Self.published).count == 2, "\(today)")
    }

    /// Fire opened, then when, then on whom (أطلقوا النار صباح اليوم على شاب): the time between
    /// keeps the words one cue.
    @Test func fireOpenedWithItsTimeBetweenIsAnAttack() throws {
        let shot = try only("أطلق مسلحون مجهولون النار مساء أمس على شاب في بلدة البصيرة.")
        #expect(shot.eventType == .attack && shot.date == CivilDate(iso: "2019-03-01"))
        nonEvent("أطلق مسلحون النار مساء أمس في الهواء في بلدة البصيرة.")
    }

    /// A guess at who the gunmen are (يرجح أنهم من عناصر داعش) neither hedges the deed nor names its
    /// doer, and their fighters' words are no target; a guess at what will happen still hedges.
    @Test func aGuessAtTheDoersIsNoHedge() throws {
        let shot = try only("أشخاص مجهولون يرجح أنهم من عناصر داعش أطلقوا النار على شاب في بلدة البصيرة.")
        #expect(shot.eventType == .attack)
        #expect(shot.actor1 == ActorLexicon.unidentifiedArmed && shot.actor2 == ActorLexicon.civilians)
        nonEvent("يرجح أن تستمر الاشتباكات في بلدة البصيرة.")
        nonEvent("أطلق مجهولون النار على عناصر قسد في بلدة البصيرة.")
    }

    /// Of two stated counts of one incident's dead the larger is its toll: a commander killed in the
    /// strike, then the strike's seventeen dead.
    @Test func theFullerCountOfOneIncidentIsItsToll() throws {
        let strike = try only("قتل قيادي إيراني بقصف أمريكي على قاعدة في مدينة البوكمال. "
            + "ونقل مصدر طبي أن 17 قتيلاً و11 جريحاً سقطوا نتيجة القصف الأمريكي.")
        #expect(strike.eventType == .airDroneStrike && strike.fatalities == 17 && strike.injured == 11)
    }

    /// The Pentagon and CENTCOM announce the United States' strikes: they name the striker.
    @Test func israeliStrikesAreIsraels() throws {
        let strike = try only("شنت طائرات إسرائيلية غارات على مواقع للميليشيات الإيرانية في مدينة البوكمال.")
        #expect(strike.actor1 == ActorLexicon.israel && strike.actor2 == ActorLexicon.iran)
    }

    @Test func thePentagonNamesTheStriker() throws {
        let strike = try only("أعلنت وزارة الدفاع الأمريكية تنفيذ ضربتين جويتين استهدفتا منشآت للحرس الثوري قرب مدينة البوكمال.")
        #expect(strike.actor1 == ActorLexicon.coalition && strike.actor2 == ActorLexicon.iran, "\(strike.actor1 ?? "-") / \(strike.actor2 ?? "-")")
    }

    /// ما لا يقل عن before the number (four words between the verb and its count) still counts;
    /// هذا العدد من القتلى counts again the dead just told and adds no toll of its own.
    @Test func atLeastCountsAndThisNumberRetells() throws {
        let strike = try only("قتل ما لا يقل عن 14 عنصرا من الميليشيات بقصف صاروخي على مواقعهم في مدينة الميادين.")
        #expect(strike.fatalities == 14)
        let blast = try only("انفجر لغم بسيارة تقل عمالا في بلدة الشحيل، ما أسفر عن وقوع هذا العدد الكبير من القتلى والمصابين.")
        #expect(blast.fatalities == nil && blast.injured == nil)
        let vague = try only("انفجر لغم بسيارة تقل عمالا في بلدة الشحيل، ما أسفر عن وقوع قتلى ومصابين.")
        #expect(vague.fatalities == 3 && vague.injured == 3)
    }

    /// A toll over a span of weeks or over dated bounds (خلال 30 يوماً، خلال الفترة الممتدة من ... وحتى)
    /// and deeds counted by the operations they were done in (قتلوا في 117 عملية) are tallies; a day's
    /// count (خلال 24 ساعة) is not.
    @Test func tollsOverASpanAreTallies() throws {
        nonEvent("ووثق المرصد خلال الفترة الممتدة من 3 آذار وحتى 9 نيسان مقتل 40 عنصرا خلال هجمات وكمائن في بادية الميادين.")
        nonEvent("قتل 60 عنصرا في 45 عملية نفذها التنظيم عبر كمائن وهجمات في بادية الميادين.")
        let seized = "سيطر التنظيم على مواقع في بادية الميادين. وخسرت القوات 90 قتيلا خلال 30 يوما من المعارك."
        #expect(TestSupport.events(seized, date: Self.published).allSatisfy { $0.fatalities == nil }, "\(seized)")
        let day = try only("قتل 5 عناصر من قوات النظام خلال 24 ساعة بهجمات للتنظيم في بادية الميادين.")
        #expect(day.fatalities == 5)
    }

    /// Came under an attack "from" a party (تعرضوا لهجوم من تنظيم داعش، من قبل مجهولين): that party
    /// attacked; a party before the attack word is still the one attacked.
    @Test func anAttackFromAPartyNamesItsMaker() throws {
        let attack = try only("قتل 18 من قوات النظام إثر تعرضهم لهجوم من تنظيم داعش في بادية الميادين.")
        #expect(attack.actor1 == ActorLexicon.isis && attack.actor2 == ActorLexicon.saa, "\(attack.actor1 ?? "-") \(attack.actor2 ?? "-")")
        let patrol = try only("تعرضت دورية لقسد لهجوم مسلح في بلدة الشحيل.")
        #expect(patrol.actor1 != ActorLexicon.sdf || patrol.actor2 == nil)
    }

    /// Fear of a strike (خوفاً من استهداف الطيران الروسي) is the cause of flight, not a strike.
    @Test func aFearedStrikeIsNoStrike() {
        nonEvent("اضطر الرعاة للفرار باتجاه بلدة المنصورة خوفاً من استهداف الطيران الروسي لهم.")
        #expect(!TestSupport.events("استهدف الطيران الروسي مواقع للتنظيم قرب بلدة المنصورة.", date: Self.published).isEmpty)
    }

    /// A place a distance is measured from (122 كم جنوب شرق مدينة دير الزور), the town a victim comes
    /// from (ينحدر من بلدة الخريطة) or works in, and a city after a two-word direction from a mountain
    /// are not the site.
    @Test func referencePlacesAreNotTheSite() throws {
        let strike = try only("قتل 18 عنصرا بقصف على مواقع في مدينة البوكمال (122 كم جنوب شرق مدينة دير الزور).")
        #expect(strike.location?.place.nameEn == "Albu Kamal", "\(strike.location?.place.nameEn ?? "-")")
        let mine = try only("قتل شاب بانفجار لغم في جبل البشري، وهو ينحدر من بلدة الخريطة.")
        #expect(mine.location?.place.nameEn == "Jebel Bishri", "\(mine.location?.place.nameEn ?? "-")")
        let home = try only("قتل شاب بانفجار لغم في بلدة الخريطة.")
        #expect(home.location?.place.nameEn == "Kharita")
        // Nor is the place a victim works.
        let work = try only("قتل شاب يعمل موظفاً في حقل العمر النفطي برصاص مسلحين مجهولين في قرية الصبحة.")
        #expect(work.location?.place.nameEn == "Al-Subha", "\(work.location?.place.nameEn ?? "-")")
    }

    /// The clan of the victims counted after بينهم is who they were, not the side that killed them.
    @Test func theVictimsClanIsNoSide() throws {
        let killed = try only("قتلت الميليشيات الإيرانية 20 شابا ذبحا بالسكاكين في بلدة معدان، بينهم 8 من عشيرة البوسرايا.")
        #expect(killed.actor1 == ActorLexicon.iran && killed.actor2 != ActorLexicon.tribal, "\(killed.actor1 ?? "-") \(killed.actor2 ?? "-")")
        let fight = try only("اندلعت اشتباكات بين مسلحين من عشيرة البوسرايا وقوات النظام في بلدة معدان.")
        #expect(fight.actor1 == ActorLexicon.tribal || fight.actor2 == ActorLexicon.tribal)
    }

    /// كما ("also") opens another incident: a clash told with it at another place stays apart from
    /// the one before, even in the same desert; told again without it, one place inside the other merges.
    @Test func alsoTellsAnotherIncident() {
        let two = "قتل 23 عنصرا من قوات النظام في هجوم لداعش على حافلة في بادية الميادين. كما شهدت بلدة الشولا اشتباكات بين قوات النظام وداعش."
        #expect(TestSupport.events(two, date: Self.published).count == 2, "\(two)")
    }

    /// Widening the range of its attacks (وسعت خلايا داعش نطاق هجماتها) is a trend, not an incident.
    @Test func theRangeOfAttacksIsATrend() {
        nonEvent("وسعت خلايا تنظيم داعش، اليوم الأحد، نطاق هجماتها داخل مدينة الحسكة وخارجها.")
        #expect(!TestSupport.events("شنت خلايا تنظيم داعش هجوما على مواقع في مدينة الحسكة.", date: Self.published).isEmpty)
    }

    /// The dead "of the clashes" told after an incident of another kind are the clashes' toll.
    @Test func theDeadOfTheClashesAreTheClashesToll() throws {
        let events = TestSupport.events("شن التنظيم هجوماً على مواقع قسد في بلدة البحرة. "
            + "واختطف عناصر التنظيم عائلات من المخيم، فيما قُتل ما لا يقل عن 17 مقاتلاً من قسد خلال المواجهات.", date: Self.published)
        #expect(events.map(\.eventType) == [.armedClash, .abduction])
        #expect(events.map(\.fatalities) == [17, nil])
    }

    /// A list that ends at the verb (قرى الصور وبريهة والعزبة شهدت هجمات): an incident at each village.
    @Test func aListBeforeTheVerbIsAnIncidentAtEachPlace() {
        let events = TestSupport.events("وذكرت شبكات محلية أن قرى الصور وبريهة والعزبة شهدت هجمات لمقاتلي العشائر على مقرات قسد.", date: Self.published)
        #expect(events.compactMap { $0.location?.place.nameEn } == ["Sur", "Breiha", "Eizbah"], "\(events.compactMap { $0.location?.place.nameEn })")
        // A place the people come from, out of the area, is no item of the incident's list.
        let arrest = TestSupport.events("واعتقلت قسد 13 شابًا من نازحي تدمر ودير الزور.", date: Self.published)
        #expect(!arrest.contains { $0.location?.place.nameEn == "Palmyra" }, "\(arrest.compactMap { $0.location?.place.nameEn })")
    }

    /// Anadolu names the SDF تنظيم "بي كي كي/ واي بي جي", then "the organisation": the SDF, not ISIS.
    @Test func theOrganisationIsTheOneLastNamed() throws {
        let events = TestSupport.events("تتواصل الاشتباكات بين عشائر عربية وتنظيم \"بي كي كي/ واي بي جي\" الإرهابي في بلدة ذيبان. "
            + "وهاجمت العشائر مقرا للتنظيم في بلدة الشحيل.", date: Self.published)
        #expect(events.allSatisfy { $0.actor1 != ActorLexicon.isis && $0.actor2 != ActorLexicon.isis }, "\(events.map { ($0.actor1, $0.actor2) })")
        #expect(events.first?.actor2 == ActorLexicon.sdf || events.first?.actor1 == ActorLexicon.sdf)
        // Where ISIS is the organisation named, التنظيم stays ISIS.
        let isis = try only("شن تنظيم داعش هجوما على حاجز لقسد في بلدة ذيبان، وقتل عناصر التنظيم ثلاثة من الحراس.")
        #expect(isis.actor1 == ActorLexicon.isis, "\(isis.actor1 ?? "-")")
    }

    /// على خلفية اعتقال قائد المجلس: the arrest is the background of what the clause tells, no
    /// incident of its own; an arrest told as the deed still is one.
    @Test func theBackgroundOfADeedIsNoIncident() {
        let events = TestSupport.events("وفرض المسلحون حصاراً على بلدة البصيرة على خلفية اعتقال قائد المجلس.", date: Self.published)
        #expect(!events.contains { $0.eventType == .arrests }, "\(events.map(\.eventType))")
        let arrest = TestSupport.events("واعتقلت قوات سوريا الديمقراطية قائد المجلس في بلدة البصيرة.", date: Self.published)
        #expect(arrest.contains { $0.eventType == .arrests }, "\(arrest.map(\.eventType))")
    }

    /// لمنع الطيران من تتبعها: aircraft the attackers would keep off struck nothing; aircraft that
    /// targeted something did.
    @Test func aircraftToBeKeptOffStrikeNothing() {
        let fire = TestSupport.events("وتراجعت الخلايا بعد استهدافها لخزانات الوقود قرب سجن غويران لمنع الطيران من تتبعها.", date: Self.published)
        #expect(!fire.contains { $0.eventType == .airDroneStrike }, "\(fire.map(\.eventType))")
        let strike = TestSupport.events("واستهدف الطيران المروحي للتحالف الدولي أبنية قرب سجن غويران.", date: Self.published)
        #expect(strike.contains { $0.eventType == .airDroneStrike }, "\(strike.map(\.eventType))")
    }

    /// Tribesmen who attack the SDF (هاجم أبناء العشائر مقرات قسد) fight the SDF; tribal clashes in
    /// a town the SDF holds (اشتباكات عشائرية في بلدة تسيطر عليها قسد) are still tribe against tribe.
    @Test func tribesmenAttackingAPartyFightThatParty() throws {
        let attack = try only("وهاجم أبناء العشائر في بلدة الشحيل مقرات وحواجز قسد.")
        #expect(attack.actor1 == ActorLexicon.tribal && attack.actor2 == ActorLexicon.sdf, "\(attack.actor1 ?? "-") / \(attack.actor2 ?? "-")")
        let feud = try only("قتل 5 أشخاص باشتباكات عشائرية في بلدة ذيبان التي تسيطر عليها قوات سوريا الديمقراطية/قسد/.")
        #expect(feud.actor1 == ActorLexicon.tribal && feud.actor2 == ActorLexicon.tribal, "\(feud.actor1 ?? "-") / \(feud.actor2 ?? "-")")
    }

    /// Snipers posted (ونشرت قناصة وحواجز) fire no shot; a sniper's bullet that killed does.
    @Test func snipersPostedFireNoShot() {
        nonEvent("ونشرت قوات سوريا الديمقراطية قناصة وحواجز على أطراف بلدة الصور.")
        let shot = TestSupport.events("قتل شاب برصاص قناص في بلدة الصور.", date: Self.published)
        #expect(shot.first?.fatalities == 1, "\(shot.map(\.eventType))")
    }

    /// A deed named as another's aim (لتسهيل فرار العناصر، بهدف السيطرة على) is no incident of its own.
    @Test func aDeedNamedAsAnAimIsNoIncident() {
        let events = TestSupport.events("شنت خلايا داعش هجوماً على سجن غويران بعد تفجيرات سبقت الهجوم، لتسهيل فرار العناصر من السجن.", date: Self.published)
        #expect(events.map(\.eventType) == [.armedClash], "\(events.map(\.eventType))")
        let fled = TestSupport.events("وفرّ عشرات العناصر من سجن غويران.", date: Self.published)
        #expect(!fled.isEmpty)
    }

    /// A family "made of six people" (عائلة مكونة من 6 أشخاص) killed is six dead; its head killed
    /// (رب عائلة مكونة من 6 أشخاص) is not.
    @Test func aFamilyKilledCountsItsSize() throws {
        let family = try only("أفادت مصادر بمقتل عائلة مكونة من 6 أشخاص في بلدة ذيبان بقصف طائرة مسيرة.")
        #expect(family.fatalities == 6, "\(family.fatalities.map(String.init) ?? "-")")
        let head = try only("قتل رب عائلة مكونة من 6 أشخاص بقصف على قرية الشعفة.")
        #expect(head.fatalities != 6, "\(head.fatalities.map(String.init) ?? "-")")
    }

    /// "On the second day of the clashes" dates what the clause tells (control held), no clash of its
    /// own; clashes told on their second day still are one.
    @Test func theDayOfTheFightingDatesAnotherThing() {
        nonEvent("ولا تزال بلدة البصيرة تحت سيطرة الأهالي لليوم الثاني على المواجهات.")
        let clash = TestSupport.events("وتستمر المواجهات في بلدة البصيرة لليوم الثاني على التوالي.", date: Self.published)
        #expect(clash.map(\.eventType) == [.armedClash], "\(clash.map(\.eventType))")
    }

    /// A country someone went to or came back from is a place, no party; a country that acts is one.
    @Test func aCountryTravelledToIsNoParty() throws {
        let killed = try only("قتل شاب برصاص مسلحين مجهولين في بلدة البصيرة بعد أيام من عودته من تركيا.")
        #expect(killed.actor1 != ActorLexicon.turkey && killed.actor2 != ActorLexicon.turkey, "\(killed.actor1 ?? "-") / \(killed.actor2 ?? "-")")
        let shelled = try only("قصفت تركيا قرية أم الكيف بريف تل تمر.")
        #expect(shelled.actor1 == ActorLexicon.turkey)
    }

    /// A fight said not to have happened (دون قتال، بدون أي مقاومة) is none: ground taken without one
    /// is ACLED's non-violent transfer of territory; taken after one, a battle.
    @Test func groundTakenWithoutAFightIsATransfer() throws {
        let quiet = try only("سيطرت قوات سوريا الديمقراطية على قرية الطابية دون أي مقاومة.")
        #expect(quiet.eventType == .nonViolentTransferOfTerritory, "\(quiet.eventType)")
        let fought = try only("سيطرت قوات سوريا الديمقراطية على قرية الطابية بعد اشتباكات عنيفة.")
        #expect(fought.eventType == .nonStateActorOvertakesTerritory, "\(fought.eventType)")
        nonEvent("انسحبت قوات النظام من قرية الطابية دون قتال.")
        // A drone "without a pilot" still strikes.
        let drone = try only("استهدفت طائرة بدون طيار سيارة في قرية الطابية.")
        #expect(drone.eventType == .airDroneStrike)
    }

    /// بادية without the article is "the desert of" the place named after it: the incident is near
    /// that place (precision 2), not in the Syrian desert as a whole; a desert the gazetteer names
    /// (بادية الميادين) and the desert itself (البادية السورية) stay regions.
    @Test func theDesertOfAPlaceIsNearThePlace() throws {
        let near = try only("قتل راعي أغنام بانفجار لغم أرضي في بادية معدان.")
        #expect(near.location?.place.nameEn == "Maadan" && near.geoPrecision == 2, "\(near.location?.place.nameEn ?? "-") \(near.geoPrecision ?? 0)")
        let named = try only("قتل راعي أغنام بانفجار لغم أرضي في بادية الميادين.")
        #expect(named.location?.place.kind == .region, "\(named.location?.place.nameEn ?? "-")")
        let whole = try only("قتل راعي أغنام بانفجار لغم أرضي في البادية السورية.")
        #expect(whole.location?.place.kind == .region && whole.geoPrecision == 3)
    }

    /// A body found killed by a weapon (مقتولاً بطلق ناري) or slaughtered (مذبوحة) is an attack by an
    /// unidentified group, its toll the bodies; a body found drowned is no attack.
    @Test func aBodyFoundKilledIsAnAttack() throws {
        let shot = try only("عُثر صباح اليوم على جثتي شابين مقتولين بطلقات نارية في بلدة هجين.")
        #expect(shot.eventType == .attack && shot.fatalities == 2, "\(shot.eventType) \(shot.fatalities ?? -1)")
        let slain = try only("وجدت جثة امرأة مذبوحة في بلدة هجين.")
        #expect(slain.eventType == .attack)
        nonEvent("عثر على جثة طفل غريق في نهر الفرات قرب بلدة هجين.")
    }

    /// CENTCOM, by any of its Arabic names, and the Pentagon are the Coalition's US forces.
    @Test(arguments: ["القيادة المركزية الأمريكية", "سنتكوم", "قيادة المنطقة المركزية الأميركية", "البنتاغون"])
    func centcomIsTheCoalition(_ name: String) throws {
        let strike = try only("أعلنت \(name) مقتل قيادي في تنظيم داعش بغارة جوية في ريف دير الزور.")
        #expect(strike.actor1 == ActorLexicon.coalition && strike.actor2 == ActorLexicon.isis, "\(name): \(strike.actor1 ?? "-") / \(strike.actor2 ?? "-")")
    }

    /// Young men taken "to throw them into the fighting" were abducted: the fighting is the aim, no
    /// battle; a battle told with its own verb stays one.
    @Test func takenToBeSentToFightIsAnAbduction() throws {
        let taken = try only("أقدمت قسد على اختطاف 5 شبان من قرية تل براك لزجهم في القتال في صفوفها.")
        #expect(taken.eventType == .abduction && taken.actor2 == ActorLexicon.civilians, "\(taken.eventType) \(taken.actor2 ?? "-")")
        let fought = try only("اندلعت اشتباكات عنيفة بين قسد وداعش على جبهات القتال في قرية تل براك.")
        #expect(fought.eventType == .armedClash)
    }

    /// An attack with a bomb (هجوم بعبوة ناسفة) is the bomb's, and a patrol named after its country
    /// is that country's forces.
    @Test func anAttackWithABombIsTheBombs() throws {
        let bomb = try only("تعرضت دورية روسية لهجوم بعبوة ناسفة قرب بلدة عين عيسى.")
        #expect(bomb.eventType == .remoteExplosive && bomb.actor2 == ActorLexicon.russia, "\(bomb.eventType) \(bomb.actor2 ?? "-")")
        let raid = try only("تعرضت دورية روسية لهجوم مسلح قرب بلدة عين عيسى.")
        #expect(raid.eventType == .armedClash)
    }

    /// The fighting told beside a capture is part of it, and so are its dead, even when the
    /// fighting has a clause of its own (عقب اشتباكات أسفرت عن مقتل 4 عناصر).
    @Test func theDeadOfTheFightForAPlaceAreTheCapturesToll() throws {
        let taken = try only("سيطرت الفصائل على قرية صيدا عقب اشتباكات مع قسد أسفرت عن مقتل 4 عناصر.")
        #expect(taken.eventType == .nonStateActorOvertakesTerritory && taken.fatalities == 4, "\(taken.eventType) \(taken.fatalities ?? -1)")
    }

    /// A toll told with a word that refers back to the incident (قتل فيها، قُتل على إثره، جرح خلالها)
    /// counts the number after it.
    @Test(arguments: ["قتل فيها 4 عناصر", "قتل على إثرها 4 عناصر", "قتل خلالها 4 عناصر"])
    func aTollAfterAReferenceBackCounts(_ toll: String) throws {
        let clash = try only("اندلعت اشتباكات بين قسد وداعش في قرية صيدا \(toll).")
        #expect(clash.fatalities == 4, "\(toll): \(clash.fatalities ?? -1)")
    }

    /// Shells or rockets fired (أطلقت ... قذائف، أطلق مجهولون صاروخين), the firer named between verb and
    /// shells, are a shelling; a threat to fire them is none.
    @Test func shellsFiredAreAShelling() throws {
        let fired = try only("أطلقت ميليشيات إيران قذائف صاروخية على حقل كونيكو للغاز.")
        #expect(fired.eventType == .shelling && fired.actor1 == ActorLexicon.iran, "\(fired.eventType) \(fired.actor1 ?? "-")")
        nonEvent("هددت الميليشيات بإطلاق صواريخ على القواعد الأمريكية في دير الزور.")
    }

    /// Whom someone is charged with dealing with (بتهمة التواصل مع قسد) is no side of the arrest; the
    /// Turkish army by the Kurdish press's name (جيش الاحتلال التركي) is Turkey.
    @Test func theChargedContactIsNoSide() throws {
        let held = try only("اعتقلت ميليشيات الحرس الثوري الإيراني 4 شبان في مدينة البوكمال بتهمة التواصل مع قسد.")
        #expect(held.actor2 == ActorLexicon.civilians, "\(held.actor2 ?? "-")")
        let shelled = try only("قصف جيش الاحتلال التركي ومرتزقته بالأسلحة الثقيلة قرية تل اللبن.")
        #expect(shelled.actor1 == ActorLexicon.turkey, "\(shelled.actor1 ?? "-")")
    }

    /// القبض على after ألقى (its subject between) or تم is a new arrest, not the arrest told again;
    /// تم الإفراج عنهم still tells again of a release already reported.
    @Test func anArrestWithALightVerbIsADeed() throws {
        let seized = try only("ألقت قوات الأسايش القبض على شاب في مدينة الحسكة.")
        #expect(seized.eventType == .arrests && seized.actor1 == ActorLexicon.asayish, "\(seized.eventType) \(seized.actor1 ?? "-")")
        #expect(TestSupport.events("تم القبض على شاب في مدينة الحسكة.", date: Self.published).map(\.eventType) == [.arrests])
        let released = TestSupport.events("أفرجت الأسايش عن 20 موقوفاً. وتم الإفراج عنهم في بلدة عين عيسى.", date: Self.published)
        #expect(released.count == 1, "\(released.map(\.evidence))")
    }

    /// A release with its doer between verb and سراح (أطلقت قوات النظام سراح 5 معتقلين) is a release;
    /// a demand for one is none.
    @Test func aReleaseWithItsDoerBetween() throws {
        let freed = try only("أطلقت قوات النظام سراح 5 معتقلين من أبناء مدينة الميادين.")
        #expect(freed.eventType == .otherStrategic && freed.actor1 == ActorLexicon.saa && freed.affected == 5,
                "\(freed.eventType) \(freed.actor1 ?? "-") \(freed.affected ?? -1)")
        nonEvent("طالب الأهالي بإطلاق سراح المعتقلين في مدينة الحسكة.")
        nonEvent("أمهل وجهاء العشائر قسد 12 ساعة لإطلاق سراح المعتقلين في مدينة الحسكة.")
    }

    /// "Targeted" by a named party with its object named (استهدف الجيش التركي مواقع، استهدفت تركيا بطائرة
    /// مسيرة سيارة لقسد): the party acts on the object's owner, the weapon between them or unsaid.
    @Test func aPartyTargetingAnObjectActs() throws {
        let shelled = try only("استهدف الجيش التركي مواقع لقوات النظام قرب تل تمر.")
        #expect(shelled.eventType == .shelling && shelled.actor1 == ActorLexicon.turkey && shelled.actor2 == ActorLexicon.saa,
                "\(shelled.eventType) \(shelled.actor1 ?? "-") / \(shelled.actor2 ?? "-")")
        let struck = try only("استهدفت تركيا بطائرة مسيرة سيارة لقسد قرب تل تمر.")
        #expect(struck.eventType == .airDroneStrike && struck.actor1 == ActorLexicon.turkey && struck.actor2 == ActorLexicon.sdf,
                "\(struck.actor1 ?? "-") / \(struck.actor2 ?? "-")")
        let hit = try only("استُهدفت قسد بصواريخ قرب تل تمر.")
        #expect(hit.actor2 == ActorLexicon.sdf)
        nonEvent("تستهدف قسد مواقع داعش منذ سنوات.")
    }

    /// The government's forces are named for the day of the event: the new government's army and
    /// security forces after 8 December 2024, Assad's army before; the SDF's Asayish stay so in a
    /// report that speaks for them.
    @Test func governmentForcesAreNamedForTheirTime() throws {
        let army = "اندلعت اشتباكات بين الجيش السوري وقسد في بلدة معدان."
        let after = try #require(TestSupport.events(army, date: "2025-11-20").first)
        #expect(Set([after.actor1, after.actor2]) == [ActorLexicon.syriaMilitary, ActorLexicon.sdf])
        let before = try #require(TestSupport.events(army, date: "2019-03-02").first)
        #expect(Set([before.actor1, before.actor2]) == [ActorLexicon.saa, ActorLexicon.sdf])
        // قوى الأمن الداخلي at a government checkpoint, and the Ministry of the Interior's arrests.
        let checkpoint = try #require(TestSupport.events("هاجم تنظيم داعش حاجزا لقوى الأمن الداخلي في مدينة الميادين.", date: "2025-08-23").first)
        #expect(checkpoint.actor2 == ActorLexicon.syriaPolice, "\(checkpoint.actor2 ?? "-")")
        let arrests = try #require(TestSupport.events("اعتقل الأمن العام ثلاثة شبان في مدينة الميادين.", date: "2025-08-01").first)
        #expect(arrests.actor1 == ActorLexicon.syriaPolice, "\(arrests.actor1 ?? "-")")
        // The Asayish by their own name, and before the fall.
        let asayish = try #require(TestSupport.events("هاجم تنظيم داعش حاجزا لقوى الأمن الداخلي (الأسايش) في بلدة الصبحة.", date: "2025-05-26").first)
        #expect(asayish.actor2 == ActorLexicon.asayish, "\(asayish.actor2 ?? "-")")
        let earlier = try #require(TestSupport.events("هاجم تنظيم داعش حاجزا لقوى الأمن الداخلي في بلدة الصبحة.", date: "2022-05-26").first)
        #expect(earlier.actor2 == ActorLexicon.asayish, "\(earlier.actor2 ?? "-")")
    }

    /// A party that flies drones of its own and is the strike verb's subject struck with the drone;
    /// an air force named as the one hit is not thereby the striker unless the other party cannot fly.
    @Test func aDroneFlyerThatStrikesIsActorOne() throws {
        let sdf = try only("قوات سوريا الديمقراطية استهدفت بطائرة مسيرة سيارة عسكرية للجيش السوري في بلدة معدان.")
        #expect(sdf.actor1 == ActorLexicon.sdf, "\(sdf.actor1 ?? "-") / \(sdf.actor2 ?? "-")")
        let turkish = try only("كانت سيارة لعناصر قسد تسير قرب قرية التنورية قبل أن تستهدفها المسيرة التركية.")
        #expect(turkish.actor1 == ActorLexicon.turkey, "\(turkish.actor1 ?? "-") / \(turkish.actor2 ?? "-")")
    }

    /// An exchange of fire is a clash; an exchange of accusations is none.
    @Test func anExchangeOfAccusationsIsNoClash() throws {
        nonEvent("وسط تبادل للاتهامات بين قسد والجيش السوري في بلدة معدان حول الطرف المسؤول.")
        #expect(try only("وقع تبادل متقطع لإطلاق النار بين قسد والجيش السوري في بلدة معدان.").eventType == .armedClash)
    }

    /// Readiness and vows to go on are no incident; the deed itself is.
    @Test func readinessIsNoIncident() throws {
        nonEvent("أعلنت وزارة الدفاع جاهزيتها لتسلم السجون في مدينة الشدادي.")
        nonEvent("وأكدت قسد أنها ستواصل عملياتها الأمنية في بلدة ذيبان.")
        #expect(try only("واصلت قسد عملياتها الأمنية في بلدة ذيبان واعتقلت ثلاثة شبان.").eventType == .arrests)
    }

    /// The speaker told before its verb of saying (وكانت الأسايش قالت إن...) is the source, not a side.
    @Test func aSpeakerToldFirstIsNoSide() throws {
        let e = try only("وكانت قوى الأمن الداخلي قالت في بيان إن القصف التركي أدى إلى مقتل أربعة أشخاص في مدينة القامشلي.")
        #expect(e.actor1 == ActorLexicon.turkey && e.actor2 != ActorLexicon.asayish, "\(e.actor1 ?? "-") / \(e.actor2 ?? "-")")
        let acted = try only("وكانت قوى الأمن الداخلي اعتقلت ثلاثة شبان في مدينة القامشلي.")
        #expect(acted.actor1 == ActorLexicon.asayish)
    }

    /// The party a clause names as its source (بحسب بيان للمركز الإعلامي لقسد) is no subject the
    /// next clause leaves out; a party that acted is.
    @Test func aSourceIsNoOmittedSubject() throws {
        let e = try only("بحسب بيان صادر عن المركز الإعلامي لقسد، أسفر القصف على حي الصناعة بمدينة القامشلي عن مقتل أربعة أشخاص.")
        #expect(e.actor1 != ActorLexicon.sdf, "\(e.actor1 ?? "-")")
        let acted = try only("وشنت قوات تابعة لقسد، ليلة الخميس، حملة اعتقالات في بلدة الشحيل.")
        #expect(acted.actor1 == ActorLexicon.sdf)
    }

    /// The report's first incident, told without a day, and an earlier one it recalls at the same
    /// place by a past month are two incidents; the first keeps its toll.
    @Test func aRecalledMonthIsAnotherIncident() throws {
        let events = TestSupport.events("قتل شخصان جراء استهداف مسيرة تركية لسيارة في مدينة القامشلي. "
            + "ومطلع أيلول الماضي، قتل عضو إداري إثر استهداف مسيرة تركية في مدينة القامشلي.", date: "2024-10-04")
        #expect(events.count == 2, "\(events.map { "\($0.date?.description ?? "-") \($0.fatalities ?? -1)" })")
        #expect(events.first?.fatalities == 2 && events.first?.date == nil)
        // The same incident dated by its day merges.
        let one = TestSupport.events("قتل شخصان جراء استهداف مسيرة تركية لسيارة في مدينة القامشلي. "
            + "وكانت المسيرة استهدفت السيارة يوم الخميس في مدينة القامشلي.", date: "2024-10-04")
        #expect(one.count == 1, "\(one.map { "\($0.date?.description ?? "-")" })")
    }

    /// A bombardment told first with no party and again as Turkish is Turkey's.
    @Test func aShellingNamedLaterTakesItsParty() throws {
        let events = TestSupport.events("أسفر القصف على حي الصناعة بمدينة القامشلي عن مقتل أربعة أشخاص. "
            + "وقالت الأسايش في بيان إن القصف التركي على مدينة القامشلي أدى إلى مقتل أربعة أشخاص.", date: "2022-08-08")
        #expect(events.count == 1 && events.first?.actor1 == ActorLexicon.turkey, "\(events.map { $0.actor1 ?? "-" })")
    }

    /// القبض after the verb that makes it (ألقت قسد القبض على، تم القبض على) is an arrest told now,
    /// not one named again; القبض with no such verb and nothing to date it still refers back.
    @Test func anArrestMadeByItsVerbIsNoBackReference() throws {
        #expect(try only("ألقت قسد القبض على شاب في مدينة الرقة.").eventType == .arrests)
        nonEvent("تحدث الأهالي عن القبض على الشاب في مدينة الرقة.")
    }

    /// A speaker that says it did the deed (أعلنت الوزارة أنها ألقت القبض على عناصر من داعش) acted; one
    /// that says it came under an attack is acted on.
    @Test func aSpeakerThatSaysItDidActed() throws {
        let arrest = try only("أعلنت وزارة الداخلية أنها ألقت القبض على عشرة عناصر من تنظيم الدولة في مدينة الشدادي.")
        #expect(arrest.actor1 == ActorLexicon.syriaPolice || arrest.actor1 == ActorLexicon.saa, "\(arrest.actor1 ?? "-")")
        let attacked = try only("أعلنت قسد أنها تعرضت لهجوم من قبل خلايا داعش في بلدة درنج.")
        #expect(attacked.actor1 == ActorLexicon.isis && attacked.actor2 == ActorLexicon.sdf, "\(attacked.actor1 ?? "-") / \(attacked.actor2 ?? "-")")
    }

    /// Civilians' trucks targeted with machine guns are an attack on civilians, a driver is a
    /// civilian; a post so targeted is no attack on civilians.
    @Test func aTruckShotAtIsAnAttackOnCivilians() throws {
        let truck = try only("استهدف مسلحون صهريجا لنقل النفط بالأسلحة الرشاشة في بلدة الشحيل.")
        #expect(truck.eventType == .attack && truck.actor2 == ActorLexicon.civilians, "\(truck.eventType) \(truck.actor2 ?? "-")")
        let driver = try only("انفجر لغم أرضي بجرار زراعي في بلدة الشحيل ما تسبب بمقتل سائق الجرار.")
        #expect(driver.actor2 == ActorLexicon.civilians, "\(driver.actor2 ?? "-")")
        let post = TestSupport.events("استهدف مسلحون حاجزا لقسد بالأسلحة الرشاشة في بلدة الشحيل.", date: Self.published)
        #expect(post.allSatisfy { $0.eventType != .attack && $0.actor2 != ActorLexicon.civilians }, "\(post.map(\.eventType))")
    }

    /// لـ written apart before a quoted name (مواقع لـ"قسد") marks the name as the head's, as لقسد does:
    /// the positions struck, or the patrol whose men fired.
    @Test func aLamWrittenApartIsTheNamesPrefix() throws {
        let struck = try only("استهدفت طائرات مسيرة مواقع لـ\"قسد\" في بلدة معدان.")
        #expect(struck.actor2 == ActorLexicon.sdf && struck.actor1 != ActorLexicon.sdf, "\(struck.actor1 ?? "-") / \(struck.actor2 ?? "-")")
        let fired = try only("قُتل شاب برصاص عناصر دورية تابعة لـ\"قسد\" في بلدة الشحيل.")
        #expect(fired.actor1 == ActorLexicon.sdf, "\(fired.actor1 ?? "-") / \(fired.actor2 ?? "-")")
    }

    /// A party's name read across the end of a sentence (التنظيم / الدولة الإسلامية on the next line)
    /// ends past its clause: the speaker rule reads only what is inside the clause (it trapped).
    @Test func aNameRunningPastItsClauseIsRead() {
        let text = "قال مصدر في قسد إن طائرات التحالف قصفت المواقع في بلدة هجين، ولم يعرف هل هو قصف التحالف أم تفجيرات التنظيم.\n"
            + "الدولة الإسلامية تخسر مواقع في شرق سوريا"
        let events = TestSupport.events(text, date: Self.published)
        #expect(events.first?.eventType == .airDroneStrike && events.first?.actor1 == ActorLexicon.coalition,
                "\(events.map { "\($0.eventType) \($0.actor1 ?? "-")" })")
    }

    /// A suicide drone (طائرة مسيرة انتحارية، الطيران الانتحاري) strikes from the air; a suicide bomber
    /// on foot or in a car is a suicide bomb.
    @Test func aSuicideDroneIsADroneStrike() throws {
        let drone = try only("استهدفت طائرة مسيرة انتحارية موقعاً لقسد في قرية الطابية.")
        #expect(drone.eventType == .airDroneStrike && drone.actor2 == ActorLexicon.sdf, "\(drone.eventType)")
        let bomber = try only("فجر انتحاري نفسه بحزام ناسف عند حاجز لقسد في بلدة الشحيل.")
        #expect(bomber.eventType == .suicideBomb)
    }

    /// The military councils by either word order (المجلس العسكري لدير الزور) are the SDF's, and the
    /// town in their name gives way to the place the clause names.
    @Test func aMilitaryCouncilIsTheSDFs() throws {
        let post = try only("هاجم مسلحون مجهولون حاجزاً للمجلس العسكري لدير الزور في بلدة ذيبان.")
        #expect(post.actor2 == ActorLexicon.sdf && post.location?.place.nameEn == "Dhiban", "\(post.actor2 ?? "-") \(post.location?.place.nameEn ?? "-")")
    }

    /// What an outlet reported (بحسب ما نقلته شبكة، نقلت وكالة) moved no one; a statement about what
    /// threatens (تعد مخلفات الحرب أحد أبرز المخاطر) and a tally since a year (منذ عام 2017) are no
    /// incident; ground taken after نجح في is taken.
    @Test func reportsStatementsAndTalliesAreNoIncidents() throws {
        let events = TestSupport.events("قتل مدنيان بانفجار لغم في بلدة الصور. وبحسب ما نقلته شبكة فرات بوست، فإن الضحايا من عائلة واحدة.",
                                        date: Self.published)
        #expect(events.map(\.eventType) == [.remoteExplosive], "\(events.map(\.eventType))")
        nonEvent("وتعد مخلفات الحرب من ألغام وعبوات ناسفة أحد أبرز المخاطر في المنطقة، إذ وثقت منظمات مقتل المئات منذ عام 2017.")
        nonEvent("وثقت منظمات حقوقية مقتل المئات بانفجار الألغام في دير الزور منذ عام 2017.")
        let taken = try only("نجح مسلحو العشائر في السيطرة على جزء من بلدة ذيبان.")
        #expect(taken.eventType == .nonStateActorOvertakesTerritory)
    }

    /// Protesters fired on, with dead or wounded counted: ACLED's excessive force, the force named next
    /// to the shots its actor 2 (not the authority whose decision was protested); fire the protesters
    /// lit is no shot.
    @Test func protestersShotAreExcessiveForce() throws {
        let shot = try only("خرجت مظاهرة ضد قرار الإدارة الذاتية في مدينة الشدادي، واجهتها قسد بالرصاص ما أدى إلى مقتل شاب.")
        #expect(shot.eventType == .excessiveForceAgainstProtesters)
        #expect(shot.actor1 == ActorLexicon.protesters && shot.actor2 == ActorLexicon.sdf, "\(shot.actor2 ?? "-")")
        #expect(shot.fatalities == 1)
        let dispersed = try only("فرقت قسد بالرصاص مظاهرة في مدينة الشدادي.")
        #expect(dispersed.eventType == .protestWithIntervention)
        let tyres = try only("أشعل المتظاهرون النار في الإطارات خلال مظاهرة في مدينة الشدادي.")
        #expect(tyres.eventType == .peacefulProtest)
    }

    /// The dead of a dispersal told in a clause of their own still make it excessive force.
    @Test func aDispersalThatKilledIsExcessiveForce() throws {
        let e = try only("فرقت قسد بالرصاص مظاهرة في مدينة الشدادي، حيث قتل شابان.")
        #expect(e.eventType == .excessiveForceAgainstProtesters)
        #expect(e.fatalities == 2)
    }

    /// A peaceful protest counts no dead: the massacre it denounces is another incident's toll.
    @Test func aPeacefulProtestCountsNoDead() throws {
        let e = try only("تظاهر أهالي بلدة البصيرة تنديداً بمجزرة راح ضحيتها 11 مدنياً.")
        #expect(e.eventType == .peacefulProtest)
        #expect(e.fatalities == nil && e.injured == nil)
    }

    /// One protest told twice, once as met with force: one incident, typed by the force.
    @Test func aProtestToldTwiceIsOne() throws {
        let e = try only("خرجت مظاهرة في مدينة الحسكة صباح اليوم. وأطلقت قسد الرصاص على المتظاهرين في مدينة الحسكة ما أدى لمقتل شاب.")
        #expect(e.eventType == .excessiveForceAgainstProtesters)
        #expect(e.fatalities == 1 && e.date != nil)
        let wounded = try only("خرجت مظاهرة في مدينة الحسكة صباح اليوم. وأطلقت قسد الرصاص على المتظاهرين في مدينة الحسكة ما أدى لإصابة أربعة.")
        #expect(wounded.eventType == .protestWithIntervention)
        #expect(wounded.injured == 4)
        let two = "خرجت مظاهرة في مدينة الحسكة. وخرجت مظاهرة في مدينة الشدادي."
        #expect(TestSupport.events(two, date: Self.published).count == 2, "\(two)")
    }

    /// An explosion a thrown hand grenade set off is a grenade attack; a bomb that exploded stays one.
    @Test func aGrenadeExplosionIsAGrenade() throws {
        let g = try only("وقع انفجار في مدينة الرقة ناتج عن رمي مجهولين قنبلة يدوية أسفر عن إصابة ثلاثة مدنيين.")
        #expect(g.eventType == .grenade)
        let bomb = try only("انفجرت عبوة ناسفة في مدينة الرقة ما أسفر عن إصابة ثلاثة مدنيين.")
        #expect(bomb.eventType == .remoteExplosive)
    }

    /// The tens of a number told in words after another (قرية السبعة وأربعين, a village's name) add no
    /// victims; a second group joined by و does.
    @Test func aNumberNamedVillageAddsNoDead() throws {
        let village = try only("قتل 4 مدنيين في مدينة الشدادي و2 في قرية السبعة وأربعين برصاص مجهولين.")
        #expect(village.fatalities == 6)
        let groups = try only("قتل 4 مدنيين وثلاثة عناصر برصاص مجهولين في مدينة الشدادي.")
        #expect(groups.fatalities == 7)
    }

    /// "The Kurdish factions" of the government press are the SDF, not the Turkish-backed factions.
    @Test func theKurdishFactionsAreTheSDF() throws {
        let kurdish = try only("أطلقت الفصائل الكردية الرصاص على متظاهرين في مدينة الشدادي ما أدى لمقتل شاب.")
        #expect(kurdish.actor2 == ActorLexicon.sdf, "\(kurdish.actor2 ?? "-")")
        let sna = try only("قصفت الفصائل قرية أم الكيف بريف تل تمر.")
        #expect(sna.actor1 == ActorLexicon.sna, "\(sna.actor1 ?? "-")")
    }

    /// A list of places governed by a place noun or في is one event at each, whichever of them is
    /// nearest the deed, quoted or not, and an item with its own في and noun (وفي قريتي) goes on the
    /// list; the places people came from (نازحي تدمر ودير الزور) are no list of sites.
    @Test func eachPlaceOfAListHasItsEvent() {
        func places(_ text: String) -> [String] {
            TestSupport.events(text, date: Self.published).map { $0.location?.place.nameEn ?? "-" }
        }
        #expect(places("شهدت بلدات البصيرة والحصان والدحلة مظاهرات.") == ["Al-Busayrah", "Elhisan", "Dahleh"])
        #expect(places("خرجت مظاهرات في مدينة البصيرة وفي قريتي ابريهة والصبحة.") == ["Al-Busayrah", "Breiha", "Al-Subha"])
        #expect(places("خرج الأهالي في بلدتي \"معيزيلة\" و\"العزبة\" بمظاهرات.") == ["Moezleh", "Eizbah"])
        #expect(places("اعتقلت قسد 13 شاباً من نازحي تدمر ودير الزور.") == ["Deir ez-Zor"])
    }

    /// The places of one list share the day the summary told before them gave the one it merged with.
    @Test func theItemsOfAListShareTheirDay() {
        let events = TestSupport.events("خرجت اليوم مظاهرات بريف دير الزور الشرقي. وقال المراسل إن مظاهرات خرجت في مدينة البصيرة وفي قريتي ابريهة والصبحة.",
                                        date: Self.published)
        #expect(events.count == 3)
        #expect(events.allSatisfy { $0.date != nil }, "\(events.map { $0.date.map { "\($0)" } ?? "-" })")
    }

    /// Youths who attack the police with stones or fire bombs, or a celebrating crowd that fights
    /// them, riot; a battle between fighters stays one; the clashes told next are the riot's.
    @Test func aCrowdThatFightsThePoliceRiots() throws {
        let stones = try only("هاجم شبان نقطة أمنية للأسايش بالحجارة والزجاجات الحارقة في مدينة الرقة.")
        #expect(stones.eventType == .violentDemonstration)
        #expect(stones.actor1 == ActorLexicon.rioters && stones.actor2 == ActorLexicon.asayish, "\(stones.actor2 ?? "-")")
        let crowd = try only("شهدت مدينة الرقة، أمس، اشتباكات بين شبان شاركوا في احتفالات شعبية. وأسفرت الاشتباكات عن مقتل شابين من أهالي المدينة.")
        #expect(crowd.eventType == .violentDemonstration)
        #expect(crowd.fatalities == 2)
        let battle = try only("اندلعت اشتباكات بين مقاتلي قسد وعناصر داعش خلال احتفالات في مدينة الرقة.")
        #expect(battle.eventType == .armedClash)
    }

    /// A regime whose fall is celebrated or demanded (بسقوط نظام الأسد) is no party to what is told.
    @Test func aFallenRegimeIsNoParty() throws {
        let e = try only("تظاهر المئات في مدينة الرقة احتفالاً بسقوط قوات النظام.")
        #expect(e.actor1 == ActorLexicon.protesters && e.actor2 == nil, "\(e.actor2 ?? "-")")
        let shelled = try only("قصفت قوات النظام بلدة الصالحية.")
        #expect(shelled.actor1 == ActorLexicon.saa)
    }

    /// A protest and the riot it turned into, told at one place that day, are one riot.
    @Test func aProtestThatRiotedIsOneRiot() throws {
        let e = try only("شهد مخيم الهول أعمال شغب. وخرجت النساء في مظاهرة في مخيم الهول.")
        #expect(e.eventType == .violentDemonstration)
        #expect(e.actor1 == ActorLexicon.rioters)
    }

    /// What a deed will bring about (سينتج عنه موجة نزوح) is foreseen, not told; people who fled are.
    @Test func aForeseenConsequenceIsNoEvent() {
        nonEvent("يرفض الأهالي دخول القوات إلى مدينة الطبقة، الأمر الذي سينتج عنه موجة نزوح كبيرة.")
        #expect(!TestSupport.events("نتج عن القصف موجة نزوح كبيرة من مدينة الطبقة.", date: Self.published).isEmpty)
    }

    /// The protesters as the subject (أطلق المتظاهرون شعارات) are the protest told again; the
    /// killings their slogans denounce are its cause, no attack.
    @Test func theProtestersSloganAboutKillingsIsNoAttack() {
        let events = TestSupport.events("تظاهر المئات في مدينة الرقة. وأطلق المتظاهرون شعارات تضامنية بسبب الاغتيالات التي طالت شيوخ العشائر.",
                                        date: Self.published)
        #expect(events.map(\.eventType) == [.peacefulProtest], "\(events.map(\.eventType))")
    }

    /// Protests filmed (على خلفية تصويرهم مظاهرات) are what the arrested did, no protest told; a
    /// protest that was filmed is still one.
    @Test func filmedProtestsAreNoProtest() throws {
        let arrest = try only("اعتقلت قسد شابين في مدينة الحسكة على خلفية تصويرهم مظاهرات مناهضة للإدارة الذاتية.")
        #expect(arrest.eventType == .arrests)
        let filmed = try only("خرجت مظاهرة في مدينة الحسكة وصورها ناشطون.")
        #expect(filmed.eventType == .peacefulProtest)
    }

    /// The protest told again with its dispersal (وتم خلال المظاهرة إطلاق النار لتفريق المتظاهرين) was
    /// met with force; told again with its slogans it stays peaceful; dispersed in another town, it
    /// is another protest.
    @Test func aProtestToldAgainAsDispersedWasMetWithForce() throws {
        let dispersed = try only("احتج العشرات في مدينة الحسكة، وتم خلال المظاهرة إطلاق النار في الهواء لتفريق المتظاهرين.")
        #expect(dispersed.eventType == .protestWithIntervention)
        let slogans = try only("احتج العشرات في مدينة الحسكة، ورفع المتظاهرون خلال المظاهرة لافتات تندد بالحصار.")
        #expect(slogans.eventType == .peacefulProtest)
        let two = TestSupport.events("تظاهر المئات في مدينة الرقة. وفي مدينة الطبقة، أطلقت الأسايش الرصاص لتفريق المحتجين، ما أدى إلى إصابة سبعة أشخاص.", date: Self.published)
        #expect(two.map(\.eventType) == [.peacefulProtest, .protestWithIntervention], "\(two.map(\.eventType))")
    }

    /// The strike (تواصل الإضراب العام) after a march told elsewhere is a protest of its own; after
    /// a strike, it is that strike told again.
    @Test func aStrikeIsNoMarchToldAgain() {
        let two = TestSupport.events("خرجت مظاهرة في مدينة الحسكة. فيما تواصل الإضراب العام في مدينة القامشلي.", date: Self.published)
        #expect(two.map { $0.location?.place.nameEn ?? "-" } == ["Hasakah", "Qamishli"], "\(two.map { $0.location?.place.nameEn ?? "-" })")
        let one = TestSupport.events("أضرب أصحاب المحال في مدينة القامشلي. فيما تواصل الإضراب العام في مدينة القامشلي.", date: Self.published)
        #expect(one.count == 1, "\(one.map { $0.location?.place.nameEn ?? "-" })")
    }

    /// A protest told again with the day of what it came after (جاءت بعد اجتماع جرى في 4 من الشهر) is
    /// not dated by it; told again with its own day, it is.
    @Test func theDayOfWhatAProtestCameAfterIsNotItsDay() {
        let after = TestSupport.events("خرجت مظاهرات في بلدة البصيرة. وجاءت هذه الاحتجاجات بعد اجتماع جرى في 4 من الشهر الجاري.", date: Self.published)
        #expect(after.count == 1 && after.first?.date == nil, "\(after.map { $0.date.map { "\($0)" } ?? "-" })")
        let own = TestSupport.events("خرجت مظاهرات في بلدة البصيرة. وتجددت الاحتجاجات في 4 من الشهر الجاري.", date: Self.published)
        #expect(own.count == 1 && own.first?.date != nil, "\(own.map { $0.date.map { "\($0)" } ?? "-" })")
    }

    /// Gunmen only believed or suspected to be of a party (يُعتقد أنهم من خلايا داعش) stay unidentified,
    /// as with يرجح.
    @Test func aBelievedPartyIsNoParty() throws {
        let attack = try only("قتل عنصران من قسد بهجوم شنه مسلحون مجهولون يُعتقد أنهم من خلايا داعش على حاجز في بلدة الشحيل.")
        #expect(attack.actor1 == ActorLexicon.unidentifiedArmed, "\(attack.actor1 ?? "-")")
    }

    /// The agencies' spelling with و (قوات سورية الديموقراطية), the offensive's name (قوات غضب الفرات)
    /// and their word for the jihadists name the parties; a word that only looks alike does not.
    @Test func agencySpellingsNameTheParties() throws {
        let clash = try only("اندلعت اشتباكات بين قوات سورية الديموقراطية والجهاديين في حي المشلب بمدينة الرقة.")
        #expect(clash.actor1 == ActorLexicon.sdf && clash.actor2 == ActorLexicon.isis, "\(clash.actor1 ?? "-") \(clash.actor2 ?? "-")")
        let taken = try only("سيطرت قوات غضب الفرات على قرية الكرامة بعد معارك مع التنظيم.")
        #expect(taken.actor1 == ActorLexicon.sdf, "\(taken.actor1 ?? "-")")
        let other = try only("اندلعت اشتباكات بين مسلحين مجهولين في حي المشلب بمدينة الرقة وسط أجواء ديموقراطية.")
        #expect(other.actor1 != ActorLexicon.sdf && other.actor2 != ActorLexicon.isis, "\(other.actor1 ?? "-") \(other.actor2 ?? "-")")
    }

    /// A number of a party's men (خمسة عناصر من قسد قتلوا), its name with its short form after it, is
    /// the toll; a number of days before them is none.
    @Test func aNumberOfAPartysMenIsTheToll() throws {
        let men = try only("قالت مصادر إن خمسة عناصر من قوات سوريا الديمقراطية (قسد) قتلوا بانفجار عبوة ناسفة في مدينة الطبقة.")
        #expect(men.fatalities == 5, "\(men.fatalities.map(String.init) ?? "-")")
        let days = try only("قالت مصادر إن عناصر من قسد قتلوا بانفجار عبوة ناسفة في مدينة الطبقة قبل خمسة أيام.")
        #expect(days.fatalities != 5, "\(days.fatalities.map(String.init) ?? "-")")
    }

    /// A town a road leads to outside the area (طريق حلب الرقة) is not where the attack was when the
    /// clause places it by a town of the area; a road's own town in the area still can be.
    @Test func aRoadsFarEndIsNotTheSite() throws {
        let far = try only("هاجم التنظيم مواقع قسد على طريق حلب الرقة جنوب مدينة الطبقة.")
        #expect(far.location?.place.nameEn != "Aleppo", "\(far.location?.place.nameEn ?? "-")")
        let near = try only("هاجم التنظيم مواقع قسد في مدينة الطبقة.")
        #expect(near.location?.place.nameEn == "Tabqa", "\(near.location?.place.nameEn ?? "-")")
    }

    /// What a party did meanwhile (، في وقت تخوض القوات معارك) does not take the place of the victims of
    /// the strike told before it; في وقت متأخر is the time of that strike.
    @Test func whatGoesOnMeanwhileHasItsOwnParties() {
        let strike = TestSupport.events("قتل تسعة مدنيين في غارة للتحالف على مدينة الرقة، في وقت تخوض قوات سوريا الديمقراطية معارك في حي المشلب.", date: Self.published)
        #expect(strike.first?.actor2 == ActorLexicon.civilians, "\(strike.map { $0.actor2 ?? "-" })")
        let late = TestSupport.events("قتل تسعة مدنيين، في وقت متأخر من ليل أمس، في غارة للتحالف على مدينة الرقة.", date: Self.published)
        #expect(late.count == 1 && late.first?.fatalities == 9, "\(late.map { $0.fatalities.map(String.init) ?? "-" })")
    }

    /// Aircraft guessed to be a party's (طائرات يرجح أنها للتحالف) leave the party unnamed and the
    /// civilians they killed the other side; aircraft of the party named outright keep it.
    @Test func aGuessedOwnerOfAircraftIsNoSide() throws {
        let guessed = try only("قتل خمسة مدنيين بقصف لطائرات يرجح أنها للتحالف على قرية الكسرات جنوب الرقة.")
        #expect(guessed.actor2 == ActorLexicon.civilians && guessed.actor1 != ActorLexicon.coalition, "\(guessed.actor1 ?? "-") \(guessed.actor2 ?? "-")")
        let named = try only("قتل خمسة مدنيين بقصف لطائرات التحالف على قرية الكسرات جنوب الرقة.")
        #expect(named.actor1 == ActorLexicon.coalition, "\(named.actor1 ?? "-")")
    }

    /// An attack to be launched (في طريقها لشن هجوم على المدينة) is an aim, no clash; an attack
    /// launched (شنت قسد هجوماً) is one.
    @Test func anAttackToBeLaunchedIsNoClash() {
        let aim = TestSupport.events("تقدمت القوات نحو الجنوب، تمهيداً لشن هجوم على مدينة الطبقة.", date: Self.published)
        #expect(aim.isEmpty, "\(aim.map(\.eventType))")
        let done = TestSupport.events("شنت قسد هجوماً على مواقع التنظيم في مدينة الطبقة.", date: Self.published)
        #expect(done.count == 1, "\(done.map(\.eventType))")
    }

    /// The passive of assassinate (اغتيل مدني، اغتيلت امرأة) tells a killing, with its dead; a trend
    /// of assassinations is none.
    @Test func thePassiveOfAssassinateIsAKilling() throws {
        let man = try only("اغتيل مدني في بلدة الشحيل.")
        #expect(man.eventType == .attack && man.fatalities == 1)
        let woman = try only("اغتيلت امرأة في بلدة الشحيل.")
        #expect(woman.eventType == .attack)
        #expect(TestSupport.events("تشهد المنطقة تزايداً في عمليات الاغتيال.", date: Self.published).isEmpty)
    }

    /// A municipality (رئيس بلدية الكبر) names its town, as بلدة does; the bare word stays a word.
    @Test func aMunicipalityNamesItsTown() throws {
        let e = try only("اغتال مسلحون رئيس بلدية الكبر.")
        #expect(e.location?.place.nameEn == "Kobar")
        let bare = TestSupport.events("قتل مسلحون شاباً في الكبر.", date: Self.published)
        #expect(bare.allSatisfy { $0.location?.place.nameEn != "Kobar" })
    }

    /// A sum of money (مقابل 5000 دولار) counts no one taken; a number of people does.
    @Test func aRansomCountsNoOne() throws {
        let ransom = try only("خطفت عصابة مقابل 5000 دولار تاجراً من بلدة الشحيل.")
        #expect(ransom.affected != 5000, "\(String(describing: ransom.affected))")
        let five = try only("اختطفت عصابة 5 تجار في بلدة الشحيل.")
        #expect(five.affected == 5)
    }

    /// Held by a party with the preposition written apart (الخاضعة لـ سيطرة قسد) is no capture; a
    /// party that took the village did capture it.
    @Test func heldByAPartyWithADetachedPrepositionIsNoCapture() {
        let fire = TestSupport.events("اندلع حريق في أراض زراعية بقرية الحوس الخاضعة لـ سيطرة قسد شرق الرقة.", date: Self.published)
        #expect(!fire.contains { $0.eventType == .nonStateActorOvertakesTerritory }, "\(fire.map(\.eventType))")
        let taken = TestSupport.events("سيطرت قسد على قرية الحوس شرق الرقة.", date: Self.published)
        #expect(taken.contains { $0.eventType == .nonStateActorOvertakesTerritory }, "\(taken.map(\.eventType))")
    }

    /// Unknown gunmen killed a civilian (قتل مسلحون مجهولون موظفاً): the verb with its subject and
    /// object tells the attack; gunmen killed in a clash are that clash.
    @Test func gunmenWhoKilledACivilianAttackedHim() throws {
        let e = try only("قتل مسلحون مجهولون موظفاً في بلدة الجنينة.")
        #expect(e.eventType == .attack)
        let clash = try only("قتل مسلحون مجهولون في اشتباك في بلدة الجنينة.")
        #expect(clash.eventType == .armedClash)
    }

    /// The victims of a robbery (من بين ضحايا السطو) were robbed, not killed; the victims of a blast
    /// are its dead.
    @Test func theVictimsOfARobberyAreNoDead() throws {
        let robbery = try only("سلبت عصابة سيارة في بلدة الشدادي، وأحمد من بين ضحايا السطو.")
        #expect(robbery.fatalities == nil, "\(String(describing: robbery.fatalities))")
        let blast = try only("انفجرت عبوة في بلدة الشدادي، وأحمد من بين ضحايا التفجير.")
        #expect(blast.fatalities != nil)
    }

    /// What a place saw of late (في الآونة الأخيرة، شهدت البلدة عمليات اغتيال) is a trend, no incident;
    /// what it saw yesterday is one.
    @Test func whatAPlaceSawOfLateIsNoIncident() {
        #expect(TestSupport.events("وفي الآونة الأخيرة، شهدت بلدة الشحيل عمليات اغتيال طالت موظفين.", date: Self.published).isEmpty)
        let one = TestSupport.events("شهدت بلدة الشحيل أمس عملية اغتيال طالت موظفاً.", date: Self.published)
        #expect(one.map(\.eventType) == [.attack], "\(one.map(\.eventType))")
    }
}
