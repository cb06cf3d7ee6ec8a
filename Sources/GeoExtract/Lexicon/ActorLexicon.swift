import Gazetteer

/// The armed groups, forces and parties the reports name, by their Arabic aliases, with the
/// canonical English names analysts filter on (ACLED's where it has one).
package final class ActorLexicon: Sendable {
    package static let sdf = "SDF"
    package static let isis = "ISIS"
    package static let coalition = "International Coalition"
    package static let saa = "Syrian Arab Army"
    /// The forces of the government that took power on 8 December 2024, by ACLED's names for them:
    /// the army of the Ministry of Defence, and the General Security and internal security forces
    /// of the Ministry of the Interior. A report dated before that day names Assad's army.
    package static let syriaMilitary = "Military Forces of Syria (2024-)"
    package static let syriaPolice = "Police Forces of Syria (2024-)"
    package static let asayish = "Asayish"
    package static let sna = "Syrian National Army"
    package static let turkey = "Turkish Armed Forces"
    package static let russia = "Russian Armed Forces"
    package static let israel = "Israeli Armed Forces"
    package static let iran = "Iranian-backed militias"
    package static let iraq = "Iraqi forces"
    package static let ndf = "National Defence Forces"
    package static let progov = "Pro-government militias"
    package static let aa = "Autonomous Administration"
    package static let tribal = "Tribal fighters"
    package static let civilians = "Civilians"
    package static let protesters = "Protesters"
    package static let rioters = "Rioters"
    package static let unidentifiedArmed = "Unidentified armed group"
    package static let unidentifiedMilitary = "Unidentified military forces"

    /// Canonical name and its aliases; an alias of several words is matched as a phrase.
    static let aliases: [(String, [String])] = [
        (sdf, ["قسد", "قوات الصناديد", "حزب العمال الكردستاني", "العمال الكردستاني", "الوحدات الكردية", "قوات مكافحة الإرهاب", "قوات سوريا الديمقراطية", "قوات سورية الديمقراطية", "سوريا الديمقراطية", "سورية الديمقراطية",
               "وحدات حماية الشعب", "الوحدات الكردية", "القوات الكردية", "مجلس دير الزور العسكري", "مجلس منبج العسكري", "المجلس العسكري لدير الزور", "المجلس العسكري في دير الزور",
               "المجلس العسكري لمنبج", "مجلس الرقة العسكري", "المجلس العسكري للرقة",
               "وحدات حماية المرأة", "لواء ثوار الرقة", "مليشيا قسد", "ميليشيا قسد", "مليشيات قسد",
               "ميليشيات قسد", "الوحدات", "القوات الديمقراطية", "قوات قسد", "مقاتلي قسد", "مقاتلو قسد",
               // Turkish outlets' names for them (الأناضول: تنظيم "بي كي كي/ واي بي جي" الإرهابي).
               "واي بي جي", "بي كي كي", "ي ب ك", "بي واي دي", "ب ي د",
               // The government press's names for them (not the Turkish-backed الفصائل).
               "الفصائل الكردية", "الميليشيات الكردية", "المليشيات الكردية", "الميلشيات الكردية",
               // The news agencies' spelling with و (قوات سورية الديموقراطية), and the name of their
               // 2016-17 offensive on Raqqa and Tabqa (قوات غضب الفرات، غرفة عمليات غضب الفرات).
               "قوات سوريا الديموقراطية", "قوات سورية الديموقراطية", "سوريا الديموقراطية", "سورية الديموقراطية",
               "قوات غضب الفرات", "غرفة عمليات غضب الفرات"]),
        (asayish, ["الأسايش", "الآسايش", "الاسايش", "أسايش", "آسايش", "قوى الأمن الداخلي", "قوات الأمن الداخلي", "الأمن الداخلي"]),
        (isis, ["داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية", "الدولة الإسلامية", "تنظيم داعش", "خلايا التنظيم",
                "عناصر التنظيم", "مسلحو التنظيم", "مسلحي التنظيم", "التنظيم", "تنظيم الدولة الاسلامية", "خلية نائمة",
                "خلايا نائمة", "الخلايا النائمة", "ولاية الخير", "مرتزقة داعش",
                // The news agencies' word for them in the north-east (لطرد الجهاديين من معقلهم).
                "الجهاديين", "الجهاديون"]),
        (coalition, ["التحالف الدولي", "التحالف", "قوات التحالف", "طيران التحالف", "التحالف الأميركي", "التحالف الأمريكي",
                     "القوات الأمريكية", "القوات الأميركية", "الجيش الأمريكي", "الجيش الأميركي", "الاحتلال الأميركي",
                     "الاحتلال الأمريكي", "القوات الأمريكية", "عسكريين أمريكيين", "عسكريين أميركيين", "القيادة المركزية الأمريكية",
                     "التحالف الدولي ضد داعش", "قوة من التحالف", "قوات الاحتلال الأمريكي", "قوات الاحتلال الأميركي",
                     "القيادة المركزية الأميركية", "وزارة الدفاع الأمريكية", "وزارة الدفاع الأميركية", "البنتاغون", "بنتاغون",
                     "سنتكوم", "السنتكوم", "قيادة المنطقة المركزية الأمريكية", "قيادة المنطقة المركزية الأميركية",
                     "القيادة الوسطى الأمريكية", "القيادة الوسطى الأميركية"] + forcesNamed(["أمريكي", "أمريكية", "أميركي", "أميركية", "أمريكيين", "أميركيين"])),
        (saa, ["الجيش السوري", "الجيش العربي السوري", "قوات النظام", "جيش النظام", "النظام السوري", "القوات الحكومية",
               "القوات السورية", "قوات الأسد", "القوات النظامية", "الحكومة السورية", "المخابرات الجوية", "فرع المخابرات الجوية",
               "الأمن العسكري", "المخابرات العسكرية", "الفرقة الرابعة", "الحرس الجمهوري", "قوات الحكومة السورية",
               "الجيش", "النظام", "دمشق", "قوات الجيش السوري", "وحدات من الجيش السوري", "وزارة الدفاع السورية",
               "وزارة الدفاع", "هيئة العمليات", "هيئة العمليات في الجيش السوري"]),
        // The Ministry of the Interior's forces and the authorities of Damascus (أعلنت وزارة الداخلية
        // القبض على...): a party of their own after December 2024, Assad's before.
        (syriaPolice, ["وزارة الداخلية", "وزارة الداخلية السورية", "الأمن العام", "جهاز الأمن العام", "قوات الأمن العام",
                       "عناصر الأمن العام", "السلطات السورية", "قوات الأمن السورية", "قوات الأمن السوري", "الأمن السوري",
                       "الأجهزة الأمنية السورية"]),
        (ndf, ["الدفاع الوطني", "قوات الدفاع الوطني", "ميليشيا الدفاع الوطني", "مليشيا الدفاع الوطني"]),
        (sna, ["الجيش الوطني", "الجيش الوطني السوري", "فصائل الجيش الوطني", "الفصائل الموالية لتركيا",
               "الفصائل المدعومة من تركيا", "الفصائل السورية الموالية لأنقرة", "فصائل المعارضة", "الفصائل",
               "الجيش السوري الحر", "الجيش الحر", "فرقة الحمزة", "فرقة السلطان مراد", "أحرار الشرقية", "الشرطة العسكرية",
               // Kurdish outlets' name for them: مرتزقة الاحتلال التركي.
               "مرتزقة الاحتلال التركي", "مرتزقة الاحتلال", "مرتزقة تركيا", "مرتزقة أنقرة", "الفصائل الموالية لأنقرة"]),
        (turkey, ["الجيش التركي", "القوات التركية", "الطيران التركي", "المسيرات التركية", "طائرة مسيرة تركية", "مسيرة تركية",
                  "المدفعية التركية", "تركيا", "أنقرة", "الاحتلال التركي", "الطائرات التركية", "طائرات تركية", "القوات التركيه",
                  "الجندرما", "الجندرمة", "حرس الحدود التركي", "الاستخبارات التركية", "المخابرات التركية", "قوات الاحتلال التركي",
                  "جيش الاحتلال التركي", "وزارة الدفاع التركية", "وزارة الداخلية التركية"]
                  + forcesNamed(["تركي", "تركية"])),
        (russia, ["الطيران الروسي", "القوات الروسية", "الطائرات الروسية", "الطائرات الحربية الروسية", "الشرطة العسكرية الروسية",
                  "روسيا", "الجيش الروسي", "موسكو", "وزارة الدفاع الروسية", "المقاتلات الروسية", "طائرات روسية"] + forcesNamed(["روسي", "روسية"])),
        // (إ and ا are one letter once folded: اسرائيلي is matched by the same keys.)
        (israel, ["إسرائيل", "الجيش الإسرائيلي", "الطيران الإسرائيلي", "سلاح الجو الإسرائيلي", "الاحتلال الإسرائيلي",
                  "المقاتلات الإسرائيلية", "الطائرات الإسرائيلية"] + forcesNamed(["إسرائيلي", "إسرائيلية"])),
        (progov, ["لواء القدس", "الميليشيات الموالية للنظام", "ميليشيات النظام", "مليشيات النظام", "الميليشيات الموالية للحكومة",
                  "ميليشيات موالية للنظام", "مليشيات موالية للنظام", "كتائب البعث", "القاطرجي", "مليشيا القاطرجي", "ميليشيا القاطرجي"]),
        (iran, ["ميليشيا إيرانية", "ميليشيات إيرانية", "مليشيا إيرانية", "مليشيات إيرانية", "ميليشيا موالية لإيران",
                "الميليشيات الإيرانية", "الميليشيات الموالية لإيران", "ميليشيات موالية لإيران", "الحرس الثوري",
                "الحرس الثوري الإيراني", "حزب الله", "لواء فاطميون", "فاطميون", "زينبيون", "الميليشيات المدعومة من إيران",
                "المليشيات الإيرانية", "مليشيات إيران", "ميليشيات إيران", "الميليشيات الشيعية", "لواء الباقر",
                "ميليشيا الحرس الثوري", "النجباء", "لواء الباقر", "الميليشيات الموالية لإيران",
                "حركة النجباء", "كتائب حزب الله", "الميليشيات الإيرانية المتمركزة"]),
        (iraq, ["وزارة الداخلية العراقية", "وزارة الدفاع العراقية", "القوات العراقية", "الجيش العراقي", "السلطات العراقية", "حرس الحدود العراقي", "الحكومة العراقية",
                "الحشد الشعبي", "قوات الحشد الشعبي", "البيشمركة", "قوات البيشمركة"]),
        (aa, ["الإدارة الذاتية", "الادارة الذاتية", "دائرة العلاقات الخارجية", "مجلس الرقة المدني", "مجلس دير الزور المدني",
              "الإدارة الذاتية لشمال وشرق سوريا"]),
        (tribal, ["مقاتلي العشائر", "مقاتلين من العشائر", "أبناء العشائر", "العشائر العربية", "قوات العشائر", "أبناء عشيرتين",
                  "أبناء العشيرة", "عشيرة", "عشيرتين", "العشائر", "مسلحين من العشائر", "مقاتلون من العشائر", "وجهاء",
                  "عشائرية", "العشائرية", "عشائري", "العشائري", "مسلحين عشائريين", "مسلحون عشائريون", "عشائريين",
                  "العشائريين", "عشائريون", "العشائريون"]),
        (unidentifiedArmed, ["مسلحون مجهولون", "مجهولين", "مجهولون", "مسلحين مجهولين", "مجهول", "ملثمون", "ملثمين",
                             "مسلحين مجهولي الهوية", "مسلحون مجهولو الهوية"]),
        (unidentifiedMilitary, ["طائرات مجهولة", "طائرات مجهولة الهوية", "طيران مجهول", "طائرة مجهولة", "طيران حربي مجهول",
                                "مسيرة مجهولة"]),
        (protesters, ["متظاهرين", "المتظاهرين", "متظاهرون", "المتظاهرون", "محتجين", "المحتجين", "محتجون", "المحتجون"]),
        (rioters, ["معتقلون", "المعتقلين", "سجناء", "السجناء", "نزلاء"]),
    ]

    package let index: NameIndex
    package let names: [String]

    package init() {
        var index = NameIndex()
        var names: [String] = []
        for (canonical, aliases) in Self.aliases {
            // One id per canonical name, however many lists give its aliases.
            let id = names.firstIndex(of: canonical) ?? names.count
            if id == names.count { names.append(canonical) }
            for a in aliases { index.add(name: a, place: id, origin: .primary, ambiguous: false) }
        }
        self.index = index
        self.names = names
    }

    /// A strike or a force named by its country's adjective (قصف أمريكي، غارات روسية، قصف مدفعي
    /// تركي، الضربات الجوية الأمريكية), not anyone of that country: الرئيس الأمريكي is no party on the ground.
    static func forcesNamed(_ adjectives: [String]) -> [String] {
        // (And what the forces move: دورية روسية، رتل تركي. Not a base or a post, which reports name
        // as landmarks: القرى القريبة من القاعدة الروسية.)
        let nouns = ["قصف", "غارة", "غارات", "ضربة", "ضربات", "طائرة", "طائرات", "مسيرة", "قوات", "جنود", "مروحية", "مروحيات",
                     "طيران", "قذائف", "دورية", "دوريات", "رتل", "أرتال"]
        // The arm may stand between a strike and its adjective: قصف جوي أمريكي، القصف المدفعي التركي،
        // طائرة مسيرة تركية، طائرة مروحية أمريكية (ة and ه are one letter once folded).
        let armed: Set<String> = ["قصف", "غارة", "غارات", "ضربة", "ضربات", "طائرة", "طائرات", "قذائف"]
        let arms = ["جوي", "جوية", "مدفعي", "مدفعية", "صاروخي", "صاروخية", "مسيرة", "حربية", "مروحية"]
        // Only the words that agree with the noun, as Arabic writes them (غارات جوية أمريكية، جنود
        // أمريكيين): the index holds no name a report could not write. قصف and طيران take any: they
        // may end a construct whose first noun the adjective agrees with (ضربات طيران أمريكية، عمليات
        // قصف روسية).
        enum Agreement { case masculine, feminine, masculinePlural, any }
        func agreement(_ word: String) -> Agreement {
            word.hasSuffix("ين") ? .masculinePlural : word.hasSuffix("ة") ? .feminine : .masculine
        }
        let nounAgreement: [String: Agreement] = ["قصف": .any, "طيران": .any, "رتل": .masculine, "جنود": .masculinePlural]
        var names: [String] = []
        for n in nouns {
            let g = nounAgreement[n] ?? .feminine
            for a in adjectives where g == .any || agreement(a) == g {
                names.append(n + " " + a)
                names.append("ال" + n + " ال" + a)
                guard armed.contains(n) else { continue }
                for arm in arms where g == .any || agreement(arm) == g {
                    names.append(n + " " + arm + " " + a)
                    names.append("ال" + n + " ال" + arm + " ال" + a)
                }
            }
        }
        return names
    }

    /// For each actor number, whether its name is one of `names`: a set of actors asked about by the
    /// number an `ActorHit` carries, without comparing names.
    package func marks(_ names: [String]) -> [Bool] {
        self.names.map(names.contains)
    }

    package static let shared = ActorLexicon()
}
