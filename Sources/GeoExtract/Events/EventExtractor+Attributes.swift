import Gazetteer

extension EventExtractor {
    static let patientMarkers: Set<String> = Set(
        ["على", "ضد", "استهدف", "استهدفت", "مواقع", "موقع", "نقطة", "حاجز", "دورية", "مقر", "مقرات", "عناصر", "عنصرين",
         "عنصرا", "عنصر", "مقاتلي", "مقاتلين", "جنود", "قوات", "تابعة", "رتل", "آليات", "سيارة", "خطوط", "مواقعا",
         "عن", "مع", "لصالح", "مسلحي", "عسكريين", "طال", "ضربات", "تستهدف", "يستهدف", "أسرى", "سجون", "إلى", "الى",
         "معتقلي", "مناطق", "تجاه", "بحق", "أفراد", "افراد", "قيادي", "قياديين", "مسؤول", "عربات", "نقاط", "حراسة"]
            .map(ArabicNormalizer.normalize))
    static let backers: Set<String> = Set(
        ["المدعومة", "المدعوم", "مدعومة", "المدعومين", "الموالية", "الموالين", "الموالي", "موالية", "بدعم", "بمساندة",
         "بإسناد", "بغطاء", "وبمساندة", "مدعوما", "المقربة", "برعاية", "رعاه", "بوساطة", "وساطة",
         // Close to or tied to a party (مصادر مقربة من قسد، الميليشيا المرتبطة بإيران): who a source or
         // a group leans on, no side of the incident.
         "مقربة", "المقرب", "مقرب", "المقربين", "مقربين", "المقربون", "مقربون", "المرتبطة", "المرتبط", "مرتبطة",
         "المرتبطين", "مرتبطين",
         // The second of a pair: بدعم وإسناد من التحالف.
         "وإسناد", "ومساندة", "ودعم", "وبدعم", "وبإسناد",
         // With the help of: بمساعدة قوات التحالف، أقدمت قسد على اعتقال.
         "بمساعدة", "وبمساعدة"].map(ArabicNormalizer.normalize))

    /// Nouns after which an actor's name is the attacker: طيران التحالف، خلايا التنظيم، برصاص مجهولين.
    static let agentHeads: Set<String> = Set(
        ["قصف", "بقصف", "غارة", "غارات", "بغارة", "بغارات", "ضربة", "ضربات", "الضربات", "الغارات", "القصف",
         "طيران", "طائرات", "طائرة", "مسيرة", "خلايا", "خلية", "مسلحو", "مسلحون", "مسلحين", "مقاتلو", "قوات", "قوة",
         "دورية", "دوريات", "عناصر", "وحدات", "فصائل", "ميليشيا", "مليشيا", "ميليشيات", "برصاص", "رصاص", "قبل",
         "بهجوم", "هجوم", "نفذه", "شنه", "شنته", "نفذته", "سلاح", "مدفعية", "عملية", "مدفعيته", "فرع", "فريق",
         // The accusative, after إن or as an object: إن قصفاً مدفعياً للجيش الوطني استهدف.
         "قصفا", "هجوما", "إطلاق", "بإطلاق", "اطلاق", "باطلاق"]
            .map(ArabicNormalizer.normalize))
    /// Agent heads that name a weapon or an attack, not just a unit: برصاص، طيران، شنه.
    static let strikerHeads: Set<String> = Set(
        ["قصف", "بقصف", "غارة", "غارات", "بغارة", "بغارات", "ضربة", "ضربات", "الضربات", "الغارات", "القصف",
         "طيران", "طائرات", "طائرة", "مسيرة", "برصاص", "رصاص", "قبل", "بهجوم", "هجوم", "نفذه", "شنه", "شنته", "نفذته",
         "سلاح", "مدفعية", "مدفعيته", "قصفا", "هجوما",
         // Who fired (بإطلاق مقاتلي التنظيم النار عليهما): the firing is the weapon.
         "إطلاق", "بإطلاق", "اطلاق", "باطلاق"].map(ArabicNormalizer.normalize))

    /// Nouns after which an actor's name is the target: مواقع التنظيم، حاجز لقسد، دورية للقوات.
    static let targetHeads: Set<String> = Set(
        ["مواقع", "موقع", "نقطة", "نقاط", "حاجز", "حواجز", "مقر", "مقرات", "مقار", "سيارة", "رتل", "آلية", "آليات", "عربة",
         "خطوط", "تجمعات", "معاقل", "مراكز", "مركز", "ثكنة", "قاعدة", "عنصر", "عنصرين", "عنصرا", "مقاتلين", "جنود",
         "عسكريين", "قيادي", "قياديا", "مسؤول", "أفراد", "افراد", "حراسة", "مستودع", "مستودعات", "على", "ضد", "بحق",
         "استهدف", "استهدفت", "تستهدف", "يستهدف", "طالت", "طال", "أسرى", "معتقلي", "سجون"]
            .map(ArabicNormalizer.normalize))

    /// Words for a party's men or units, which stand between a weapon or a target and the party's
    /// name: برصاص عناصر قسد (its men shot), سيارة عناصر قسد (its men's car was hit).
    static let unitHeadKeys = WordPattern.keys(["عناصر", "مسلحي", "مسلحو", "مقاتلي", "مقاتلو", "قوات", "ميليشيا", "مليشيا",
                                                "ميليشيات", "مليشيات", "فصائل", "خلايا", "خلية", "وحدات", "جنود"])
    /// A party's men as a number counts them (تسعة عناصر، 12 مقاتلاً، خمسة جنود).
    static let countedMenKeys = WordPattern.keys(["عناصر", "عنصرا", "عنصراً", "مقاتلين", "مقاتلا", "مقاتلاً", "جنود", "جنديا",
                                                  "جندياً", "مسلحين", "مسلحا", "مسلحاً", "أفراد", "افراد"])
    /// Words whose next word names the dead or wounded as whom a place or people belong to.
    static let victimsOwnerKeys = WordPattern.keys(["بيت", "دار", "مؤسسة", "عوائل", "ذوي", "ذوو", "أسر", "عائلات", "مقبرة",
                                                    "جمعية", "رابطة", "مجلس", "مشفى"])
    static let patientMarkerKeys = WordPattern.keys(Array(patientMarkers))
    static let targetVerbKeys = WordPattern.keys(["استهدف", "استهدفت", "تستهدف", "يستهدف"])
    /// Nouns that name what a strike was aimed at, standing as the object of استهدف.
    static let objectHeadKeys = WordPattern.keys(["مواقع", "موقع", "نقطة", "نقاط", "حاجز", "حواجز", "مقر", "مقرات", "مقار", "سيارة",
        "رتل", "آلية", "آليات", "عربة", "تجمعات", "معاقل", "مراكز", "مركز", "ثكنة", "قاعدة", "مستودع", "مستودعات", "منزل",
        "منزلا", "منازل", "دورية", "عناصر", "عنصرا", "قرية", "قرى", "بلدة", "مدينة", "خطوط",
        // (The accusative, its alef kept once the tanween is folded away.)
        "رتلا", "موقعا", "حاجزا", "مقرا", "تجمعا", "مستودعا", "مركزا"])

    /// What was targeted follows token `end`: an object head (مواقع، رتلاً، سيارة) right after it, or
    /// after the weapon it was targeted with (استهدفت تركيا بطائرة مسيرة سيارة، استهدفت قسد بصواريخ مواقع).
    func objectFollows(_ end: Int, clause: Range<Int>, ctx: Context) -> Bool {
        let tokens = ctx.analysis.tokens
        guard end < clause.upperBound, tokens.firstLetter(end) != FoldedLetter.waw else { return false }
        func isObject(_ j: Int) -> Bool { WordPattern.anyStem(tokens, j, { Self.objectHeadKeys.contains($0) }) }
        if isObject(end) { return true }
        // The weapon: a word with بـ that is no place's or party's, then at most two words describing it.
        guard tokens.firstLetter(end) == FoldedLetter.beh, ctx.actors.actor(startingAt: end) == nil,
            ctx.mentions(startingIn: end..<(end + 1)).isEmpty
        else { return false }
        for j in (end + 1)..<min(clause.upperBound, end + 4) {
            if isObject(j) { return true }
            if tokens.firstLetter(j) == FoldedLetter.waw || ctx.actors.actor(startingAt: j) != nil { return false }
        }
        return false
    }
    static let partnerKeys = WordPattern.keys(["بمشاركة", "وبمشاركة", "بالتنسيق", "وبالتنسيق", "بالتعاون", "وبالتعاون", "بالاشتراك",
                                               "وبالاشتراك"])
    static let withKey = NameKey.wordKey("مع")
    static let backerKeys = WordPattern.keys(Array(backers))
    static let lamLetters: [UInt32] = [NameKey.lam]
    /// مجهول، مجهولين، المجهولة: unknown assailants.
    static let unknownLetters = WordPattern.letters("مجهول")
    static let agentHeadKeys = WordPattern.keys(Array(agentHeads))
    static let strikerHeadKeys = WordPattern.keys(Array(strikerHeads))
    static let targetHeadKeys = WordPattern.keys(Array(targetHeads))
    static let sourceNounKeys = WordPattern.keys(Array(sourceNouns))
    static let betweenKey = NameKey.wordKey("بين")
    static let ownershipLinkKeys = WordPattern.keys(Array(ownershipLinks))
    /// Words between a source noun and the actor it speaks for: مصدر في، بيان من، المتحدث باسم.
    static let sourceLinkKeys = WordPattern.keys(["في", "من", "باسم"])
    /// The actor is the subject of a verb of saying, and another actor is named in what it says. The
    /// verb stands before it or, the subject told first, just after it and its alias in brackets
    /// (وكانت قوى الأمن الداخلي (أسايش) قالت في بيان أن القصف التركي...).
    func isSpeaker(_ a: ActorHit, of actors: [ActorHit], clause: Range<Int>, ctx: Context) -> Bool {
        // (A name may run on past the clause's end: what follows it in the clause is then nothing.)
        let end = min(a.end, clause.upperBound)
        let said = (max(clause.lowerBound, a.start - 2)..<a.start).contains { k in
            Self.sayingKeys.contains(ctx.keys[k]) || Self.sayingKeys.contains(ctx.keysWithoutConjunction[k])
        } || (end..<min(clause.upperBound, end + 2)).contains { Self.sayingKeys.contains(ctx.keys[$0]) }
        guard said, let that = (end..<clause.upperBound).first(where: { Self.thatKeys.contains(ctx.keys[$0]) }) else { return false }
        // Said that it did (أعلنت وزارة الداخلية أنها ألقت القبض على عناصر من داعش): the speaker acted
        // (one that says it came under an attack, أنها تعرضت لهجوم، is acted on: a side all the same).
        if Self.thatItKeys.contains(ctx.keys[that]), that + 1 < clause.upperBound,
            !ctx.analysis.tokens.hasPrefix(that + 1, anyOf: Self.undergoStems)
        {
            return false
        }
        return actors.contains { $0.start > that && $0.name != a.name }
    }

