import Gazetteer

/// The words that report events, what they report, and the words that say an event did not
/// (yet) happen. Data, folded once; rules elsewhere read it by category.
package final class EventLexicon: Sendable {
    /// What a trigger word reports. Several cues in one clause combine into one ACLED type.
    package enum Cue: Sendable, CaseIterable {
        case airStrike, airAsset, shelling, artillery, clash, assault, explosion, ied, carBomb, suicide
        case assassination, execution, killingWeapon, abduction, arrest, raid, release, displacement, evacuation
        case transfer, handover, protest, dispersal, riot, territory, governmentGain, withdrawal, agreement
        case disrupted, baseEstablished, kill, injure, noCasualties, target, accident, cause
        case sniper, grenade, looting, destruction, handingOver, shooting, flag
        /// What a crowd throws (stones, fire bombs) or gathers for (a celebration): words that make
        /// a fight with the police a riot.
        case thrown, celebration

        /// A word for a deed itself, not for its toll, its means or its target (a weapon, an
        /// aircraft, "killed", "targeted"): the words a prediction or a denial governs.
        package var isDeed: Bool {
            switch self {
            case .kill, .injure, .noCasualties, .airAsset, .artillery, .killingWeapon, .target, .thrown, .celebration: false
            default: true
            }
        }

        /// The kind of incident a cue belongs to. In one clause the family of the first cue is the
        /// incident; cues of other families there are its cause, its aim or its background
        /// (اعتقلت ناشطين بتهمة التحريض على الاحتجاج is an arrest, not a protest).
        package var family: Family? {
            switch self {
            case .airStrike, .shelling, .clash, .assault, .explosion, .ied, .carBomb, .suicide, .assassination,
                .execution, .abduction, .sniper, .grenade, .shooting:
                return .violence
            case .looting, .destruction: return .looting
            case .handingOver: return .transferOfTerritory
            case .artillery: return .violence
            case .protest, .riot, .flag: return .protest
            case .arrest, .raid: return .arrest
            case .release: return .release
            case .displacement, .evacuation, .transfer, .handover: return .movement
            case .territory, .governmentGain: return .territory
            case .agreement: return .agreement
            case .disrupted: return .disrupted
            case .baseEstablished: return .base
            default: return nil
            }
        }
    }

    package enum Family: Sendable {
        case violence, protest, arrest, release, movement, territory, agreement, disrupted, base, looting, transferOfTerritory
    }

    /// Trigger patterns: each a sequence of alternatives, one per word; `|` separates stems.
    static let triggers: [(Cue, [String])] = [
        (.airStrike, ["غارة|غارات|الغارة|الغارات|غارتين|غارتان"]),
        (.airStrike, ["ضربة|ضربات|ضربتين|ضربتان", "جوية|جويه|جويتين|جويتان"]),
        (.airStrike, ["قصف", "جوي"]),
        (.airStrike, ["ضربات|ضربة|ضربتين|ضربتان"]),
        (.airStrike, ["قصف|استهدف|شن|نفذ", "الطيران|طيران|طائرات|الطائرات|طائرة|مسيرة|الطائرة"]),
        (.airAsset, ["طيران|الطيران|طائرات|الطائرات|طائرة|الطائرة|مسيرة|مسيرات|المسيرة|المسيرات|مقاتلات|حربي|حربية|درون|مروحية|مروحيات|المروحية|المروحيات"]),
        (.airAsset, ["سلاح", "الجو"]),
        (.shelling, ["قصف|قصفت|يقصف|تقصف"]),
        // Shells fell (سقطت قذائف هاون على البلدة): a shelling told by where it landed.
        (.shelling, ["سقطت|سقط|سقوط|تساقطت|تساقط|سقطتا", "قذائف|قذيفة|قذيفتان|قذيفتين|صواريخ|صاروخ|صاروخان|صاروخين"]),

        (.artillery, ["مدفعي|مدفعية|المدفعية|المدفعي|هاون|مدافع|راجمات|صاروخية|صاروخي|قذائف|قذيفة|صواريخ"]),
        (.clash, ["اشتباك|اشتباكات|اشتبك|يشتبك|تشتبك|الاشتباكات|الاشتباك|معارك|معركة|المعارك|مواجهات|مواجهة"]),
        // An exchange of fire or of shelling, not of accusations or prisoners (تبادل للاتهامات).
        (.clash, ["تبادل|تبادلا|تبادلت|تبادلوا", "إطلاق|اطلاق|لإطلاق|لاطلاق|القصف|للقصف|قصف|النيران|للنيران|النار|الرصاص|الضربات|القذائف"]),
        (.clash, ["تبادل|تبادلا|تبادلت|تبادلوا", "متقطع|كثيف|عنيف|مكثف|محدود|متبادل", "إطلاق|اطلاق|لإطلاق|لاطلاق|للقصف|للنيران|النار|الرصاص"]),
        (.clash, ["القتال|قتال|اقتتال"]),
        (.assault, ["هجوم|هجوما|هجمات|هاجم|يهاجم|تهاجم|هجوماً|الهجوم|كمين|كمينا|تسلل|اقتحام|اقتحم|عدوان|العدوان"]),
        // Opened fire on someone (أطلق مجهولون النار على شاب): an attack, killed or not.
        (.shooting, ["النار|نار|الرصاص|رصاص", "على|عليه|عليها|عليهم|عليهما|باتجاه|تجاه"]),
        (.explosion, ["انفجار|انفجرت|انفجر|تفجير|فجر|فجرت|تفجيرات|انفجارات|التفجير|الانفجار"]),
        (.ied, ["عبوة|عبوات|العبوة|العبوات|لغم|ألغام|الألغام|اللغم|لغما|مخلفات"]),
        // An object that explodes (جسم غريب، أجسام متفجرة), not a body (في جسمه، جسم السد).
        (.ied, ["جسم|أجسام|اجسام|الجسم|الأجسام", "غريب|متفجر|متفجرة|مشبوه|ملغم|ملغمة|الغريب|المتفجر|مجهول|قابل"]),
        (.ied, ["ناسفة|الناسفة|متفجرة"]),
        (.carBomb, ["مفخخة|مفخخ|المفخخة|مفخخات"]),
        (.suicide, ["انتحاري|انتحارية|انتحاريين|انتحاريون|الانتحاري|انتحاريا"]),
        (.suicide, ["حزام|أحزمة|بأحزمة", "ناسف|ناسفة"]),
        (.suicide, ["فجر", "نفسه"]),
        (.assassination, ["اغتيال|اغتال|اغتالت|يغتال|الاغتيال|اغتيالات|اغتيل|اغتيلت|اغتيلا"]),
        (.execution, ["أعدم|اعدم|إعدام|اعدام|الإعدام|أعدمت|ذبح|نحر|تصفية|مذبوح|مذبوحا|مذبوحاً|مذبوحة|مذبوحين|مذبوحتين"]),
        (.killingWeapon, ["برصاص|رصاص|الرصاص|طعنا|طعناً|بالسكاكين|بالرصاص|رميا|خنقا|النار"]),
        (.killingWeapon, ["إطلاق|اطلاق|لإطلاق|لاطلاق|بإطلاق", "نار"]),
        (.killingWeapon, ["طلق|بطلق|طلقات|بطلقات|لطلق", "ناري|نارية"]),
        (.killingWeapon, ["أسلحة|بأسلحة|سلاح|بسلاح", "نارية|ناري|فردية|كاتمة"]),
        // Machine guns (استهدف مسلحون صهريجاً بالأسلحة الرشاشة).
        (.killingWeapon, ["بالأسلحة|الأسلحة|بأسلحة|أسلحة|بالسلاح", "الرشاشة|رشاشة|الخفيفة|خفيفة"]),
        (.killingWeapon, ["أداة|بأداة|آلة|بآلة", "حادة"]),
        (.killingWeapon, ["طعن|طعنه|طعنها|بسكين|سكين|بالسكين|كاتم|بكاتم|بكواتم"]),
        (.abduction, ["اختطاف|اختطف|خطف|اختطفت|يختطف|الخطف|الاختطاف|مختطف|المختطف"]),
        // Not يأسر: the given name ياسر is the same letters once the hamza is folded.
        (.arrest, ["اعتقال|اعتقل|اعتقلت|اعتقالات|الاعتقال|يعتقل|تعتقل|توقيف|أوقف|احتجاز|احتجز|أسر|أسرت|اسرت"]),
        // القبض على (an arrest), not قبضة (a grip: في قبضة المتشددين).
        (.arrest, ["القبض|قبض|قبضت", "على|عليه|عليها|عليهم|عليهما"]),
        (.raid, ["مداهمة|مداهمات|داهم|داهمت|دهم|مداهمتها|مداهمته"]),
        (.raid, ["حملة|حملات", "أمنية|امنية|اعتقالات|مداهمات|دهم|مداهمة|تفتيش"]),
        // A security operation (أطلقت الأسايش عملية أمنية داخل مخيم الهول): a sweep, like حملة أمنية.
        (.raid, ["عملية|عمليات", "أمنية|امنية"]),
        (.raid, ["إنزال|انزال|إنزالا|انزالا", "جوي|جويا|جوياً"]),
        (.target, ["استهدف|استهدفت|يستهدف|تستهدف|استهداف|مستهدفة|مستهدفا|طال|طالت|ضرب|ضربت"]),
        (.release, ["أفرج|افرج|الإفراج|الافراج|إفراج|أفرجت|افرجت|يفرج|تفرج"]),
        (.release, ["إطلاق|اطلاق|أطلق|أطلقت|اطلق|اطلقت|تطلق|يطلق|يطلقون", "سراح"]),
        // The release with its doer between (أطلقت قوات النظام سراح 5 معتقلين): سراح governed by أطلق.
        (.release, ["سراح"]),
        (.displacement, ["نزوح|نزح|نزحت|ينزح|النزوح|فر|فرار|فرت|هرب|هربا|فروا|تهجير|هجر|غادر|غادرت|وصل|وصلوا|وصلت|الوصول|وصول"]),
        (.evacuation, ["إجلاء|اجلاء|أجلى|أجلت|اجلت|خروج|خرج|خرجت|الخروج|إخراج|اخراج"]),
        (.transfer, ["نقل|نقلت|ينقل|ترحيل|رحل|رحلت|إعادة|اعادة|أعاد|أعادت|استلم|تسلم|تسلمت"]),
        (.handover, ["سلم|سلمت|تسليم|يسلم"]),
        (.protest, ["تظاهر|تظاهرة|تظاهرات|مظاهرة|مظاهرات|التظاهرات|المظاهرات|احتجاج|احتجاجات|الاحتجاجات|احتجاجية|اعتصام|اعتصم|محتجون|محتجين|المحتجين|متظاهرين|المتظاهرين|متظاهرون|المتظاهرون|احتج|احتجوا|احتجاجاً|احتجاجا"]),
        // A march (مسيرة، which is also a drone): named so by what qualifies it or by who joins it.
        (.protest, ["مسيرة|مسيرات|المسيرة|المسيرات", "شعبية|احتجاجية|جماهيرية|حاشدة|راجلة|مؤيدة|سلمية|تضامنية|غاضبة|منددة|رافضة|مناهضة|مناصرة|مطالبة|ليلية"]),
        (.protest, ["في|بمشاركة", "مسيرة|مسيرات"]),
        // A strike, a sit-in or a stand, and civil disobedience: protests without a march
        // (أضرب سكان البلدة وأغلقت المحال، وقفة احتجاجية، عصيان مدني).
        (.protest, ["إضراب|اضراب|الإضراب|الاضراب|إضرابا|اضرابا|إضراباً|اضراباً|أضرب|اضرب|أضربوا|اضربوا|مضربين|المضربين|المضربون"]),
        (.protest, ["وقفة|وقفات|الوقفة|الوقفات", "احتجاجية|تضامنية|صامتة|شعبية|منددة|جماهيرية|رافضة|غاضبة|سلمية"]),
        (.protest, ["عصيان|العصيان", "مدني|المدني"]),
        // Residents raising or burning a flag (رفع أهالي الطبقة علم الجمهورية، حرق الأعلام الأميركية): a protest.
        (.flag, ["علم|العلم|أعلام|الأعلام|اعلام|الاعلام|الراية|راية|رايات"]),
        (.dispersal, ["تفريق|لتفريق|فرق|فرقت|المسيلة|المسيل|قمع|فض|فضها|فضه"]),
        // Not عصيان alone: the civil disobedience of shopkeepers is no riot.
        (.riot, ["استعصاء|استعصاءً|شغب|تمرد"]),
        (.thrown, ["حجارة|مولوتوف"]),
        (.thrown, ["زجاجات|قنابل", "حارقة|الحارقة"]),
        (.celebration, ["احتفالات|احتفال|احتفالية|محتفلين|محتفلون"]),
        (.territory, ["سيطر|سيطرت|السيطرة|سيطرة|سيطرتها|سيطرته|انتزع|انتزعت|انتزاع|حرر|حررت|تحرير|استولى|استولت"]),
        (.governmentGain, ["استعاد|استعادت|استعادة|كسر|كسرت|فك"]),
        (.withdrawal, ["انسحب|انسحبت|انسحاب|الانسحاب|انسحبوا"]),
        (.agreement, ["اتفاق|اتفاقا|الاتفاق|اتفاقية|هدنة|الهدنة|صلح|مصالحة|المصالحة|تسوية|التسوية"]),
        (.agreement, ["وقف", "إطلاق|اطلاق", "النار"]),
        (.disrupted, ["تفكيك|فكك|فككت|إبطال|ابطال|أبطل|عثر|عثرت|العثور|ضبط|ضبطت|مصادرة|صادر"]),
        (.baseEstablished, ["أنشأ|أنشأت|انشأت|إنشاء|انشاء|افتتح|افتتحت|افتتاح|أقام|أقامت|إقامة|أسس|أسست|تأسيس|نشر|نشرت"]),
        (.kill, ["قتل|قتلت|مقتل|قتلى|قتيل|قتيلا|قتيلاً|قتيلان|قتيلين|مصرع|حتف|حتفه|حتفهم|استشهد|استشهاد|شهداء|شهيد|ضحايا|ضحية|وفاة|توفي|قضى|قضوا|الضحايا|القتلى|أرداه|أردته|أرداهم"]),
        // A body found "killed" (عثر على جثة شاب مقتولاً بطلق ناري): a killing, typed by its weapon.
        (.kill, ["مقتول|مقتولا|مقتولاً|مقتولة|مقتولين|مقتولان|مقتولتين|مقتولتان"]),
        // Lost one's life, lives reaped, a massacre: deaths told without قتل.
        (.kill, ["حياته|حياتها|حياتهم|حياتهما|لحياته|لحياتها|لحياتهم|لحياتهما"]),
        (.kill, ["حصد|حصدت|يحصد|أودى|أودت|اودى|اودت", "أرواح|ارواح|بحياة|بأرواح|بارواح|حياة"]),
        (.kill, ["راح|ذهب", "ضحيتها|ضحيته|ضحيتهما|ضحيتهم"]),
        // A massacre counts the dead; what did the killing types it.
        (.kill, ["مجزرة|مجازر|المجزرة|المجازر|مذبحة"]),
        (.injure, ["أصيب|اصيب|إصابة|اصابة|إصابات|اصابات|جرح|جرحى|جريح|جريحان|جريحين|مصاب|مصابين|الجرحى|أصابت|اصابت|أصاب|بجروح|وأصيب"]),
        (.noCasualties, ["دون", "وقوع|سقوط|تسجيل|أي"]),
        (.sniper, ["قنص|القنص|قناص|قناصة|برصاص قناص|قنصا"]),
        (.grenade, ["قنبلة|قنابل|رمانة", "يدوية|يدوي"]),
        (.looting, ["نهب|نهبت|سرقة|سرقت|سطو|نهبوا|سلب|سلبت|استولوا"]),
        (.destruction, ["أضرم|أضرموا|أضرمت|اضرم|اضرموا|أحرقوا|احرقوا|أحرق|احرق|أحرقت|احرقت|إحراق|احراق|هدم|هدمت|جرف|جرفت|تجريف|تدمير|دمر|دمرت|فجروا"]),
        (.handingOver, ["سلم|سلمت|تسليم", "مواقع|مناطق|نقاط|المواقع|المناطق|النقاط|قرى|بلدات"]),
        (.accident, ["حريق|حريقا|حريقاً|الحريق|ماس|تماس|أسطوانة|اسطوانة|احتراق|صعقة"]),
        (.cause, ["هربا|هرباً|خوفا|خوفاً|فرارا|فراراً|تجنبا"]),
        (.noCasualties, ["لم", "يسفر|تسفر|يسفرا"]),
    ]

    /// Patterns that are cues only a few words after a verb that governs them, its subject often
    /// between (أطلق مجهولون النار على، فقد شاب حياته، رفع أهالي المدينة العلم): by the pattern's first
    /// word alternatives as `triggers` writes them, the verbs' stems and how far back they may stand.
    /// `far`: how far back the verb may stand when only its subject, a noun phrase, stands between
    /// (فقد أحد أفراد الأسايش في بلدة الشحيل حياته).
    static let governors: [String: (verbs: [String], reach: Int, far: Int)] = [
        "النار|نار|الرصاص|رصاص": (["أطلق", "اطلق", "يطلق", "تطلق", "إطلاق", "اطلاق", "فتح", "يفتح", "تفتح"], 3, 8),
        "حياته|حياتها|حياتهم|حياتهما|لحياته|لحياتها|لحياتهم|لحياتهما": (["فقد", "يفقد", "تفقد", "فقدان"], 3, 12),
        // (The finite verbs only: إطلاق سراح is its own pattern, which knows a لـ of purpose.)
        "سراح": (["أطلق", "اطلق", "يطلق", "تطلق"], 1, 8),
        "علم|العلم|أعلام|الأعلام|اعلام|الاعلام|الراية|راية|رايات": (["رفع", "يرفع", "يرفعون", "ترفع", "حرق", "أحرق", "احرق",
            "يحرق", "تحرق", "إحراق", "احراق", "إنزال", "انزال", "أنزل", "انزل", "مزق", "تمزيق"], 6, 6),
    ]

    /// Words of a subject's noun phrase (its person noun, of which unit, where): between فقد and
    /// حياته they keep the verb's reach; any other word (a verb) ends it.
    static let nounPhraseWords: [String] = [
        "أحد", "احد", "إحدى", "احدى", "أفراد", "افراد", "عناصر", "عنصر", "مقاتلي", "مقاتل", "عضو", "أعضاء", "من", "في",
        "قرب", "بالقرب", "داخل", "بلدة", "قرية", "مدينة", "حي", "ريف", "مخيم", "بريف", "ببلدة", "بقرية", "بمدينة", "بحي",
        "الشرقي", "الغربي", "الشمالي", "الجنوبي", "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي",
        // Gunmen and how they came (أطلق مسلحون مجهولون يستقلون دراجة نارية النار على).
        "مسلحان", "مسلحون", "مسلحين", "مسلحو", "خلايا", "خلية", "مجهولون", "مجهولين", "مجهولان", "ملثمون", "ملثمين",
        "ملثمان", "يستقلون", "يستقلان", "يستقل", "دراجة", "دراجات", "نارية", "عنصران", "عنصرين",
    ]

    /// Words before a trigger that say the event did not (yet) happen or is not one incident.
    static let irrealis: [String] = [
        "سوف", "من المتوقع", "يتوقع", "توقعات", "يرجح", "يُرجح", "ينتظر", "يُنتظر", "يعتزم", "تعتزم", "ينوي", "تنوي",
        "يخطط", "تخطط", "يستعد", "تستعد", "تهدد", "يهدد", "هدد", "هددت", "نفى", "نفت", "ينفي", "تنفي", "نافية", "نافيا",
        "لم", "لن", "إذا", "اذا", "لو", "هل", "دعا", "دعت", "يطالب", "تطالب", "مطالبة", "احتمال", "محتمل", "محتملة",
        "خشية", "تخوف", "مخاوف", "حذر", "حذرت", "تحذير", "قد تكون", "ستفرض", "سيتم", "ستتم", "بهدف", "لمنع", "تسعى",
        "يسعى", "تحاول", "يحاول", "حاولت", "حاول", "إمكانية", "امكانية", "شائعات", "إشاعات", "يزعم", "مزاعم",
        "اقتربت", "اقترب", "قرب انتهاء", "على وشك", "مفاوضة", "مفاوضات", "المفاوضات",
        "بنود", "خرق", "انتهاك", "يتهم", "تتهم", "اتهم", "اتهمت", "اتهامات", "مقابل", "طالب", "طالبوا", "طالبت", "دون", "بدون", "عدم", "لمواجهة", "لصد", "تبنى", "تبنت", "يتبنى", "الذي يشهد", "التي تشهد", "الذي شهد",
        "التي شهدت", "تشهد منذ", "يشهد منذ", "وصفت", "وصف", "واصفا", "واصفة", "اعتبر",
        "اعتبرت", "يعتبر", "تعتبر", "يتخوف", "تتخوف", "يخشى", "تخشى",
        // "Is counted among" (تعد مخلفات الحرب أحد أبرز المخاطر): a general statement.
        "تعد", "يعد",
        // An attack to be launched (في طريقها لشن هجوم، تمهيداً لشن هجوم): an aim, not a deed.
        "لشن", "تمهيدا", "تمهيداً",
        "يطالبون", "مطالبا", "ناشد", "ناشدت", "دعوا", "فدية", "تهديد", "تهديدات", "توعد", "يتوعد",
        // Demands, plans and schedules: المطالبة بخروج، من المقرر أن تفرج، يفترض أن.
        "المطالبة", "بالمطالبة", "للمطالبة", "مطالبين", "يفترض", "يُفترض", "من المفترض", "المفترض", "من المقرر", "المقرر",
        "مقرر", "من المرتقب", "المرتقب", "مرتقب", "المزمع", "من المزمع", "المنتظر", "من المنتظر",
        // What a deed will bring about (سينتج عنه موجة نزوح، سيؤدي إلى مواجهات): a consequence foreseen.
        "سينتج", "ستنتج", "سيؤدي", "ستؤدي", "سيتسبب", "ستتسبب",
        // The cause of what is told now (وذلك بعد سيطرة قسد على المدينة): background.
        "وذلك بعد", "ذلك بعد",
        // Readiness and vows to go on (أعلنت الوزارة جاهزيتها لتسلم السجون، ستواصل عملياتها الأمنية):
        // what a party is ready or resolved to do, not what it did.
        "جاهزية", "جاهزيتها", "جاهزيته", "جاهزيتنا", "استعدادها", "استعداده", "استعدادنا", "ستواصل", "سيواصل", "سنواصل",
        "ستستمر", "سيستمر",
    ]

    /// Phrases that make a clause a summary over weeks or months, not one incident.
    static let aggregate: [String] = [
        "منذ مطلع", "منذ بداية", "منذ مطلع العام", "خلال الشهرين", "خلال الشهر", "خلال الأشهر", "خلال أسبوع",
        "خلال الأسبوع", "خلال الأسابيع", "خلال العام", "منذ أسبوعين", "منذ أشهر", "منذ سنوات", "خلال السنوات",
        "إجمالي", "اجمالي", "في المجمل", "منذ بدء", "على مدى", "بعد سنوات", "منذ أشهر", "الأسابيع الماضية",
        "الأشهر الماضية", "الشهرين الأخيرين", "الشهرين الماضيين", "الأسابيع القليلة", "الأشهر الأخيرة", "السنوات الماضية",
        "العام الماضي",
        // A span of dates a tally covers: خلال الفترة الممتدة من 24 آذار وحتى 18 حزيران.
        "الفترة الممتدة", "خلال الفترة ذاتها", "خلال الفترة نفسها", "خلال الفترة الماضية",
        // Long ago: على خلفية اقتتال نشب قبل عدة أشهر.
        "قبل أشهر", "قبل عدة أشهر", "قبل سنوات", "قبل عدة سنوات", "قبل أعوام", "قبل عامين", "قبل عام", "منذ عامين",
        "قبل شهور", "قبل عدة شهور",
        // Habits, not one incident: حيث تشن عمليات اغتيال ضد قسد، بين الحين والآخر.
        "تشن عمليات", "يشن عمليات", "تنفذ عمليات", "ينفذ عمليات", "بين الحين والآخر", "بين الحين والاخر",
        "بين الفينة والأخرى", "بين الفينة والاخرى", "بين حين وآخر", "من حين لآخر", "من حين لاخر", "عادة ما", "غالبا ما",
        "غالباً ما", "في العادة",
        // The setting a report gives its news (يأتي ذلك في ظل توتر واشتباكات متقطعة): context.
        "يأتي ذلك مع", "يأتي هذا مع", "يأتي ذلك في ظل", "يأتي هذا في ظل", "يأتي ذلك وسط", "يأتي هذا وسط",
        "تأتي هذه", "يأتي ذلك بالتزامن مع", "يأتي هذا بالتزامن مع",
        // A rate that changed: تراجعت وتيرة هجمات التنظيم.
        "تراجعت وتيرة", "تراجع وتيرة", "انخفضت وتيرة", "انخفاض وتيرة", "ارتفعت وتيرة", "ارتفاع وتيرة",
        "بشكل متكرر", "بشكل شبه يومي", "بشكل مستمر", "بشكل دوري",
        // What usually follows (ما يسفر عن سقوط قتلى في معظم الأحيان، وعادة ما يسقط ضحايا): a habit.
        "معظم الأحيان", "أغلب الأحيان", "غالب الأحيان", "غالبا ما", "عادة ما", "تسفر غالبا", "يسفر غالبا",
        // A trend, not one incident: عقب ازدياد هجمات التنظيم، تشهد المنطقة تزايداً في عمليات الاغتيال.
        "ازدياد هجمات", "ازدياد الهجمات", "ازدياد عمليات", "تزايد هجمات", "تزايد الهجمات", "تزايد عمليات",
        "تزايدا في", "ازديادا في", "تصاعد وتيرة", "تصاعدا في", "تصاعد الهجمات", "تصاعد هجمات", "تصاعد عمليات",
        // Widening the range of its attacks (وسعت خلايا داعش نطاق هجماتها): a trend.
        "نطاق هجماتها", "نطاق هجماته", "نطاق هجماتهم", "نطاق عملياتها", "نطاق عملياته", "نطاق عملياتهم",
        // Repeated blasts, attacks that recur (تشهد المنطقة تفجيرات متكررة): a habit.
        "متكررة", "المتكررة", "بصورة متكررة",
        // Of late (شهدت الأرياف في الآونة الأخيرة عمليات اغتيال واسعة): a trend, not one incident.
        "الآونة الأخيرة", "الاونة الأخيرة",
    ]

    /// Words that mark people as civilians (victims, the displaced, protesters).
    static let civilianWords: [String] = [
        "مدني", "مدنيين", "مدنيون", "مدنيا", "مدنياً", "مدنية", "المدنيين", "مدنيان", "مدنيين", "أطفال", "طفل", "طفلا",
        "طفلان", "طفلين", "الأطفال", "نساء", "امرأة", "امرأتان", "امرأتين", "سيدة", "رجل", "شاب", "شابا", "شاباً", "شابين", "شبان", "الشبان", "شباب", "الشباب",
        "مسن", "عائلة", "عائلات", "العائلات", "أهالي", "الأهالي", "سكان", "السكان", "مواطن", "مواطنين", "مواطنون",
        "راع", "راعي", "راعيان", "راعيين", "مزارع", "مدرس", "معلم", "طالب", "لاجئة", "لاجئ", "لاجئين", "نازحين",
        "نازحون", "أشخاص", "شخص", "شخصين", "شخصا", "شخصاً", "ناشط", "ناشطين", "ناشطا", "صحفي", "إعلامي", "طبيب",
        "ممرض", "عامل", "عمال", "تاجر", "موظف", "موظفا", "موظفاً", "موظفين", "مختار", "وجيه", "أب", "ابنه", "ابنها", "زوجته", "مدرّس", "مدنيين",
        // The trucks that carry fuel and goods, and their drivers.
        "صهريج", "صهريجا", "صهريجاً", "صهاريج", "الصهريج", "الصهاريج", "شاحنة", "شاحنات", "سائق", "السائق",
    ]

    /// Words that mark the victims as fighters or soldiers.
    static let combatantWords: [String] = [
        "عنصر", "عناصر", "عنصرا", "عنصراً", "عنصرين", "عنصران", "مقاتل", "مقاتلين", "مقاتلا", "جندي", "جنود", "جنديان",
        "جنديين", "عسكري", "عسكريين", "عسكريون", "مسلح", "مسلحين", "مسلحا", "حاجز", "حاجزا", "دورية", "نقطة", "موقع",
        "مواقع", "ثكنة", "قاعدة", "رتل", "آلية", "سيارة عسكرية", "عربة", "مقر", "مقرات", "عناصرها", "عناصره", "قيادي",
        "قياديا", "ضابط", "ضباط", "مرتزقة", "مسلحي", "مقاتلي", "عناصر", "حراسة",
    ]

    /// Words before "سيطرة" that make it a noun of extent, not a capture: مناطق سيطرة، تحت سيطرة.
    /// (رغم سيطرة قسد على تلك المناطق، في ظل سيطرة: the state despite or under which something happens.)
    static let controlNouns: [String] = ["مناطق", "تحت", "خاضعة", "الخاضعة", "نفوذ", "خطوط", "مناطق سيطرة", "منطقة", "بسط",
                                         "رغم", "برغم", "ظل"]

    /// Each trigger pattern's cue and number of words, by pattern number, for the scan.
    package let patternCues: [Cue]
    package let patternLengths: [Int]
    /// The number of the pattern of fire opened on someone (أطلق النار على).
    package let shootingPattern: Int
    /// The governing verbs (their inflected forms) and reach of the patterns in `governors`.
    package let patternGovernors: [(verbs: KeyTable, reach: Int, far: Int)?]
    package let nounPhraseKeys: KeyTable
    package let cueIndex: CueIndex
    /// The hedge and summary phrases as word keys, by the key of their first word, so a scan asks
    /// only the phrases that can start at a word.
    package let irrealisByFirst: PhraseIndex
    package let aggregateByFirst: PhraseIndex
    package let civilianKeys: KeyTable
    package let combatantKeys: KeyTable

    package init() {
        let triggerPatterns = Self.triggers.map { cue, words in
            (cue: cue, words: words.map { alt in alt.split(separator: "|").map { ArabicNormalizer.normalize(String($0)) } })
        }
        patternCues = triggerPatterns.map(\.cue)
        patternLengths = triggerPatterns.map(\.words.count)
        shootingPattern = triggerPatterns.firstIndex { $0.cue == .shooting } ?? -1
        patternGovernors = Self.triggers.map { _, words in
            Self.governors[words[0]].map { (verbs: WordPattern.formKeys($0.verbs), reach: $0.reach, far: $0.far) }
        }
        nounPhraseKeys = WordPattern.keys(Self.nounPhraseWords)
        cueIndex = CueIndex(patterns: triggerPatterns)
        func keys(_ phrase: String) -> [UInt64] { ArabicNormalizer.words(phrase).map(NameKey.wordKey) }
        irrealisByFirst = PhraseIndex(Self.irrealis.map(keys))
        aggregateByFirst = PhraseIndex(Self.aggregate.map(keys))
        civilianKeys = KeyTable(keys: Self.civilianWords.map(NameKey.wordKey))
        combatantKeys = KeyTable(keys: Self.combatantWords.map(NameKey.wordKey))
    }

    package static let shared = EventLexicon()
}

/// Phrases (as word keys) by the key of their first word: a scan asks only the phrases that can
/// start at a word, through a `KeyTable` (no hashing of its own, no reference counting).
package struct PhraseIndex: Sendable {
    @usableFromInline var table = KeyTable(capacity: 64)
    private var lists: [[[UInt64]]] = []

    package init(_ phrases: [[UInt64]]) {
        for phrase in phrases where !phrase.isEmpty {
            if let i = table[phrase[0]] {
                lists[Int(i)].append(phrase)
            } else {
                table.insert(phrase[0], Int32(lists.count))
                lists.append([phrase])
            }
        }
    }

    /// The phrases whose first word has key `key`.
    package subscript(key: UInt64) -> [[UInt64]]? {
        table[key].map { lists[Int($0)] }
    }

    /// Whether a phrase may start at a word with key `key`, or `bare`, its key without و or ف (0:
    /// none): most words are turned away here, before the phrases are compared.
    @inlinable
    package func mayStart(_ key: UInt64, _ bare: UInt64) -> Bool {
        table.contains(key) || (bare != 0 && table.contains(bare))
    }
}