    static let sayingKeys = WordPattern.keys(["قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "ذكر", "ذكرت", "أفاد", "أفادت",
                                             "أشار", "أشارت", "أوضح", "أوضحت", "اتهم", "اتهمت", "زعم", "زعمت", "كشف", "كشفت",
                                             "نشر", "نشرت", "أورد", "أوردت", "بث", "بثت", "وثق", "وثقت"])
    static let thatKeys = WordPattern.keys(["إن", "أن", "بأن", "إنه", "أنه", "بأنه", "إنها", "أنها", "بأنها", "إنهم", "أنهم"])
    static let thatItKeys = WordPattern.keys(["إنه", "أنه", "بأنه", "إنها", "أنها", "بأنها", "إنهم", "أنهم"])

    /// على، ضد before a name that follows an agent head keep it the target.
    static let onAgainstKeys = WordPattern.keys(["على", "ضد"])
    /// شنه، شنته، نفذه، نفذته: the attack the next words name the author of.
    static let launchedKeys = WordPattern.keys(["شنه", "شنته", "شنها", "نفذه", "نفذته", "نفذها", "شنوه", "نفذوه"])

    /// Actor 1 acts, actor 2 is acted on. An actor is the target when the words before it say so
    /// (على، ضد، استهدف، مواقع، حاجز لـ، عنصرين من after قُتل), the attacker when they name its
    /// weapon or unit (طيران التحالف، خلايا التنظيم، برصاص مجهولين), and otherwise a party in the order
    /// named, the first acting: Arabic reports put the actor first (VSO or SVO). بين X وY is a pair.
    /// ACLED's defaults by type fill what the text does not say.
    func actorsFor(type: EventType, clause: Range<Int>, trigger: Int, cues: [CueHit], ctx: Context) -> (String?, String?) {
        let tokens = ctx.analysis.tokens
        var agents: [String] = []
        var patients: [String] = []
        let inClause = Array(ctx.actors[ctx.actors(startingIn: clause)])
        let likely = Self.likelyKeys, from = Self.fromKey
        let killAt = cues.filter { $0.cue == .kill || $0.cue == .injure }.map(\.token)
        // The killer, and whoever did the deed told in the passive (قصف ... على مواقع قسد من قبل الفصائل):
        // من قبل names the doer.
        var killers = cues.filter { $0.cue == .kill || $0.cue == .injure }.compactMap { killer(of: $0, clause: clause, ctx: ctx)?.start }
        if let by = inClause.first(where: { a in a.start > trigger && Self.isNamedBy(a.start, from: clause.lowerBound, ctx: ctx) }) {
            killers.append(by.start)
        }
        let between = clause.first { ctx.keys[$0] == Self.betweenKey }
        let metDeath: [Range<Int>] = killAt.compactMap { k in
            guard tokens.hasPrefix(k, anyOf: Self.deathNouns),
                let met = (max(clause.lowerBound, k - 12)..<k).last(where: { Self.metVerbKeys.contains(NumberLexicon.bareKey(tokens, $0)) }),
                // Far back, only the subject's noun phrase stands between (فقد as "so" before a verb
                // of its own governs nothing).
                k - met <= 4 || isGoverned(acrossSubject: k, clause: clause, by: Self.metVerbKeys, ctx: ctx, reach: 12)
            else { return nil }
            return met + 1..<k
        }
        // The one that came under the deed (تعرضت قسد لاستهداف بطائرة مسيرة، قسد تعرضت لهجوم) is acted on.
        let undergo = undergoVerb(of: trigger, clause: clause, ctx: ctx)
        var pair: [String] = []
        /// The role the previous party named took (true: acted on), and where its name ended.
        var previous: (patient: Bool, end: Int)?
        /// Parties joined to the one before them: they act with it, and are not what it acts on.
        var allies: Set<String> = []
        var partners: [String] = []
        for (n, a) in inClause.enumerated() {
            if n > 0 && a.name == inClause[n - 1].name && a.start <= inClause[n - 1].end + 1 { continue }
            // Gunmen or men named by the party right after them (مسلحي قسد، عناصر ميليشيا قسد) are
            // that party's: the party speaks for them.
            if Self.unnamedParties[a.id], n + 1 < inClause.count, inClause[n + 1].start == a.end,
                !Self.unnamedParties[inClause[n + 1].id], tokens.firstLetter(a.end) != FoldedLetter.waw
            {
                continue
            }
            // The clan of the victims counted (بينهم 8 من محافظة دير الزور من عشيرة البوسرايا) is who
            // they were, not a side.
            if a.name == ActorLexicon.tribal, a.start > trigger,
                (max(trigger, a.start - 8)..<a.start).contains(where: { Self.amongKeys.contains(ctx.keys[$0]) })
            {
                continue
            }
            // A country a person went to or came back from (عودته من تركيا، سافر إلى تركيا) is a
            // place, no party.
            if a.end - a.start == 1, isTravelPlace(a.start, clause: clause, ctx: ctx) { continue }
            // The party someone is charged with dealing with (اعتقلت شابين بتهمة التواصل مع قسد) is the
            // charge, no side: the one held was a civilian. (بتهمة الانتماء لداعش names a member.)
            if a.start > trigger, isChargedDealing(with: a.start, clause: clause, ctx: ctx) { continue }
            // Detainees are the rioters of a prison riot, and no party of anything else.
            if a.name == ActorLexicon.rioters && type != .violentDemonstration && type != .mobViolence { continue }
            // A party in a relative clause on a place after the trigger describes the place (في بلدة
            // ذيبان التي تسيطر عليها قسد): no side of this incident. (الحصار الذي فرضه داعش keeps داعش.)
            if a.start > trigger, (trigger..<a.start).contains(where: { r in
                Self.relativeKeys.contains(ctx.keys[r]) && ctx.mentions(endingAt: r)
            }) {
                continue
            }
            // Who held what was taken (تحرير 6 نقاط كان يتمركز فيها مرتزقة داعش) lost it.
            if type == .nonStateActorOvertakesTerritory || type == .governmentRegainsTerritory, a.start > trigger,
                (trigger..<a.start).contains(where: { Self.wasKeys.contains(ctx.keys[$0]) })
            {
                patients.append(a.name)
                previous = (true, a.end)
                continue
            }
            // A second party joined to the first by و (قوات النظام والميليشيات الإيرانية، قوات النظام
            // السوري والميليشيات) shares its role.
            if let p = previous, Self.joinedByAnd(a, after: p.end, ctx: ctx) {
                if p.patient { patients.append(a.name) } else { agents.append(a.name) }
                allies.insert(a.name)
                previous = (p.patient, a.end)
                continue
            }
            // Whether the word `back` places before the name has a form in `table` (the forms of the
            // word just before, asked about most, are made once).
            let justBefore = a.start - 1 >= clause.lowerBound ? WordPattern.stemForms(tokens, a.start - 1) : nil
            func stemBefore(_ back: Int, in table: KeyTable) -> Bool {
                if back == 1 { return justBefore?.any(in: table) ?? false }
                return a.start - back >= clause.lowerBound && WordPattern.anyStem(tokens, a.start - back, { table.contains($0) })
            }
            // A partner (بالتنسيق مع التحالف، بمشاركة التحالف، بالتعاون مع) acts with the party, not on
            // it: an ally, actor 1 only when no other party acts.
            if stemBefore(1, in: Self.partnerKeys)
                || (a.start - 2 >= clause.lowerBound && ctx.keys[a.start - 1] == Self.withKey && Self.partnerKeys.contains(ctx.keys[a.start - 2]))
            {
                partners.append(a.name)
                continue
            }
            // Backers and supporters are context, not parties: المدعومة من أنقرة، بمساندة التحالف،
            // والمدعومة من التحالف (the و joins a second description of the same party).
            if stemBefore(1, in: Self.backerKeys)
                || (a.start - 2 >= clause.lowerBound && ctx.keys[a.start - 1] == Self.fromKey
                    && (Self.backerKeys.contains(ctx.keys[a.start - 2]) || Self.backerKeys.contains(ctx.keysWithoutConjunction[a.start - 2])))
            {
                continue
            }
            // The parent named right after a party (قوات الأسايش التابعة لـ"قسد"، الدفاع الوطني التابع
            // للنظام) says whose unit that party is: it is no second side.
            if n > 0, isParent(a, of: inClause[n - 1], clause: clause, ctx: ctx) { continue }
            // Who holds the place (مخيم الهول الخاضع لسيطرة قسد) is no side of an incident there;
            // only a capture is about who holds what.
            if type != .nonStateActorOvertakesTerritory && type != .governmentRegainsTerritory,
                Self.backsOrHolds(a, tokens: tokens, keys: ctx.keys)
            {
                continue
            }
            // Nor is the party the doers are guessed to belong to (مجهولون يرجح أنهم من عناصر داعش): ACLED
            // leaves a suspected perpetrator unidentified.
            // (Asked only of a name that من stands just before: من عناصر داعش، من داعش.)
            if a.start - 2 >= clause.lowerBound, ctx.keys[a.start - 1] == from || ctx.keys[a.start - 2] == from,
                (max(clause.lowerBound, a.start - 5)..<a.start).contains(where: { likely.contains(ctx.keys[$0]) && isAttribution(at: $0, clause: clause, ctx: ctx) })
            {
                continue
            }
            // (Nor the party the weapon is guessed to be of: طائرات يرجح أنها للتحالف.)
            if a.start - 2 >= clause.lowerBound, ctx.analysis.tokens.firstLetter(a.start) == FoldedLetter.lam,
                EventExtractor.thatPronounKeys.contains(ctx.keys[a.start - 1]), likely.contains(ctx.keys[a.start - 2])
            {
                continue
            }
            // Nor is the party an outlet belongs to (وكالة سانا التابعة للنظام، وكالة هاوار التابعة
            // للإدارة الذاتية): it names who runs the news, not who acted.
            if isOutletsOwner(a, clause: clause, ctx: ctx) { continue }
            // Nor are aircraft flying over a shelling (لتقوم مروحيات روسية بالتحليق): they watched it.
            if ctx.cueHits[a.start].contains(where: { lexicon.patternCues[Int($0.slot.pattern)] == .airAsset }),
                isOverflight(a.start, clause: clause, ctx: ctx)
            {
                continue
            }
            // Nor is a party the deed happened in spite of (على الرغم من انتشار القوات الروسية في محيط البلدة،
            // رغم وجود التحالف): the setting, not a side.
            if (2...3).contains(where: { back in a.start - back >= clause.lowerBound && Self.despiteKeys.contains(ctx.keys[a.start - back]) }) {
                continue
            }
            // Nor is the capital of a dateline (دمشق – سانا، أنقرة/ الأناضول): where the news was filed.
            if a.start == clause.lowerBound, a.end < clause.upperBound, Self.agencyKeys.contains(ctx.keys[a.end]) { continue }
            // Whoever says what another did is the source, not a party: قالت الأسايش إن طائرة تركية
            // استهدفت (but قالت قسد إنها سيطرت keeps قسد, who did it).
            if isSpeaker(a, of: inClause, clause: clause, ctx: ctx) { continue }
            // Sources are not parties either: قال مصدر في قسد، المتحدث باسم التحالف، بيان للجيش.
            if stemBefore(1, in: Self.sourceNounKeys)
                || (a.start > clause.lowerBound && Self.sourceLinkKeys.contains(ctx.keys[a.start - 1]) && stemBefore(2, in: Self.sourceNounKeys))
            {
                continue
            }
            if let b = between, a.start > b, pair.count < 2, !pair.contains(a.name) {
                pair.append(a.name)
                continue
            }
            // لـ written apart before a quoted name (مواقع لـ"قسد"): the name's own prefix, the head
            // the word before it.
            let loneLam = a.start > clause.lowerBound && tokens.tokens[a.start - 1].letterCount == 1
                && tokens.firstLetter(a.start - 1) == NameKey.lam
            // The head the name belongs to: the word before it, or the one before تابعة لـ / من.
            let apart = loneLam ? 1 : 0
            var head = [1 + apart]
            if a.start - 1 - apart >= clause.lowerBound, Self.ownershipLinkKeys.contains(ctx.keys[a.start - 1 - apart]) {
                // The noun the unit belongs to may stand a word or two further back: سيارة عسكرية تابعة لـ.
                head = []
                for back in (2 + apart)...(4 + apart) where a.start - back >= clause.lowerBound {
                    head.append(back)
                    if stemBefore(back, in: Self.agentHeadKeys) || stemBefore(back, in: Self.targetHeadKeys) { break }
                }
            }
            func headIn(_ table: KeyTable) -> Bool { head.contains { stemBefore($0, in: table) } }
            let lPrefixed = (tokens.hasPrefix(a.start, Self.lamLetters) && !tokens.hasPrefix(a.start, Self.articleLetters)) || loneLam
            // An alias that names aircraft (طيران التحالف، الطائرات الروسية) is the one striking.
            let airborne = (max(clause.lowerBound, a.start - 1)...a.start).contains { k in
                ctx.cueHits[k].contains { lexicon.patternCues[Int($0.slot.pattern)] == .airAsset } && !isOverflight(k, clause: clause, ctx: ctx)
            }
            // An actor named by its strike (قصف أمريكي، غارات روسية) is the one striking.
            let namedByStrike = WordPattern.anyStem(tokens, a.start, { Self.strikerHeadKeys.contains($0) })
            // An attack of X, its adjective between (هجوم مباغت لتنظيم الدولة على مواقع): X attacked.
            let attackOf = lPrefixed && stemBefore(2, in: Self.strikerHeadKeys)
                && !stemBefore(1, in: Self.targetHeadKeys) && !stemBefore(1, in: Self.patientMarkerKeys)
            // Unit words before the name (برصاص مسلحي ميليشيا قسد، سيارة عناصر قسد): the word before
            // them says whether the party's men struck or were struck.
            var chain = 1
            while chain <= 3 && stemBefore(chain, in: Self.unitHeadKeys) { chain += 1 }
            let unitStriker = chain > 1 && stemBefore(chain, in: Self.strikerHeadKeys)
            let unitTarget = chain > 1 && !unitStriker && stemBefore(chain, in: Self.targetHeadKeys) && !stemBefore(chain, in: Self.onAgainstKeys)
            let agentHead = headIn(Self.agentHeadKeys) || airborne || namedByStrike || attackOf
            var patient = headIn(Self.targetHeadKeys) || stemBefore(1, in: Self.patientMarkerKeys)
                || (lPrefixed && !agentHead)
            // Victims named after قُتل / أصيب / مقتل (عنصرين من قسد, عناصر من قوات ...): a unit word
            // does not make them attackers there; only a weapon or an attack word does.
            let striker = airborne || namedByStrike || headIn(Self.strikerHeadKeys) || unitStriker
            if agentHead && !stemBefore(1, in: Self.onAgainstKeys) { patient = false }
            if unitStriker { patient = false }
            if unitTarget { patient = true }
            if killAt.contains(where: { a.start > $0 && a.start - $0 <= 5 }) && !striker { patient = true }
            // Further on, the men "of" the party that close a list of the dead (مقتل جندي تركي و3 عناصر من
            // أحرار الشرقية) are still the dead, when no other deed stands between.
            if !striker, !patient, a.start - 2 >= clause.lowerBound, ctx.keys[a.start - 1] == from, stemBefore(2, in: Self.unitHeadKeys),
                let k = killAt.last(where: { a.start > $0 && a.start - $0 <= 8 }),
                !cues.contains(where: { $0.token > k && $0.token < a.start && $0.cue.isDeed })
            {
                patient = true
            }
            // Between لقي and مصرعه / حتفه stands who died: لقي قيادي في تنظيم داعش مصرعه.
            if metDeath.contains(where: { $0.contains(a.start) }) { patient = true }
            // Named as the one who killed (قتلت القوات التركية مدنيين، على يد الجيش التركي).
            // The subject of تعرض, after the verb or just before it, came under the deed.
            if let u = undergo, !striker, (a.start > u && a.start < trigger) || a.end == u { patient = true }
            // After استهدفت, a party followed by what it targeted (استهدفت قسد مواقع لداعش) is the
            // subject of the verb; without an object it is the target (استُهدفت قسد بصواريخ).
            if a.end < clause.upperBound, stemBefore(1, in: Self.targetVerbKeys), !stemBefore(1, in: Self.onAgainstKeys),
                objectFollows(a.end, clause: clause, ctx: ctx)
            {
                patient = false
            }
            if killers.contains(a.start) { patient = false }
            if patient { patients.append(a.name) } else { agents.append(a.name) }
            previous = (patient, a.end)
        }
        // Fought off or came under an attack that X launched (تصديهم لهجوم شنته خلايا داعش، تعرضت
        // دورية لهجوم نفذه مجهولون): X attacked, the one who fought it off or came under it is acted on.
        if undergo != nil,
            let attacker = inClause.first(where: { a in
                a.start > trigger && a.start - trigger <= 4
                    && (isGoverned(a.start, clause: trigger..<clause.upperBound, by: Self.launchedKeys, ctx: ctx, reach: 2)
                        // لهجوم من تنظيم داعش، لهجوم من قبل مجهولين: the attack's maker after من.
                        || isByAgent(a.start, after: trigger, ctx: ctx))
            }),
            let target = inClause.first(where: { $0.start < trigger && $0.name != attacker.name && !Self.unnamedParties[$0.id] })
        {
            return (attacker.name, target.name)
        }
        // اشتباكات عشائرية، اقتتال عشائري: tribe against tribe, when no other party is named but
        // the holder of the place (هاجم أبناء العشائر مقرات قسد: the tribes against the SDF).
        if type == .armedClash, inClause.contains(where: { $0.start == trigger + 1 && $0.name == ActorLexicon.tribal }),
            !inClause.contains(where: { a in
                a.name != ActorLexicon.tribal && !Self.unnamedParties[a.id]
                    // (تسيطر عليها قوات سوريا الديمقراطية/قسد/: the holder, however often named.)
                    && !inClause.contains { $0.id == a.id && Self.backsOrHolds($0, tokens: ctx.analysis.tokens, keys: ctx.keys) }
            })
        {
            return (ActorLexicon.tribal, ActorLexicon.tribal)
        }
        agents += partners
        allies.formUnion(partners)
        patients.removeAll { partners.contains($0) }
        var actor1: String?
        var actor2: String?
        if pair.count == 2 {
            (actor1, actor2) = (pair[0], pair[1])
        } else {
            actor1 = pair.first ?? agents.first
            actor2 = patients.first { $0 != actor1 } ?? agents.first { $0 != actor1 && !allies.contains($0) }
        }
        // Named as the one who killed (بعد اغتياله من قبل مجهولين، قتل على يد عناصر الحرس): the killer
        // acts, whoever the clause named before it (the victim, told first in the passive).
        if let k = killers.first, let killer = inClause.first(where: { $0.start == k }), actor1 != killer.name {
            if actor2 == nil || actor2 == killer.name { actor2 = actor1 }
            actor1 = killer.name
        }
        // A drone or an air strike is carried out by a party with aircraft: the party whose car or
        // post it hit, named first (كانت سيارة عناصر قسد تسير ... قبل أن تستهدفها المسيرة التركية), is
        // what it struck.
        // A party that flies drones of its own and is the strike verb's subject (قسد استهدفت بطائرة
        // مسيرة سيارة للقوات الحكومية، هاجمت قسد الجيش بطائرة مسيرة) struck.
        if type == .airDroneStrike, let a1 = actor1, let a2 = actor2, !Self.airForces.contains(a1), Self.airForces.contains(a2),
            !(Self.droneFlyers.contains(a1) && inClause.contains { $0.name == a1 && ($0.end == trigger || $0.start == trigger + 1) })
        {
            (actor1, actor2) = (a2, a1)
        }
        func civiliansNamed() -> Bool { clause.contains { tokens.anyForm($0, { lexicon.civilianKeys.contains($0) }) } }
        let hasCue = { (c: EventLexicon.Cue) in cues.contains { $0.cue == c } }
        switch type {
        case .peacefulProtest:
            return (ActorLexicon.protesters, nil)
        case .protestWithIntervention, .excessiveForceAgainstProtesters:
            // The force is the party named next to the shots or the dispersal (واجهتها قسد بالرصاص), not
            // the authority whose decision was protested earlier in the clause (ضد قرار الإدارة الذاتية).
            let crowd: Set<String> = [ActorLexicon.protesters, ActorLexicon.civilians]
            let force = cues.filter { $0.cue == .dispersal || $0.cue == .shooting || $0.cue == .killingWeapon }.map(\.token)
            let near = force.isEmpty ? nil : inClause.filter { !crowd.contains($0.name) }
                .min { a, b in force.map { abs($0 - a.start) }.min()! < force.map { abs($0 - b.start) }.min()! }
            return (ActorLexicon.protesters, near?.name ?? agents.first { !crowd.contains($0) })
        case .violentDemonstration, .mobViolence:
            let crowd: Set<String> = [ActorLexicon.rioters, ActorLexicon.protesters, ActorLexicon.civilians]
            return (ActorLexicon.rioters, (agents + patients).first { !crowd.contains($0) })
        case .otherStrategic where !hasCue(.release) && !hasCue(.handover) && !hasCue(.transfer):
            return (ActorLexicon.civilians, nil)
        default:
            break
        }
        if actor1 == nil {
            switch type {
            case .airDroneStrike: actor1 = ActorLexicon.unidentifiedMilitary
            case .remoteExplosive, .shelling, .attack, .abduction, .armedClash, .suicideBomb, .grenade:
                actor1 = ActorLexicon.unidentifiedArmed
            default: break
            }
        }
        if actor2 == nil, [.attack, .airDroneStrike, .shelling, .remoteExplosive, .abduction, .suicideBomb, .arrests, .otherStrategic].contains(type),
            civiliansNamed()
        {
            actor2 = ActorLexicon.civilians
        }
        // A battle whose sides the clause leaves out is fought between the sides the report is about;
        // parties the report joins by و (حاصرت قوات النظام والميليشيات الإيرانية البلدة) fight on one side.
        if type == .armedClash || type == .nonStateActorOvertakesTerritory {
            let sides = ctx.documentSides
            if actor1 == nil || actor1 == ActorLexicon.unidentifiedArmed && !clause.contains(where: { WordPattern.contains(tokens, $0, letters: Self.unknownLetters) }) {
                actor1 = sides.first { $0 != actor2 && !ctx.allied($0, actor2) } ?? actor1
            }
            if actor2 == nil { actor2 = sides.first { $0 != actor1 && !ctx.allied($0, actor1) } }
        }
        if actor1 == actor2 && type != .armedClash { actor2 = nil }
        return (actor1, actor2)
    }

    /// The parties on the ground that fly armed drones of their own, and no other aircraft.
    static let droneFlyers: Set<String> = [ActorLexicon.sdf, ActorLexicon.isis]

    /// The parties that fly aircraft over the region.
    static let airForces: Set<String> = [ActorLexicon.turkey, ActorLexicon.russia, ActorLexicon.israel, ActorLexicon.coalition, ActorLexicon.saa,
                                         ActorLexicon.iraq, ActorLexicon.iran, ActorLexicon.unidentifiedMilitary]

    /// The country named at `i` (one word: تركيا، روسيا، إيران، العراق) is where someone went or
    /// came back from: إلى، نحو or في before it, or من after a verb of coming back or fleeing.
    func isTravelPlace(_ i: Int, clause: Range<Int>, ctx: Context) -> Bool {
        guard i - 1 >= clause.lowerBound, Self.countryNameKeys.contains(ctx.keys[i]) else { return false }
        let before = ctx.keys[i - 1]
        if Self.towardKeys.contains(before) { return true }
        return before == Self.fromKey && i - 2 >= clause.lowerBound
            && WordPattern.anyStem(ctx.analysis.tokens, i - 2, { Self.returnKeys.contains($0) })
    }

    /// The name at `start` follows a charge of dealing with it: بتهمة (بحجة، بذريعة) التعامل (التواصل،
    /// التخابر، التعاون) مع.
    func isChargedDealing(with start: Int, clause: Range<Int>, ctx: Context) -> Bool {
        guard start - 3 >= clause.lowerBound, ctx.keys[start - 1] == Self.withKey,
            WordPattern.anyStem(ctx.analysis.tokens, start - 2, { Self.dealingKeys.contains($0) })
        else { return false }
        return (max(clause.lowerBound, start - 4)..<(start - 2)).contains { WordPattern.anyStem(ctx.analysis.tokens, $0, { Self.chargeKeys.contains($0) }) }
    }

    static let chargeKeys = WordPattern.keys(["تهمة", "تهم", "حجة", "ذريعة"])
    static let dealingKeys = WordPattern.keys(["التعامل", "التواصل", "التخابر", "التعاون", "تعامل", "تواصل", "تخابر", "تعاون",
                                               "تعاملهم", "تعامله", "تواصلهم", "تواصله", "تعاونه", "تعاونهم"])

    static let countryNameKeys = WordPattern.keys(["تركيا", "روسيا", "إيران", "ايران", "العراق", "إسرائيل", "امريكا", "أمريكا"])
    static let towardKeys = WordPattern.keys(["إلى", "الى", "نحو", "باتجاه", "في"])
    static let returnKeys = WordPattern.formKeys(["عودة", "عودته", "عاد", "عائد", "عائدا", "قادم", "قادما", "قدوم", "وصول", "وصوله",
                                                  "هرب", "فر", "فرار", "سافر", "ترحيل", "ترحيله", "رحل"])

    /// `a` is joined by و to the party named before it, which ends at `end`: right after it, or after
    /// the adjectives that describe it (قوات النظام السوري والميليشيات): the two act together.
    static func joinedByAnd(_ a: ActorHit, after end: Int, ctx: Context) -> Bool {
        let tokens = ctx.analysis.tokens
        guard a.start >= end, a.start - end <= 2, tokens.firstLetter(a.start) == FoldedLetter.waw else { return false }
        return (end..<a.start).allSatisfy { k in tokens.hasPrefix(k, articleLetters) && ctx.cueHits.isEmpty(k) }
    }

    /// The party is named as the owner of a news outlet: an affiliation word (التابعة، المقربة من)
    /// before it, and an outlet noun (وكالة، شبكة، موقع، وسائل إعلام) a few words before that.
    func isOutletsOwner(_ a: ActorHit, clause: Range<Int>, ctx: Context) -> Bool {
        let tokens = ctx.analysis.tokens
        guard let link = (max(clause.lowerBound, a.start - 2)..<a.start).last(where: { k in
            WordPattern.anyStem(tokens, k, { Self.affiliationKeys.contains($0) })
        }) else { return false }
        return (max(clause.lowerBound, link - 5)..<link).contains { k in
            WordPattern.anyStem(tokens, k, { Self.outletKeys.contains($0) })
        }
    }

    /// `a` follows `unit` with only a word of belonging between (التابعة لـ، التابع لـ): it names
    /// the body `unit` belongs to.
    func isParent(_ a: ActorHit, of unit: ActorHit, clause: Range<Int>, ctx: Context) -> Bool {
        var k = a.start - 1
        // لـ written apart (التابعة لـ"قسد").
        if k > clause.lowerBound, ctx.keys[k] == Self.bareLamKey { k -= 1 }
        return k >= clause.lowerBound && unit.end == k && Self.belongingKeys.contains(ctx.keys[k])
    }

    static let bareLamKey = NameKey.wordKey("ل")
    static let belongingKeys = WordPattern.keys(["التابعة", "التابع", "تابعة", "تابع", "التابعين", "التابعتين"])

    static let affiliationKeys = WordPattern.keys(["التابعة", "التابع", "تابعة", "تابع", "المقربة", "المقرب", "مقربة", "الموالية",
                                                   "الموالي", "موالية", "الناطقة", "الناطق"])
    static let despiteKeys = WordPattern.keys(["رغم", "الرغم", "برغم", "ورغم"])
    /// News agencies that sign a dateline after the city it was filed from.
    static let agencyKeys = WordPattern.keys(["سانا", "الأناضول", "هاوار", "رويترز", "نورث", "روداو", "رووداو", "سمارت", "إيزدينا"])
    static let outletKeys = WordPattern.keys(["وكالة", "وكالات", "شبكة", "موقع", "صفحة", "صفحات", "قناة", "إعلام", "اعلام",
                                              "الإعلام", "الاعلام", "وسائل", "منصة", "معرفات", "صحيفة", "إذاعة", "اذاعة", "تلفزيون"])

    /// Deaths and injuries stated in the clause: numbers next to the words for killed and
    /// wounded, with duals, singular victims and ACLED's values for vague counts.
    /// `vague` is set when a count is ACLED's value for a vague word (قتلى، عشرات), which a stated
    /// number told elsewhere should replace.
    func casualties(in clause: Range<Int>, cues: [CueHit], tokens: TokenizedText, actors: [ActorHit] = []) -> (fatalities: Int?, injured: Int?, vague: Bool) {
        var fatalities: Int?
        var injured: Int?
        var vague = false
        let none = cues.filter { $0.cue == .noCasualties }.map { $0.token + $0.length }
        let tollCues = cues.filter { $0.cue == .kill || $0.cue == .injure }
        for cue in cues where cue.cue == .kill || cue.cue == .injure || cue.cue == .execution || cue.cue == .assassination {
            // دون وقوع إصابات: the word names what did not happen.
            if none.contains(where: { cue.token >= $0 && cue.token <= $0 + 1 }) { continue }
            // دار الجرحى، مؤسسة عوائل الشهداء، ذوي الضحايا: a house or the kin of the dead, no toll.
            if cue.token > clause.lowerBound, WordPattern.anyStem(tokens, cue.token - 1, { Self.victimsOwnerKeys.contains($0) }) { continue }
            // على خلفية مقتل شاب، بسبب وفاة فلان: a death that set off the incident, not its toll.
            if cue.cue == .kill, cue.token > clause.lowerBound, Self.causeOfKeys.contains(tokens.key(cue.token - 1)) { continue }
            // ضحايا عملية السطو، ضحية السرقة: the victims of a robbery or a fraud were robbed, not killed.
            if cue.cue == .kill, WordPattern.anyStem(tokens, cue.token, { Self.victimWordKeys.contains($0) }),
                (cue.token + 1..<min(clause.upperBound, cue.token + 3)).contains(where: { WordPattern.anyStem(tokens, $0, { Self.nonLethalDeedKeys.contains($0) }) })
            {
                continue
            }
            switch negation(of: cue.token, clause: clause, tokens: tokens) {
            case .denied:
                // دون أن تسفر عن وقوع إصابات، ولم ينتج عنها إصابات: none, and no one killed either.
                if cue.cue == .injure { injured = injured ?? 0 }
                fatalities = fatalities ?? 0
                continue
            case .unknown:
                continue  // ولا أنباء عن إصابات: not said.
            case nil:
                break
            }
            // مقتل وجرح 28، قتل وجرح العشرات: one number for the dead and the wounded together, which it does not split
            // (قتيلان وجريحان count themselves).
            if NumberLexicon.read(tokens, at: cue.token) == nil,
                let other = tollCues.first(where: { $0.cue != cue.cue && abs($0.token - cue.token) == 1 && NumberLexicon.read(tokens, at: $0.token) == nil }),
                max(cue.token, other.token) + 1 < clause.upperBound,
                NumberLexicon.read(tokens, at: max(cue.token, other.token) + 1) != nil
            {
                continue
            }
            guard let (n, isVague) = count(around: cue.token, clause: clause, tokens: tokens, cues: cues, actors: actors) else { continue }
            vague = vague || isVague
            if cue.cue == .injure { injured = (injured ?? 0) < n ? n : injured } else { fatalities = (fatalities ?? 0) < n ? n : fatalities }
        }
        if cues.contains(where: { $0.cue == .noCasualties }) {
            if fatalities == nil { fatalities = 0 }
            if injured == nil { injured = 0 }
        }
        return (fatalities, injured, vague)
    }

    static let causeOfKeys = WordPattern.keys(["خلفية", "بسبب", "وبسبب"])

    enum Negation { case denied, unknown }

    /// Whether the casualty word at `k` is said not to have happened (دون أن تسفر عن وقوع إصابات، لم
    /// ينتج عنها إصابات، بدون ضحايا) or not to be known (دون ورود معلومات عن إصابات، ولا أنباء عن
    /// ضحايا): read back over the words of result and of "any" to a negation.
    func negation(of k: Int, clause: Range<Int>, tokens: TokenizedText) -> Negation? {
        var i = k - 1
        var steps = 0
        var unknown = false
        while i >= clause.lowerBound && steps < 6 {
            let key = tokens.key(i)
            if Self.negatorKeys.contains(key) { return unknown ? .unknown : .denied }
            // لتجنب سقوط ضحايا، خشية وقوع إصابات: casualties feared or averted, not counted.
            if Self.avertKeys.contains(key) { return .unknown }
            if Self.noNewsKeys.contains(key) {
                unknown = true
            } else if Self.alsoUnsaidKeys.contains(key) {
                i -= 1
                continue  // not counted: the words between stay those of one casualty word
            } else if !Self.resultWordKeys.contains(key) {
                return nil
            }
            i -= 1
            steps += 1
        }
        return nil
    }

    static let negatorKeys = WordPattern.keys(["دون", "بدون", "ودون", "دونما", "لم", "ولم", "لا", "ولا", "عدم", "وعدم"])
    static let avertKeys = WordPattern.keys(["تجنب", "لتجنب", "وتجنب", "تجنبا", "تجنيب", "لتجنيب", "تفادي", "لتفادي", "تفاديا",
        "منعا", "لمنع", "ومنع", "خشية", "خوفا", "مخافة", "تحسبا", "ضرورة"])
    static let noNewsKeys = WordPattern.keys(["معلومات", "أنباء", "انباء", "تفاصيل", "ورود", "أخبار", "اخبار", "حديث", "تقارير"])
    static let resultWordKeys = WordPattern.keys(["عن", "عنها", "عنه", "عنهما", "وقوع", "سقوط", "تسجيل", "أي", "اي", "أية", "اية", "أن",
        "ان", "تسفر", "يسفر", "أسفر", "اسفر", "ينتج", "تنتج", "يسجل", "تسجل", "يقع", "تقع", "يسقط", "تسقط", "ترد", "يرد",
        "يخلف", "تخلف", "تؤدي", "يؤدي", "بشرية", "تذكر"])

    /// Another casualty word joined by "or" shares the negation: دون ورود معلومات عن سقوط قتلى أو جرحى.
    static let alsoUnsaidKeys = WordPattern.keys(["أو", "او", "قتلى", "القتلى", "ضحايا", "الضحايا", "وفيات"])

    /// Nouns that make the actor after them a source of the report: مصدر في، المتحدث باسم.
    static let sourceNouns: Set<String> = Set(["مصدر", "مصادر", "متحدث", "المتحدث", "ناطق", "الناطق", "بيان", "بيانا", "باسم",
                                               "إعلام", "اعلام", "وكالة", "مراسل",
                                               // The media centre (بيان المركز الإعلامي لقسد، المكتب الإعلامي للتحالف).
                                               "الإعلامي", "الاعلامي", "الإعلامية", "الاعلامية"]
        .map(ArabicNormalizer.normalize))
    static let ownershipLinks: Set<String> = Set(["تابعة", "التابعة", "تابع", "التابع", "من"].map(ArabicNormalizer.normalize))
    static let pluralVictims: Set<String> = Set(["قتلى", "جرحى", "القتلى", "الجرحى", "ضحايا", "الضحايا", "اصابات", "إصابات", "شهداء", "مصابين"]
        .map(ArabicNormalizer.normalize))
    static let toWords: Set<String> = Set(["إلى", "الى"].map(ArabicNormalizer.normalize))

    static let pluralVictimKeys = WordPattern.keys(Array(pluralVictims))
    static let toWordKeys = WordPattern.keys(Array(toWords))

    /// لقي ... مصرعه / حتفه: met his death; فقد ... حياته: lost his life.
    static let deathNouns = WordPattern.letters(["مصرع", "حتف", "حيات"])
    static let metVerbKeys = WordPattern.keys(["لقي", "لقيت", "لقوا", "لقيا", "يلقى", "لقى", "فقد", "فقدت", "فقدوا", "فقدا",
                                               "يفقد", "تفقد"])

    /// Units of age, time and distance: a number before them is no count of people.
    static let measureUnitKeys = WordPattern.keys(["عاما", "عام", "اعوام", "سنة", "سنوات", "سنه", "يوما", "يوم", "ايام", "ساعة",
        "ساعات", "دقيقة", "دقائق", "شهرا", "شهر", "اشهر", "اسبوعا", "اسابيع", "كيلومتر", "كيلومترات", "كم", "متر", "مترا", "امتار"])
    static let otherKeys = WordPattern.keys(["آخرون", "آخرين", "اخرون", "اخرين"])
    static let possessionKeys = WordPattern.keys(["لديه", "لديها", "لديهم", "لديهما", "له", "لها", "لهم", "عنده", "عندها", "يملك",
                                                  "تملك", "ولديه", "ولديها", "وله", "ولها"])
    static let oneVictimKeys = WordPattern.keys(["مقتله", "مقتلها", "إصابته", "اصابته", "إصابتها", "اصابتها", "جرحه", "جرحها",
                                                 "وفاته", "وفاتها", "استشهاده", "استشهادها", "إعدامه", "اعدامه"])
    static let twoVictimKeys = WordPattern.keys(["مقتلهما", "إصابتهما", "اصابتهما", "وفاتهما", "استشهادهما", "جرحهما", "حياتهما"])
    /// وأصيب آخر، وإصابة ثالث: one more, whatever number came before.
    static let oneOtherKeys = WordPattern.keys(["آخر", "اخر", "أخرى", "اخرى", "آخرى", "ثالث", "ثالثة", "رابع", "رابعة", "خامس", "خامسة"])

    static let fillerKeys = WordPattern.keys(["عن", "إلى", "الى", "نحو", "حوالي", "قرابة", "أكثر", "اكثر", "من", "ما", "لا",
        "يقل", "عدد", "ب", "سقوط", "وقوع", "إصابة", "اصابة", "مقتل", "بمقتل", "أرواح", "ارواح", "بحياة", "بأرواح", "أمس", "امس", "اليوم", "الأحد", "الاثنين",
        "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "فجر", "صباح", "مساء", "ليلة", "ليل", "ظهر",
        // The incident referred back to (اشتباكات قتل فيها 4 عناصر، قتل على إثرها، جرح خلالها).
        "فيها", "فيه", "فيهما", "خلالها", "خلاله", "على", "إثرها", "اثرها", "إثره", "اثره", "جراءها", "جراءه", "بسببها", "بسببه"])
    static let numberOfKey = NameKey.wordKey("عدد")
    static let familyWordKeys = WordPattern.keys(["عائلة", "أسرة", "اسرة", "العائلة", "الأسرة"])
    static let madeOfKeys = WordPattern.keys(["مكونة", "مؤلفة", "المكونة", "المؤلفة", "تتألف", "تتكون"])
    /// هذا العدد، هذه الحصيلة: a number already told.
    static let thisNumberKeys = WordPattern.keys(["هذا", "هذه", "بهذا", "بهذه"])
    /// بينهم، منهم: the words after them name part of a total, not more.
    static let amongKeys = WordPattern.keys(["بينهم", "منهم", "بينهن"])
    /// They, and بينها, also end the search for a second group.
    static let amongOrOfKeys = WordPattern.keys(["بينهم", "منهم", "بينهن", "بينها"])

    /// The count governed by a casualty word at `k`.
    func count(around k: Int, clause: Range<Int>, tokens: TokenizedText, cues: [CueHit], actors: [ActorHit] = []) -> (value: Int, vague: Bool)? {
        func read(_ i: Int) -> (value: Int, length: Int, vague: Bool)? { NumberLexicon.read(tokens, at: i) }
        func bare(_ i: Int) -> UInt64 { NumberLexicon.bareKey(tokens, i) }
        /// A group joined by و and counted in digits (مقتل جندي و3 عناصر، 5 عناصر و 3 مدنيين): its count
        /// and the tokens it spans, unless a word of death or wounding counts it (و3 جرحى، و3 آخرين بجروح).
        func digitGroup(_ m: Int) -> (value: Int, length: Int)? {
            // (و3 is one word of two letters, و 3 two words; longer words are read where و groups are.)
            guard tokens.tokens[m].letterCount <= 2, tokens.firstLetter(m) == FoldedLetter.waw else { return nil }
            let apart = tokens.tokens[m].letterCount == 1
            let at = apart ? m + 1 : m
            guard at < clause.upperBound, let n = read(at), !n.vague else { return nil }
            let after = at + n.length
            if cues.contains(where: { ($0.cue == .injure || $0.cue == .kill) && ($0.token == after || $0.token == after + 1) }) { return nil }
            return (n.value, after - m)
        }
        // The word itself may be the count: قتيلان، جريحين.
        if NumberLexicon.isDual(tokens, k), let n = read(k) {
            return (n.value, n.vague)
        }
        // مما أدى إلى مقتله، لإصابتها، مقتلهما: the pronoun counts the victims.
        if WordPattern.anyStem(tokens, k, { Self.oneVictimKeys.contains($0) }) { return (1, false) }
        if WordPattern.anyStem(tokens, k, { Self.twoVictimKeys.contains($0) }) { return (2, false) }
        // وأصيب آخر، ومقتل آخر: one more, whatever number came before.
        if k + 1 < clause.upperBound, Self.oneOtherKeys.contains(bare(k + 1)) { return (1, false) }
        // لقي عنصران مصرعهما، لقي ثلاثة مدنيين حتفهم: the victims are the subject of لقي.
        if tokens.hasPrefix(k, anyOf: Self.deathNouns),
            let met = (max(clause.lowerBound, k - 12)..<k).last(where: { Self.metVerbKeys.contains(bare($0)) }),
            met + 1 < k
        {
            let subject = met + 1
            if let n = read(subject) {
                // A plural and its number (فقد مدنيين اثنين حياتهما): the number counts.
                if n.vague, subject + 1 < k, let m = read(subject + 1), !m.vague { return (m.value, false) }
                return (n.value, n.vague)
            }
            if NumberLexicon.isSingularPerson(tokens, subject) { return (1, false) }
        }
        // عدد القتلى إلى 12، ارتفع إلى 12 عدد قتلى: the number the count rose to.
        if k > clause.lowerBound, bare(k - 1) == Self.numberOfKey || (k + 1 < clause.upperBound && bare(k + 1) == Self.numberOfKey) {
            for i in clause where Self.toWordKeys.contains(tokens.key(i)) && i + 1 < clause.upperBound {
                if let n = read(i + 1), !n.vague { return (n.value, false) }
            }
        }
        // قتل وأصيب عدد من العناصر: "a number of" is ACLED's several.
        if k + 2 < clause.upperBound, bare(k + 1) == Self.numberOfKey, tokens.key(k + 2) == Self.fromKey {
            return (3, true)
        }
        // After it: مقتل 11 عنصراً ... وأربعة من، قتل خمسة مدنيين، مقتل الشاب.
        var j = k + 1
        // The killer named after the verb (قتلت القوات التركية مدنيين اثنين) is not counted as words.
        if let a = actors.actor(startingAt: j), a.end < clause.upperBound { j = a.end }
        var skipped = 0
        // (ما لا يقل عن 18 takes four.)
        // (The days keep their article in the list, which bare drops: السبت is looked up as written.)
        while j < clause.upperBound && skipped < 4 && (Self.fillerKeys.contains(bare(j)) || Self.fillerKeys.contains(tokens.key(j))) {
            j += 1
            skipped += 1
        }
        // A day then its date (بجروح اليوم، الجمعة 27 من تشرين الثاني): the number is the date, not people.
        if j > k + 1, j < clause.upperBound, tokens.isNumber(j), DateResolver.weekdays.contains(tokens.key(j - 1)) { j = clause.upperBound }
        // عائلة مكونة من 6 أشخاص: the family's size is the count.
        if j + 3 < clause.upperBound, Self.familyWordKeys.contains(tokens.key(j)), Self.madeOfKeys.contains(tokens.key(j + 1)),
            tokens.key(j + 2) == Self.fromKey, let n = read(j + 3), !n.vague
        {
            return (n.value, false)
        }
        // A plural noun then its number (مدنيين اثنين، عناصر ثلاثة، قياديين اثنين): the number counts.
        if j + 1 < clause.upperBound,
            NumberLexicon.isDual(tokens, j) || WordPattern.anyStem(tokens, j, { lexicon.civilianKeys.contains($0) || lexicon.combatantKeys.contains($0) }),
            NumberLexicon.read(tokens, at: j) == nil || NumberLexicon.isDual(tokens, j),
            // (امرأتين وثلاثة أطفال: a second group joined by و, counted below, not this noun's number.)
            tokens.firstLetter(j + 1) != FoldedLetter.waw, let n = read(j + 1), !n.vague, n.value > 1
        {
            return (n.value, false)
        }
        // A number joined by و after the word (17 قتيلا و11 جريحا) counts the next group, not these.
        if j < clause.upperBound, tokens.firstLetter(j) != FoldedLetter.waw, let n = read(j) {
            var total = n.value
            // A second group joined with و: "11 عنصراً من الفصائل وأربعة من مقاتلي قسد".
            var m = j + n.length
            var steps = 0
            while m < clause.upperBound && steps < 6 {
                if cues.contains(where: { ($0.cue == .injure || $0.cue == .kill) && $0.token == m }) { break }
                if tokens.firstLetter(m) == FoldedLetter.waw, tokens.tokens[m].letterCount > 2, let more = read(m), !more.vague {
                    // بينهم امرأتان names part of the total, not more; only a plain و group adds.
                    if m > 0, Self.amongKeys.contains(tokens.key(m - 1)) { break }
                    // The tens of a number told in words (قرية السبعة وأربعين, a village's name): no group.
                    if m - 1 > j, read(m - 1).map({ !$0.vague }) == true {
                        m += more.length
                        steps += 1
                        continue
                    }
                    total += more.value
                    m += more.length
                    steps = 0
                    continue
                }
                if let more = digitGroup(m) {
                    total += more.value
                    m += more.length
                    steps = 0
                    continue
                }
                // امرأتان وطفل: one more person joined by و right after the group.
                if steps == 0, tokens.firstLetter(m) == FoldedLetter.waw, NumberLexicon.isSingularPerson(tokens, m, dropping: 1) {
                    total += 1
                    m += 1
                    continue
                }
                if Self.amongOrOfKeys.contains(tokens.key(m)) { break }
                m += 1
                steps += 1
            }
            return (total, n.vague && total == n.value)
        }
        if j < clause.upperBound, NumberLexicon.isSingularPerson(tokens, j) {
            var total = 1
            var m = j + 1
            while m < min(clause.upperBound, j + 5) {
                if cues.contains(where: { ($0.cue == .injure || $0.cue == .kill) && $0.token == m }) { break }
                if tokens.firstLetter(m) == FoldedLetter.waw, NumberLexicon.isSingularPerson(tokens, m, dropping: 1) { total += 1 }
                // A group joined by و (امرأة وطفلان وثلاثة رجال) adds its count.
                else if tokens.firstLetter(m) == FoldedLetter.waw, tokens.tokens[m].letterCount > 2, let more = read(m), !more.vague {
                    total += more.value
                    m += more.length
                    continue
                } else if let more = digitGroup(m) {
                    total += more.value
                    m += more.length
                    continue
                }
                m += 1
            }
            return (total, false)
        }
        // Before it: "أربعة مدنيين استشهدوا"، "19 قتيلاً".
        for back in 1...2 where k - back >= clause.lowerBound {
            // "(31) عاماً وإصابة": a number of years, days or kilometres counts no victims.
            if back == 2, Self.measureUnitKeys.contains(bare(k - 1)) { continue }
            // (الطفل (10 سنوات) قتل: سنوات is the unit, no vague count of victims.)
            if back == 1, Self.measureUnitKeys.contains(bare(k - 1)) { continue }
            // لديه 6 أولاد، قتل: the children someone has are no victims.
            if k - back - 1 >= clause.lowerBound, Self.possessionKeys.contains(bare(k - back - 1)) { continue }
            // Nor does a number that counted the word of death or wounding just before (فقد طفلان
            // حياتهما وأصيب والدهما): it is that word's. (عشرات القتلى والجرحى: one number for both
            // nouns of a pair.)
            if back == 2, cues.contains(where: { ($0.cue == .kill || $0.cue == .injure) && $0.token == k - 1 }),
                !WordPattern.anyStem(tokens, k, { Self.pluralVictimKeys.contains($0) })
            {
                continue
            }
            if let n = read(k - back), n.length <= back || back == 1 {
                if k - back + n.length <= k {
                    // A plural that looks like a dual counts what precedes it: "أربعة مدنيين" is four.
                    if NumberLexicon.isDual(tokens, k - back),
                       let stated = Self.number(endingAt: k - back, clause: clause, tokens: tokens) {
                        return (stated, false)
                    }
                    // A dual verb after a plural-looking dual (مدنيين قتلا): two.
                    if n.vague, back == 1, NumberLexicon.isDual(tokens, k - 1),
                       tokens.withWordLetters({ $0(k).last == FoldedLetter.alef }) {
                        return (2, false)
                    }
                    return (n.value, n.vague)
                }
            }
        }
        // إن طفلاً قتل، شاب أصيب بجروح: one person, named before the verb.
        if k - 1 >= clause.lowerBound, NumberLexicon.isSingularPerson(tokens, k - 1) { return (1, false) }
        // A number drawn from a group, then the word of death (ثلاثة من عناصره قتلوا، خمسة من رفاقنا
        // شهداء): the number counts. (11 من تموز is a date.)
        if k - 3 >= clause.lowerBound, tokens.key(k - 2) == Self.fromKey, DateResolver.month(tokens, at: k - 1) == nil,
            let n = read(k - 3), !n.vague, n.length == 1
        {
            return (n.value, false)
        }
        // One of a party's men, or a number of them, before the word (عنصراً من الجيش السوري أصيب،
        // ثلاثة من قوات النظام قتلوا): the party's name stands between.
        let named = actors.firstIndex(keyAtLeast: k, by: \.start)
        // (A name and its short form right after it, قوات سوريا الديمقراطية (قسد): one party.)
        if named > 0, actors[named - 1].end == k {
            let aliased = named > 1 && actors[named - 2].end == actors[named - 1].start
            let start = aliased ? actors[named - 2].start : actors[named - 1].start
            if start - 2 >= clause.lowerBound, tokens.key(start - 1) == Self.fromKey {
                if let n = read(start - 2), !n.vague, n.length == 1 { return (n.value, false) }
                if NumberLexicon.isSingularPerson(tokens, start - 2) { return (1, false) }
                // The number counts the party's men by name (تسعة عناصر من قسد قتلوا، 12 مقاتلاً من
                // التنظيم قتلوا): number, men, من, party, then the word.
                if start - 3 >= clause.lowerBound, Self.countedMenKeys.contains(bare(start - 2)),
                    let n = read(start - 3), !n.vague, n.length == 1
                {
                    return (n.value, false)
                }
            }
        }
        // A plural with no number: قتلى، جرحى، آخرون → several. (هذا العدد الكبير من القتلى counts
        // again the dead just told: no new toll.)
        if WordPattern.anyStem(tokens, k, { Self.pluralVictimKeys.contains($0) }) {
            if (max(clause.lowerBound, k - 6)..<k).contains(where: { Self.thisNumberKeys.contains(tokens.key($0)) }) { return nil }
            return (3, true)
        }
        if k + 1 < clause.upperBound, Self.otherKeys.contains(bare(k + 1)) { return (3, true) }
        return nil
    }

    /// A stated (not vague) number whose words end just before `end`: "خمسة وعشرون" before a noun.
    static func number(endingAt end: Int, clause: Range<Int>, tokens: TokenizedText) -> Int? {
        // The longest reading first: "خمسة وعشرون" is 25, not its last word's 20.
        for start in max(clause.lowerBound, end - 4)..<max(clause.lowerBound, end) {
            if let n = NumberLexicon.read(tokens, at: start), start + n.length == end, !n.vague,
               !NumberLexicon.isDual(tokens, start) {
                return n.value
            }
        }
        return nil
    }

    /// People arrested, released, displaced or evacuated, when a number is given.
    func affectedCount(type: EventType, trigger: CueHit, clause: Range<Int>, tokens: TokenizedText, actors: [ActorHit] = []) -> Int? {
        guard [.arrests, .otherStrategic, .abduction].contains(type) else { return nil }
        // The day of a date counts no one (اليوم الخميس 17 من آذار، أمس الجمعة 20-3-2020): the year
        // given is only there to have year-less dates read.
        let dates = DateResolver.absoluteDates(tokens, in: clause, defaultYear: 2000).map { $0.start..<$0.end }
        var j = trigger.token + trigger.length
        var scanned = 0
        while j < clause.upperBound && scanned < 6 {
            // The party's name (أفرجت قوات سوريا الديمقراطية (قسد)، عن نحو 180) is not counted as words.
            if let a = actors.actor(startingAt: j) {
                j = a.end
                continue
            }
            if let d = dates.first(where: { $0.contains(j) }) {
                j = d.upperBound
                continue
            }
            if let n = NumberLexicon.read(tokens, at: j) {
                // A sum of money (فدية مقدارها 20 ألف دولار) counts no one.
                if Self.isMoney(after: j + n.length, clause: clause, tokens: tokens) {
                    j += n.length
                    scanned += 1
                    continue
                }
                // A plural and its number (مدنيين اثنين): the number counts.
                if n.vague, j + 1 < clause.upperBound, let m = NumberLexicon.read(tokens, at: j + 1), !m.vague { return m.value }
                return n.value
            }
            j += 1
            scanned += 1
        }
        for back in 1...3 where trigger.token - back >= clause.lowerBound {
            if dates.contains(where: { $0.contains(trigger.token - back) }) { continue }
            if let n = NumberLexicon.read(tokens, at: trigger.token - back), !n.vague || back <= 2,
               !Self.isMoney(after: trigger.token - back + n.length, clause: clause, tokens: tokens) { return n.value }
        }
        return nil
    }

    static let victimWordKeys = WordPattern.keys(["ضحايا", "الضحايا", "ضحية", "الضحية"])
    static let nonLethalDeedKeys = WordPattern.keys(["سطو", "السطو", "سرقة", "السرقة", "سلب", "السلب", "احتيال", "الاحتيال",
                                                     "نصب", "النصب", "تشليح", "التشليح"])
    static let currencyKeys = WordPattern.formKeys(["دولار", "ليرة", "ليره", "ليرات", "دينار", "يورو"])

    /// Whether the word at `i` names a currency: the number before it is a sum, not people.
    static func isMoney(after i: Int, clause: Range<Int>, tokens: TokenizedText) -> Bool {
        i < clause.upperBound && WordPattern.anyStem(tokens, i, { currencyKeys.contains($0) })
    }

    /// A clause that reports only a toll adds it to the event it follows (same or previous
    /// sentence); with no such event the toll is returned, for the caller to keep.
    @discardableResult
    func attachToll(from clause: Segmenter.Clause, cues: [CueHit], ctx: Context, to events: inout [Event]) -> (fatalities: Int?, injured: Int?)? {
        guard cues.contains(where: { $0.cue == .kill || $0.cue == .injure }) else { return nil }
        // A tally over weeks or since the start of the year (91 حالة قتل منذ بداية العام) counts no
        // single incident.
        if isSummary(clause.tokens, ctx: ctx) { return nil }
        // Nor does the rest of a sentence that sums up (عدد الاستهدافات ارتفع منذ بداية العام إلى 38،
        // وتسببت بسقوط 24 قتيلاً).
        if let span = ctx.sentences[clause.sentence]?.span, isSummary(span, ctx: ctx) { return nil }
        let toll = casualties(in: clause.tokens, cues: cues, tokens: ctx.analysis.tokens)
        // The dead "of the clashes" (اختطفوا عائلات، فيما قتل 17 مقاتلاً خلال المواجهات) are the toll of
        // the clashes told before, not of the incident just told.
        if cues.contains(where: { $0.cue == .clash && ctx.analysis.tokens.hasPrefix($0.token, Self.articleLetters) }),
            let k = events.lastIndex(where: { $0.eventType == .armedClash && !$0.reached }), k != events.count - 1
        {
            events[k].take(fatalities: toll.fatalities, injured: toll.injured, vague: toll.vague)
            return nil
        }
        // (Not a place an incident told before reached: its toll is that incident's.)
        guard let last = events.indices.last(where: { !events[$0].reached }) else { return (toll.fatalities, toll.injured) }
        // The clause the last event's evidence starts with (the clauses are in text order).
        let toks = ctx.analysis.tokens.tokens
        let k = ctx.clauses.firstIndex(keyAtLeast: events[last].evidenceStart) { toks[$0.tokens.lowerBound].start }
        let evSentence = k < ctx.clauses.count && toks[ctx.clauses[k].tokens.lowerBound].start == events[last].evidenceStart
            ? ctx.clauses[k].sentence : -10
        // The event it follows, in this sentence or the one before, takes the toll.
        guard clause.sentence - evSentence <= 1 else { return (toll.fatalities, toll.injured) }
        events[last].take(fatalities: toll.fatalities, injured: toll.injured, vague: toll.vague)
        return nil
    }

    /// The clause sums up a period (منذ بداية العام، خلال الأسبوع): the words the hedges read as a summary.
    func isSummary(_ clause: Range<Int>, ctx: Context) -> Bool {
        let aggregate = lexicon.aggregateByFirst, keys = ctx.keys, bare = ctx.keysWithoutConjunction
        return clause.contains {
            aggregate.mayStart(keys[$0], bare[$0]) && ctx.phraseStarts(at: $0, within: clause, aggregate) && !isRecurrence(before: $0, clause: clause, ctx: ctx)
        }
            || hasLongPeriod(clause, ctx: ctx)
    }

    /// ACLED's protest sub-types and the violent demonstration: one crowd, however its tellings type it.
    static func isProtest(_ t: EventType) -> Bool {
        t == .peacefulProtest || t == .protestWithIntervention || t == .excessiveForceAgainstProtesters || t == .violentDemonstration
    }

    /// Adds an event, or merges it with the one it repeats: same type and day, and the same place
    /// or one inside the other (a report first says "in eastern Syria", then names the town). The
    /// merged event keeps the more specific place.
    /// Whether `a` is dated only by a period (a week or a month: مطلع أيلول الماضي) more than a week
    /// before the report, and `b` is undated: the report's first incident, told without a day, is
    /// its fresh news, not the earlier one it recalls at the same place.
    func isEarlierPeriod(_ a: Event, than b: Event) -> Bool {
        guard b.date == nil, let d = a.date, (a.timePrecision ?? 1) >= 2, let p = options.publicationDate else { return false }
        return p.dayNumber - d.dayNumber > 7
    }

    func merge(_ told: Event, into events: inout [Event]) {
        let event = told.eventType == .nonStateActorOvertakesTerritory || told.eventType == .governmentRegainsTerritory
            ? absorbingBattle(told, from: &events) : told
        // ACLED: taking a place replaces the battle for it on that day; the fighting told beside the
        // capture (سيطرت على هجين، بعد معارك استمرت أشهر) is part of the capture.
        func isTerritory(_ t: EventType) -> Bool { t == .nonStateActorOvertakesTerritory || t == .governmentRegainsTerritory }
        func sameSite(_ e: Event) -> Bool {
            e.location?.place.id == event.location?.place.id && (e.date == nil || event.date == nil || e.date == event.date)
                && abs(e.evidenceStart - event.evidenceStart) < 400
        }
        // A headline announces what the body tells: the body's clause, place and date replace it.
        // (A strike told by "targeted" has no family of its own: it is violence.)
        if let k = events.firstIndex(where: { $0.headline && ($0.family ?? .violence) == (event.family ?? .violence)
            && $0.eventType.eventType == event.eventType.eventType })
        {
            let h = events[k]
            var e = event
            // The title's vague toll (عشرات القتلى) stays vague: a count the body states later replaces it.
            if e.fatalities == nil && e.injured == nil { e.tollVague = h.tollVague }
            e.fatalities = e.fatalities ?? h.fatalities
            e.injured = e.injured ?? h.injured
            e.actor1 = e.actor1 ?? h.actor1
            e.actor2 = e.actor2 ?? h.actor2
            if e.actor2 == e.actor1 && e.eventType != .armedClash { e.actor2 = nil }
            events[k] = e
            // The body's telling may detail a summary told before it (see below).
            if let j = summary(of: e, in: events, besides: k), let merged = summarised(events[j], e) {
                events[k] = merged
                events.remove(at: j)
            }
            return
        }
        // (Its dead are the capture's: سيطرت الفصائل على القرية عقب اشتباكات أسفرت عن مقتل 4 عناصر.)
        if event.eventType == .armedClash, let k = events.lastIndex(where: { isTerritory($0.eventType) && sameSite($0) }) {
            events[k].take(fatalities: event.fatalities, injured: event.injured, vague: event.tollVague)
            return
        }
        // The same dead (and wounded) told again close by, once near a town and once at its village
        // (بانفجار لغم شمالي مدينة الرقة, then قتلا بانفجار لغم في مزرعة تابعة لقرية حزيمة), or once
        // with its place and once without: one incident. A count of one alone proves nothing.
        func retold(_ e: Event) -> Bool {
            guard let f = e.fatalities, f > 0, f == event.fatalities, f > 1 || (e.injured != nil && e.injured == event.injured),
                e.injured == nil || event.injured == nil || e.injured == event.injured,
                abs(e.evidenceStart - event.evidenceStart) < 400
            else { return false }
            guard let a = e.location?.place, let b = event.location?.place else { return true }
            // Or names a quarter of the town the other names (اللطوة in ذيبان).
            return placedNearTown(e, event) || placedNearTown(event, e) || quarter(a, of: b) || quarter(b, of: a)
        }
        // The first telling put the incident near a town (شمالي مدينة الرقة), the other names a
        // village a few kilometres off.
        func placedNearTown(_ vague: Event, _ exact: Event) -> Bool {
            guard vague.geoPrecision == 2, let v = vague.location?.place, let x = exact.location?.place else { return false }
            return (v.kind == .city || v.kind == .town) && !x.kind.isArea && x.kind != .city && x.kind != .neighbourhood
                && v.point.distanceKm(to: x.point) < 25
        }
        func samePlace(_ e: Event) -> Bool {
            if retold(e) { return true }
            guard let a = e.location, let b = event.location else { return e.location == nil && event.location == nil }
            if a.place.id == b.place.id { return true }
            // "In Syria" is the report's own incident told again however far apart (الضربة الأميركية
            // على المليشيات في سوريا after the strike at Albu Kamal).
            if (a.place.kind == .country && within(b.place, a.place)) || (b.place.kind == .country && within(a.place, b.place)) { return true }
            // كما شهدت بادية البوكمال اشتباكات: "also", another incident at another place.
            if event.toldAsAlso { return false }
            // A region and a place inside it are one place only when told close together, or when
            // both tellings count the same dead (a statement quoted after background lines).
            guard abs(e.evidenceStart - event.evidenceStart) < 400 || ((e.fatalities ?? 0) > 0 && e.fatalities == event.fatalities)
            else { return false }
            if within(b.place, a.place) || within(a.place, b.place) { return true }
            if eventRefersBack && (quarter(b.place, of: a.place) || quarter(a.place, of: b.place)) { return true }
            // A summary "in Deir ez-Zor" and the village its detail names are one incident only when
            // they count the same dead (a running toll of days of fighting is not the raid told next).
            return (Self.seatHolds(a, b) || Self.seatHolds(b, a)) && e.fatalities == event.fatalities && e.injured == event.injured
                || villageOfTownsDistrict(a, e.geoPrecision, b, sameDead: sameDead(e))
                || villageOfTownsDistrict(b, event.geoPrecision, a, sameDead: sameDead(e))
        }
        func sameDead(_ e: Event) -> Bool { (e.fatalities ?? 0) > 0 && e.fatalities == event.fatalities }
        // A town placed by a direction (شمالي مدينة الرقة) and a village of its district told close
        // by with the same dead (في مزرعة تابعة لقرية حزيمة): the village is where it happened.
        func villageOfTownsDistrict(_ general: PlaceMention, _ precision: Int?, _ specific: PlaceMention, sameDead: Bool) -> Bool {
            sameDead && precision == 2 && (general.place.kind == .city || general.place.kind == .town)
                && specific.place.id != general.place.id && !specific.place.kind.isArea
                && specific.place.admin2 != nil && specific.place.admin2?.name == general.place.admin2?.name
        }
        // A region holds the places in it; a city holds its neighbourhoods (حي الهلالية في مدينة
        // القامشلي, then "in the city of Qamishli" for the same strike).
        func inCity(_ e: Event) -> Bool {
            guard let a = e.location?.place, let b = event.location?.place, a.id != b.id else { return false }
            return !a.kind.isArea && !b.kind.isArea
        }
        func within(_ p: Place, _ container: Place) -> Bool {
            (container.kind.isArea || (container.kind == .city && p.kind == .neighbourhood))
                && MentionExtractor.lies(p, within: container)
        }
        // A quarter of the town told just before, by a noun with the article that refers back to it
        // (حملة دهم في الرقة ... عمليات الدهم تمت في حي الدرعية); a verb tells a new incident there.
        func quarter(_ p: Place, of town: Place) -> Bool {
            p.kind == .neighbourhood && (town.kind == .city || town.kind == .town) && MentionExtractor.lies(p, within: town)
        }
        func refersBack(_ e: Event) -> Bool {
            // The trigger's first letters: ال, or و ف ب ل then ال (read as scalars, no string made).
            var letters = e.trigger.unicodeScalars.makeIterator()
            guard var first = letters.next() else { return false }
            if "وفبل".unicodeScalars.contains(first), let next = letters.next() { first = next }
            return first == "ا" && letters.next() == "ل"
        }
        // Read once, when a quarter is first in question, not for every event compared.
        lazy var eventRefersBack = refersBack(event)
        if let i = events.firstIndex(where: { e in
            // (A strike told by "targeted" has no family of its own: it is violence, and the same
            // strike told with غارة is the same incident.)
            (e.eventType == event.eventType || (Self.isProtest(e.eventType) && Self.isProtest(event.eventType)))
                && (e.family ?? .violence) == (event.family ?? .violence) && e.recalled == event.recalled
                && samePlace(e)
                && (e.date == nil || event.date == nil || e.date == event.date)
                && !(e.evidenceStart == events[0].evidenceStart && isEarlierPeriod(event, than: e))
                // An incident that hurt no one and one that killed or wounded are two (an IED
                // defused of its harm, then a blast that killed nine, in the same town that day).
                && !(e.hurtNoOne && event.hurtSomeone) && !(e.hurtSomeone && event.hurtNoOne)
                // 35 released in the city and 180 in one of its quarters are two releases.
                && (e.affected == nil || event.affected == nil || e.affected == event.affected || !inCity(e))
        }) {
            var e = events[i]
            // A protest told twice, once met with force or turned to a riot: that is what it was.
            if event.eventType.precedence > e.eventType.precedence {
                e.eventType = event.eventType
                e.actor1 = event.actor1 ?? e.actor1
                e.actor2 = event.actor2 ?? e.actor2
            }
            if e.location == nil || (placedNearTown(e, event) && retold(e)), event.location != nil {
                // The retelling names the place, or the village the first telling put near a town.
                e.location = event.location
                e.geoPrecision = event.geoPrecision
            } else if let general = e.location, let specific = event.location,
                within(specific.place, general.place) || Self.seatHolds(general, specific)
                    || (eventRefersBack && quarter(specific.place, of: general.place))
                    || villageOfTownsDistrict(general, e.geoPrecision, specific, sameDead: sameDead(e))
            {
                // The telling that names the place states the incident more completely.
                e.location = specific
                e.geoPrecision = event.geoPrecision
                e.evidence = event.evidence
                e.evidenceStart = event.evidenceStart
                e.evidenceEnd = event.evidenceEnd
                e.trigger = event.trigger
            }
            e.take(fatalities: event.fatalities, injured: event.injured, vague: event.tollVague)
            if e.affected == nil { e.affected = event.affected }
            // A retelling that names whose aircraft struck (طائرة مسيرة تركية, after "a drone" of no
            // named side) names the party the first telling left unidentified. (Gunmen told as
            // unknown stay so: a claim is no finding.)
            // (So does a shelling told first as "the bombardment" and then as القصف التركي: the
            // unknown party was a default, not a finding.)
            if let a = event.actor1, e.actor1 == nil
                || (e.actor1 == ActorLexicon.unidentifiedMilitary && !Self.unnamedPartyNames.contains(a))
                || (e.eventType == .shelling && e.actor1 == ActorLexicon.unidentifiedArmed && !Self.unnamedPartyNames.contains(a))
            {
                e.actor1 = a
                if e.actor2 == a { e.actor2 = event.actor2 }
            }
            if e.actor2 == nil && event.actor2 != e.actor1 { e.actor2 = event.actor2 }
            // Two tellings of a raid by one party do not make it both sides.
            if e.actor2 == e.actor1 && e.eventType != .armedClash { e.actor2 = nil }
            if e.date == nil && event.date != nil {
                // The retelling that dates the incident states it most completely: take its clause.
                e.date = event.date
                e.timePrecision = event.timePrecision
                e.evidence = event.evidence
                e.evidenceStart = event.evidenceStart
                e.evidenceEnd = event.evidenceEnd
                e.trigger = event.trigger
            }
            events[i] = e
            return
        }
        // A summary and its detail told next (هجوم على حاجز لقسد في ريف دير الزور الشرقي، then اندلعت
        // اشتباكات بين مسلحين وعناصر الحاجز قرب بلدة ذيبان): one incident though their words type it
        // differently, when the detail names a place inside the summary's and the summary names its
        // deed by a word that says no way of fighting (هجوم، استهداف), or the two count the same dead.
        // The detail gives the place, the clause and the type.
        if let k = summary(of: event, in: events), let merged = summarised(events[k], event) {
            events[k] = merged
            return
        }
        events.append(event)
    }

    /// A capture with the battle for its place that day taken out of `events`: the capture replaces
    /// it and keeps what the battle's telling knew and its own leaves out (شن مقاتلو العشائر أمس
    /// هجوماً ... نجحوا في السيطرة على جزء من البلدة: the day), the sides, the dead.
    func absorbingBattle(_ capture: Event, from events: inout [Event]) -> Event {
        guard let k = events.lastIndex(where: { e in
            e.eventType == .armedClash && e.location?.place.id == capture.location?.place.id
                && (e.date == nil || capture.date == nil || e.date == capture.date) && abs(e.evidenceStart - capture.evidenceStart) < 400
        }) else { return capture }
        var event = capture
        event.fillGaps(from: events.remove(at: k))
        return event
    }

    /// The event told last before `event` in the text (a title the body replaced is not in its place).
    func summary(of event: Event, in events: [Event], besides skipped: Int? = nil) -> Int? {
        var found: Int?
        for (i, e) in events.enumerated() where i != skipped && e.evidenceStart < event.evidenceStart {
            if found.map({ e.evidenceStart > events[$0].evidenceStart }) ?? true { found = i }
        }
        return found
    }

    /// The incident `earlier` and `later` tell as a summary and its detail, merged; nil when they are two.
    func summarised(_ earlier: Event, _ later: Event) -> Event? {
        func violent(_ e: Event) -> Bool {
            (e.family ?? .violence) == .violence && Self.violentEventTypes.contains(e.eventType.eventType)
        }
        guard violent(earlier), violent(later), earlier.eventType != later.eventType, earlier.recalled == later.recalled,
            earlier.date == nil || later.date == nil || earlier.date == later.date,
            abs(earlier.evidenceStart - later.evidenceStart) < 400,
            let a = earlier.location, let b = later.location, a.place.id != b.place.id
        else { return nil }
        func holds(_ general: PlaceMention, _ specific: PlaceMention) -> Bool {
            (general.place.kind.isArea && MentionExtractor.lies(specific.place, within: general.place)) || Self.seatHolds(general, specific)
        }
        // The summary leads, the detail follows: an incident in the region told after one at a
        // village is another, and so is one told with كما, "also".
        guard holds(a, b), !later.toldAsAlso else { return nil }
        let (general, specific) = (earlier, later)
        let sameDead = (general.fatalities ?? 0) > 0 && general.fatalities == specific.fatalities
        guard sameDead || (general.generic && !(general.hurtNoOne && specific.hurtSomeone) && !(general.hurtSomeone && specific.hurtNoOne))
        else { return nil }
        var e = specific
        // A detail told by the generic word, its summary by a way of fighting: the summary's type.
        if specific.generic && !general.generic { e.eventType = general.eventType }
        e.fillGaps(from: general)
        return e
    }

    static let violentEventTypes: Set<String> = ["Battles", "Explosions/Remote violence", "Violence against civilians"]

    /// "في دير الزور", with no مدينة before it, names the governorate as often as its seat: a report's
    /// summary line says "in Deir ez-Zor", its next lines name the village.
    static func seatHolds(_ general: PlaceMention, _ specific: PlaceMention) -> Bool {
        let seat = general.place
        return general.head == nil && seat.namesItsGovernorate
            && specific.place.id != seat.id && specific.place.admin1?.name == seat.admin1?.name
    }
}
