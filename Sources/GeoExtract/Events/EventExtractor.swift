import Gazetteer

/// Finds the events of an analysed document: which incidents the text reports as having
/// happened, their ACLED type, place, date, actors and toll.
///
/// The unit is the clause: a clause with a trigger word that is not hedged (a prediction, a
/// denial, a question) or a summary gives one event per place it names for the incident; the
/// same incident told twice in one report (same type, place and day) is one event.
public struct EventExtractor: Sendable {
    public let options: EventOptions
    let lexicon = EventLexicon.shared
    let actorLexicon = ActorLexicon.shared

    public init(options: EventOptions) {
        self.options = options
    }

    /// Builds the word tables the rules read (they are built once per process, on first use).
    /// A caller may run this on another core while it loads the gazetteer, to start sooner.
    public static func prepareLexicons() {
        _ = EventLexicon.shared
        _ = ActorLexicon.shared
        _ = PlaceContextLexicon.shared
        _ = NumberLexicon.starterKeys
        _ = DateResolver.starterKeys
    }

    /// A cue word found in a clause.
    struct CueHit {
        var cue: EventLexicon.Cue
        /// The trigger pattern, by its number in the lexicon.
        var pattern: Int
        var token: Int
        var length: Int
        /// The word carried the future prefix (ستفرض، سيتم).
        var future: Bool
        /// The word carried لـ of purpose (للسيطرة، لتحرير): an aim, not a deed.
        var purpose: Bool = false
    }

    /// An actor named in the text.
    struct ActorHit {
        var name: String
        /// The actor's number in the actor lexicon (one per canonical name).
        var id: Int
        var start: Int
        var end: Int
    }

    /// What one document's analysis gives the clause-level rules. A class: the rules pass it
    /// around and capture it in closures, and a struct of a dozen arrays would be copied (each
    /// array retained and released) every time.
    final class Context {
        let analysis: MentionExtractor.Analysis
        var clauses: [Segmenter.Clause]
        /// The span and clause count of each sentence of `clauses`.
        var sentences = Segmenter.Sentences()
        let actors: [ActorHit]
        let published: CivilDate?
        /// The cue-pattern words each token can be.
        let cueHits: TokenHits
        /// Each token's key, and its key without a leading و or ف.
        let keys: [UInt64]
        let keysWithoutConjunction: [UInt64]
        /// Whether each token may start a date expression (`DateResolver.starts`): منذ and قبل are
        /// among them, so the rules that look for those words read this first.
        var dateStarts: [Bool] = []

        /// The armed parties the report names most, most first (not civilians, protesters or
        /// unidentified groups): computed once per document, when a battle with a side left out
        /// first asks.
        lazy var documentSides: [String] = Self.sides(of: actors.filter { !EventExtractor.backsOrHolds($0, tokens: analysis.tokens, keys: keys) })

        /// The pairs of parties the report joins by و (قوات النظام والميليشيات الإيرانية), by actor
        /// number: they act together (بين قسد وداعش pairs foes). Found once per document, when a
        /// battle's sides are first filled.
        lazy var alliances: [(Int, Int)] = actors.indices.dropFirst().compactMap { n in
            let (p, a) = (actors[n - 1], actors[n])
            guard p.id != a.id, !(p.start > 0 && keys[p.start - 1] == EventExtractor.betweenKey) else { return nil }
            return EventExtractor.joinedByAnd(a, after: p.end, ctx: self) ? (p.id, a.id) : nil
        }

        /// The pairs the report sets against each other (بين "قسد" (قسد) وعناصر من العشائر): the party
        /// after بين and the next other party named close after it.
        lazy var foes: [(Int, Int)] = actors.indices.compactMap { n in
            let p = actors[n]
            guard p.start > 0, keys[p.start - 1] == EventExtractor.betweenKey else { return nil }
            return actors[(n + 1)...].prefix { $0.start - p.end <= 8 }.first { $0.id != p.id }.map { (p.id, $0.id) }
        }

        /// Whether the report joins the parties named `a` and `b` by و, and never sets them against
        /// each other.
        func allied(_ a: String, _ b: String?) -> Bool {
            guard let b, !alliances.isEmpty else { return false }
            let names = ActorLexicon.shared.names
            func pairs(_ list: [(Int, Int)]) -> Bool {
                list.contains { (names[$0.0] == a && names[$0.1] == b) || (names[$0.0] == b && names[$0.1] == a) }
            }
            return pairs(alliances) && !pairs(foes)
        }

        init(analysis: MentionExtractor.Analysis, clauses: [Segmenter.Clause], actors: [ActorHit],
             published: CivilDate?, cueHits: TokenHits, keys: [UInt64], keysWithoutConjunction: [UInt64]) {
            self.analysis = analysis
            self.clauses = clauses
            self.actors = actors
            self.published = published
            self.cueHits = cueHits
            self.keys = keys
            self.keysWithoutConjunction = keysWithoutConjunction
        }

        /// The numbers of the mentions that start inside `tokens` (the mentions are in text order,
        /// so a clause's are found by halving, not by reading the document's).
        func mentions(startingIn tokens: Range<Int>) -> Range<Int> {
            let m = analysis.mentions
            return m.firstIndex(keyAtLeast: tokens.lowerBound, by: \.startToken)..<m.firstIndex(keyAtLeast: tokens.upperBound, by: \.startToken)
        }

        /// Whether a mention ends just before token `token` (the mentions do not overlap: it is the
        /// last one to start before it).
        func mentions(endingAt token: Int) -> Bool {
            let k = mentions(startingIn: 0..<token).upperBound
            return k > 0 && analysis.mentions[k - 1].endToken == token
        }

        /// The numbers of the actors named from inside `tokens` (in text order too).
        func actors(startingIn tokens: Range<Int>) -> Range<Int> {
            actors.firstIndex(keyAtLeast: tokens.lowerBound, by: \.start)..<actors.firstIndex(keyAtLeast: tokens.upperBound, by: \.start)
        }

        /// The text between UTF-8 offsets `from` and `to` of the document.
        func text(utf8 from: Int, _ to: Int) -> Substring {
            let text = analysis.document.text
            let utf8 = text.utf8
            return text[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: max(from, to))]
        }

        /// Whether one of `byFirst`'s phrases (keyed by their first word) starts at token `i` and ends
        /// inside `range`; the first word may carry و or ف.
        func phraseStarts(at i: Int, within range: Range<Int>, _ byFirst: PhraseIndex) -> Bool {
            func matches(_ phrase: [UInt64]) -> Bool {
                guard i + phrase.count <= range.upperBound else { return false }
                for k in 1..<max(1, phrase.count) where keys[i + k] != phrase[k] { return false }
                return true
            }
            if let phrases = byFirst[keys[i]], phrases.contains(where: matches) { return true }
            let bare = keysWithoutConjunction[i]
            return bare != 0 && byFirst[bare]?.contains(where: matches) == true
        }

        /// Whether a comma (، or ,) stands between token `k - 1` and token `k`.
        func commaBefore(_ k: Int) -> Bool {
            let toks = analysis.tokens.tokens
            let range = toks[k - 1].utf8End..<toks[k].utf8Start
            if let found = analysis.document.text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
                for i in range where bytes[i] == 0x2C || (bytes[i] == 0xD8 && i + 1 < range.upperBound && bytes[i + 1] == 0x8C) {
                    return true
                }
                return false
            }) {
                return found
            }
            return text(utf8: range.lowerBound, range.upperBound).unicodeScalars.contains { $0 == "،" || $0 == "," }
        }

        /// The text from the start of token `first` to the end of token `last`, sliced from the
        /// document's UTF-8 bytes (no re-encoding, and, words starting and ending on scalars, no
        /// second check of the bytes).
        func text(fromToken first: Int, toToken last: Int) -> String {
            let toks = analysis.tokens.tokens
            return analysis.document.slice(utf8: toks[first].utf8Start..<toks[last].utf8End)
        }

        /// The UTF-8 offset of scalar offset `s`, which lies in token `i` or at its end.
        func utf8Offset(ofScalar s: Int, inToken i: Int) -> Int {
            let t = analysis.tokens.tokens[i]
            var (scalar, byte) = s >= t.start ? (t.start, t.utf8Start) : (0, 0)
            let utf8 = analysis.document.text.utf8
            var index = utf8.index(utf8.startIndex, offsetBy: byte)
            while scalar < s, index < utf8.endIndex {
                // Step over one scalar: its lead byte tells its length.
                let lead = utf8[index]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                index = utf8.index(index, offsetBy: length)
                byte += length
                scalar += 1
            }
            return byte
        }

        static func sides(of actors: [ActorHit]) -> [String] {
            // A report names a handful of parties: arrays searched in order beat hashing their names.
            var ids: [Int] = [], counts: [Int] = [], firstSeen: [Int] = []
            for a in actors where !sideless[a.id] {
                if let k = ids.firstIndex(of: a.id) {
                    counts[k] += 1
                } else {
                    ids.append(a.id)
                    counts.append(1)
                    firstSeen.append(a.start)
                }
            }
            let names = ActorLexicon.shared.names
            return ids.indices.sorted { (counts[$0], -firstSeen[$0]) > (counts[$1], -firstSeen[$1]) }.map { names[ids[$0]] }
        }

        /// Actors that are no side of a battle: the unnamed parties, and a news agency.
        static let sideless = ActorLexicon.shared.marks(EventExtractor.unnamedPartyNames + [ActorLexicon.aa])
    }

    public func events(in analysis: MentionExtractor.Analysis) -> [Event] {
        let tokens = analysis.tokens
        let clauses = Segmenter.clauses(text: analysis.document.text, tokens: tokens)
        let sentenceSpans = Segmenter.sentences(of: clauses)
        // A name ends with its sentence (تفجيرات التنظيم. / الدولة الإسلامية تفقد is no تنظيم الدولة).
        let sentenceEnds = sentenceSpans.ends
        var sentence = 0
        let keys = tokens.wordKeys
        var actorMatches = actorLexicon.index.matches(in: tokens).compactMap { found -> ActorHit? in
            var m = found
            // A regime whose fall is celebrated or demanded (بسقوط نظام الأسد، إسقاط النظام) does nothing here.
            if m.startToken > 0, Self.fallKeys.contains(keys[m.startToken - 1]) { return nil }
            while sentence < sentenceEnds.count && sentenceEnds[sentence] <= m.startToken { sentence += 1 }
            if sentence < sentenceEnds.count, m.endToken > sentenceEnds[sentence] {
                guard let shorter = tokens.letters.withUnsafeBufferPointer({
                    actorLexicon.index.longestMatch(at: m.startToken, before: sentenceEnds[sentence], tokens: tokens.tokens, letters: $0)
                }) else { return nil }
                m = shorter
            }
            let id = actorLexicon.index.entries[m.entries[0]].place
            return ActorHit(name: actorLexicon.names[id], id: id, start: m.startToken, end: m.endToken)
        }
        Self.resolveOrganisationAnaphors(&actorMatches, tokens: tokens)
        let published = options.publicationDate ?? Self.dateline(clauses: clauses, tokens: tokens)
        let ctx = Context(
            analysis: analysis, clauses: clauses, actors: actorMatches, published: published,
            cueHits: lexicon.cueIndex.hits(tokens),
            keys: keys,
            // (One pass over the letters, each word's key without its first letter hashed in place.)
            keysWithoutConjunction: tokens.letters.withUnsafeBufferPointer { letters in
                tokens.tokens.map { t in
                    let first = letters[t.letterStart]
                    guard (first == FoldedLetter.waw || first == FoldedLetter.feh) && t.letterCount > 2 else { return 0 }
                    return NameKey.hash(UnsafeBufferPointer(rebasing: letters[(t.letterStart + 1)..<(t.letterStart + t.letterCount)]))
                }
            })

        var events: [Event] = []
        var lastDate: CivilDate?
        // The dates of each sentence, by its number (sentences are numbered from 0, in order).
        var sentenceDates = [[DateResolver.Found]?](repeating: nil, count: (clauses.last?.sentence ?? -1) + 1)
        let dateStarts = DateResolver.starts(in: tokens)
        ctx.dateStarts = dateStarts
        for clause in clauses where sentenceDates[clause.sentence] == nil {
            let span = sentenceSpans[clause.sentence]!.span
            let found = DateResolver.expressions(tokens, in: span, published: published, previous: lastDate) { dateStarts[$0] }
            sentenceDates[clause.sentence] = found
            if let last = found.last { lastDate = last.date }
        }

        var pendingToll: (sentence: Int, fatalities: Int?, injured: Int?, vague: Bool)?
        let split = splitAtDatedDeeds(splitAtCommas(clauses, ctx: ctx), ctx: ctx)
        /// The clauses that told an incident: a party named in one of them belongs to that incident.
        var tellingClauses = [Bool](repeating: false, count: split.count)
        ctx.clauses = split
        ctx.sentences = Segmenter.sentences(of: split)
        for (ci, clause) in split.enumerated() {
            let cues = findCues(in: clause.tokens, ctx: ctx).filter { hit in
                // An aim (للسيطرة على) is no deed; aircraft that back an offensive (المدعومة من طيران
                // التحالف) are not a strike of their own.
                !(hit.purpose && hit.cue.isDeed && hit.cue != .dispersal && !isUndergone(hit.token, clause: clause.tokens, ctx: ctx))
                    // لتسهيل فرار العناصر، بهدف السيطرة: the deed is the aim of another.
                    && !(hit.cue.isDeed && hit.token > clause.tokens.lowerBound && Self.aimKeys.contains(ctx.keys[hit.token - 1]))
                    && !(hit.cue == .airAsset && isBacked(hit.token, clause: clause.tokens, ctx: ctx))
                    && !(hit.cue == .airStrike && isBlow(hit.token, clause: clause.tokens, ctx: ctx))
                    && !(hit.cue == .explosion && isDawn(hit.token, ctx: ctx))
                    && !(hit.cue == .airAsset && isRemnant(hit.token, clause: clause.tokens, ctx: ctx))
                    && !(hit.cue == .airAsset && isOverflight(hit.token, clause: clause.tokens, ctx: ctx))
                    && !(hit.cue == .transfer && (isQuoting(hit.token, clause: clause.tokens, ctx: ctx) || isToHospital(clause.tokens, ctx: ctx)
                        || isToUnknownPlace(clause.tokens, ctx: ctx)))
                    && !(hit.cue == .arrest && WordPattern.anyStem(tokens, hit.token, { Self.familyNounKeys.contains($0) }))
                    && !(hit.cue == .evacuation && isOutOfService(hit.token, clause: clause.tokens, ctx: ctx))
                    // Young men taken to be sent to fight (لزجهم في القتال، لإرسالهم إلى جبهات القتال): the
                    // fighting is what they were taken for, not a battle here.
                    && !(hit.cue == .clash && isSentToFight(hit.token, clause: clause.tokens, ctx: ctx))
                    && !(hit.cue == .baseEstablished && isPublishing(hit.token, clause: clause.tokens, ctx: ctx))
                    // Protests filmed or covered (اعتقلت شابين على خلفية تصويرهم مظاهرات): what the arrested did.
                    && !(hit.cue == .protest && hit.token > clause.tokens.lowerBound
                        && WordPattern.anyStem(tokens, hit.token - 1, { Self.coverageKeys.contains($0) }))
                    && !isLabel(hit, ctx: ctx)
                    // A suicide drone (طائرة مسيرة انتحارية، الطيران الانتحاري) is a drone, no suicide bomber.
                    && !(hit.cue == .suicide && (max(clause.tokens.lowerBound, hit.token - 2)..<hit.token).contains { k in
                        ctx.cueHits[k].contains { lexicon.patternCues[Int($0.slot.pattern)] == .airAsset }
                    })
                    // دخلتها دون قتال، انسحبت من دون أي مقاومة: a deed said not to have happened.
                    && !(hit.cue.isDeed && isWithout(hit.token, clause: clause.tokens, ctx: ctx))
                    && (lexicon.patternGovernors[hit.pattern].map {
                        isGoverned(hit.token, clause: clause.tokens, by: $0.verbs, ctx: ctx, reach: $0.reach)
                            || ($0.far > $0.reach && isGoverned(acrossSubject: hit.token, clause: clause.tokens, by: $0.verbs, ctx: ctx, reach: $0.far))
                    } ?? true)
                    && !(hit.cue.family == .movement && hit.token > clause.tokens.lowerBound && Self.whenKeys.contains(ctx.keys[hit.token - 1]))
                    // A count that reached a figure (عدد المعتقلين وصل إلى العشرات، وصل عدد القتلى إلى): no one
                    // moved. (وصل عدد من العائلات, "a number of families", did arrive.)
                    && !(hit.cue == .displacement && (max(clause.tokens.lowerBound, hit.token - 2)..<max(hit.token, min(clause.tokens.upperBound - 1, hit.token + 2)))
                        .contains { (ctx.keys[$0] == Self.numberOfKey || ctx.keysWithoutConjunction[$0] == Self.numberOfKey) && ctx.keys[$0 + 1] != Self.fromKey })
            }
            guard !cues.isEmpty else { continue }
            // A headline or a sub-title (a short line of its own, no verb): it announces what the
            // body tells, and the body's clause is the evidence.
            if clause.tokens.count <= 5, ctx.sentences[clause.sentence]!.clauses == 1,
                cues.allSatisfy({ $0.cue.family == nil || tokens.hasPrefix($0.token, Self.articleLetters) })
            {
                continue
            }
            // A day named in the sentence (يوم 20 تموز، الاثنين الماضي) dates what كان recalls.
            let dayNamed = (sentenceDates[clause.sentence] ?? []).contains { $0.precision == 1 }
            if isHedged(clause: clause.tokens, cues: cues, ctx: ctx, dayNamed: dayNamed) { continue }
            var typed = classify(cues, clause: clause.tokens, ctx: ctx)
            var alsoHit = false
            // كما استهدفت مرتفعات جبل البشري: a clause that only says "also hit" continues the
            // incident of the clause before it in the sentence, at its own place.
            if typed == nil, let target = cues.first(where: { $0.cue == .target }), ci > 0,
                split[ci - 1].sentence == clause.sentence, let last = events.last,
                ctx.analysis.tokens.tokens[split[ci - 1].tokens.lowerBound].start <= last.evidenceStart,
                !ctx.mentions(startingIn: clause.tokens).isEmpty
            {
                typed = (last.eventType, target)
                alsoHit = true
            }
            // Gunmen killed someone (قتل مسلحون مجهولون موظفاً، قتلت مجموعة مسلحة مدنيين): the verb with an
            // unknown armed party as its subject and a civilian as its object tells the attack.
            if typed == nil, let k = cues.first(where: { $0.cue == .kill && (Self.activeKillKeys.contains(ctx.keys[$0.token]) || Self.activeKillKeys.contains(ctx.keysWithoutConjunction[$0.token])) }),
                let a = ctx.actors.actor(startingAt: k.token + k.length), a.name == ActorLexicon.unidentifiedArmed,
                (a.end..<clause.tokens.upperBound).prefix(3).contains(where: { tokens.anyForm($0, { lexicon.civilianKeys.contains($0) }) })
            {
                typed = (.attack, k)
            }
            guard let (type, trigger) = typed else {
                // A toll told before its incident in the same sentence (مقتل أربعة عناصر، جراء
                // استهداف طائرات ...) waits for that incident; otherwise it goes to the one before.
                let incidentFollows = split[(ci + 1)...].prefix { $0.sentence == clause.sentence }.contains { c in
                    findCues(in: c.tokens, ctx: ctx).contains { $0.cue.family != nil || $0.cue == .target }
                }
                if incidentFollows {
                    let toll = casualties(in: clause.tokens, cues: cues, tokens: tokens)
                    if toll.fatalities != nil || toll.injured != nil { pendingToll = (clause.sentence, toll.fatalities, toll.injured, toll.vague) }
                } else {
                    attachToll(from: clause, cues: cues, ctx: ctx, to: &events)
                }
                continue
            }
            let dates = sentenceDates[clause.sentence] ?? []
            // A date applies to every event of its sentence unless the clause gives its own.
            // وثق المرصد، أمس، مقتل جندي ... يوم الخميس 19 آب: a date right after a verb of telling
            // dates the telling; a second date in the clause dates the deed.
            let clauseDates = dates.filter { clause.tokens.contains($0.start) }
            var date = (clauseDates.count > 1 && datesTelling(clauseDates[0], clause: clause.tokens, ctx: ctx) ? clauseDates[1] : clauseDates.first)
                ?? dates.first
            // كما أفادت ... باندلاع اشتباكات: a sentence that opens with "also" and names no day goes on
            // with the news just told, on its day.
            if date == nil, let span = ctx.sentences[clause.sentence]?.span, Self.alsoOpenerKeys.contains(ctx.keys[span.lowerBound]),
                let last = events.last, let d = last.date, tokens.tokens[clause.tokens.lowerBound].start - last.evidenceEnd < 300
            {
                date = DateResolver.Found(date: d, precision: last.timePrecision ?? 1, start: span.lowerBound, end: span.lowerBound)
            }
            let places = locations(for: clause, clauseIndex: ci, type: type, trigger: trigger.token, ctx: ctx, events: events)
            // "الهجوم" with the article and no verb of its own refers back to an incident of that
            // type already reported (ضحايا الهجوم، المعارك تسير): not a new one.
            // (A strike, تواصلت حركة الإضراب العام، refers back to a strike, not to a march told before it.)
            let strike = trigger.cue == .protest && WordPattern.anyStem(tokens, trigger.token, { Self.strikeKeys.contains($0) })
            if isBackReference(trigger, cues: cues, tokens: tokens),
                let k = referent(of: type, in: events)
                    // (The protest just told, however it was typed, when its sentence names no other place:
                    // المظاهرة after احتج العشرات في مدينة الحسكة, now dispersed.)
                    ?? (Self.isProtest(type) ? events.indices.last.flatMap { k in
                        guard Self.isProtest(events[k].eventType), tokens.tokens[clause.tokens.lowerBound].start - events[k].evidenceEnd < 300,
                            let span = ctx.sentences[clause.sentence]?.span,
                            let told = events[k].location?.place,
                            ctx.mentions(startingIn: span).allSatisfy({ m in
                                let p = ctx.analysis.mentions[m].place
                                return p.id == told.id || MentionExtractor.lies(p, within: told) || MentionExtractor.lies(told, within: p)
                            })
                        else { return nil }
                        return k
                    } : nil)
                    ?? (trigger.cue == .assault ? attackReferent(in: events, before: tokens.tokens[clause.tokens.lowerBound].start) : nil),
                !strike || events[k].trigger.contains("ضراب")
            {
                // It may still date the incident or count its dead: المعارك مستمرة منذ ليلة أمس. (Not
                // in a sentence that sums up years: حيث قضى عدة أشخاص جراء انفجار الألغام counts the
                // dead of all the mines the town saw since.)
                let toll = casualties(in: clause.tokens, cues: cues, tokens: tokens)
                let summingUp = ctx.sentences[clause.sentence].map { hasLongPeriod($0.span, ctx: ctx) } ?? false
                if !summingUp { events[k].take(fatalities: toll.fatalities, injured: toll.injured, vague: toll.vague) }
                // Or name whose bombardment it was (أسفر القصف عن مقتل أربعة، then إن القصف التركي أدى
                // إلى): the unknown party of the first telling was a default, not a finding.
                if events[k].eventType == .shelling || events[k].eventType == .airDroneStrike,
                    let a = events[k].actor1, Self.unnamedPartyNames.contains(a), !ctx.actors(startingIn: clause.tokens).isEmpty,
                    let named = actorsFor(type: events[k].eventType, clause: clause.tokens, trigger: trigger.token, cues: cues, ctx: ctx).0,
                    !Self.unnamedPartyNames.contains(named)
                {
                    events[k].actor1 = named
                    if events[k].actor2 == named { events[k].actor2 = nil }
                }
                // Or say the protest was dispersed (وتم خلال المظاهرة إطلاق النار في الهواء لتفريق المتظاهرين).
                if Self.isProtest(type), type.precedence > events[k].eventType.precedence { events[k].eventType = type }
                // Or name the place the first telling left vague (تم الإفراج عنهم في بلدة عين عيسى), or the
                // places it reached: each is the incident at a place of its own (والضربات استهدفت
                // تجمعات في قرى الجلاء والسيال وحسرات after strikes "in the Albu Kamal area").
                let reached = reachedPlaces(by: clause, trigger: trigger, cues: cues, places: places, referent: events[k], ctx: ctx)
                for (n, place) in reached.places.enumerated() {
                    if n == 0 && reached.refines {
                        events[k].location = place.mention
                        events[k].geoPrecision = place.precision
                        continue
                    }
                    // (A place already told for this kind of incident that day is that incident.)
                    if events.contains(where: { $0.eventType == events[k].eventType && $0.date == events[k].date
                        && $0.location?.place.id == place.mention.place.id })
                    {
                        continue
                    }
                    var e = events[k]
                    e.location = place.mention
                    e.geoPrecision = place.precision
                    // The toll was counted for the incident first told, not at each place.
                    (e.fatalities, e.injured, e.tollVague) = (nil, nil, false)
                    e.evidenceStart = tokens.tokens[clause.tokens.lowerBound].start
                    e.evidenceEnd = tokens.tokens[clause.tokens.upperBound - 1].end
                    e.evidence = ctx.text(fromToken: clause.tokens.lowerBound, toToken: clause.tokens.upperBound - 1)
                    e.trigger = ctx.text(fromToken: trigger.token, toToken: trigger.token + trigger.length - 1)
                    e.reached = true
                    events.append(e)
                }
                // (Not the day of what it came after: هذه الاحتجاجات جاءت بعد اجتماع جرى في 4 من الشهر.)
                if events[k].date == nil, let d = dates.first(where: { clause.tokens.contains($0.start) }),
                    !(d.start > trigger.token && (trigger.token..<d.start).contains { Self.afterKeys.contains(ctx.keys[$0]) })
                {
                    let toks = tokens.tokens
                    events[k].date = d.date
                    events[k].timePrecision = d.precision
                    events[k].evidenceStart = toks[clause.tokens.lowerBound].start
                    events[k].evidenceEnd = toks[clause.tokens.upperBound - 1].end
                    events[k].evidence = ctx.text(fromToken: clause.tokens.lowerBound, toToken: clause.tokens.upperBound - 1)
                }
                continue
            }
            var (actor1, actor2) = actorsFor(type: type, clause: clause.tokens, trigger: trigger.token, cues: cues, ctx: ctx)
            // Arabic leaves out a subject already named: وشنت قوات تابعة لقسد، ليلة الخميس، حملة
            // اعتقالات. A clause that names no actor takes the last party named earlier in its sentence,
            // in a clause that told no incident of its own (there the party is that incident's), unless
            // it opens with a contrast (فيما، في حين، بينما), which brings a new subject.
            if actor1 == nil || actor1 == ActorLexicon.unidentifiedArmed || actor1 == ActorLexicon.unidentifiedMilitary,
                ctx.actors(startingIn: clause.tokens).isEmpty,
                !Segmenter.contrastKeys.contains(ctx.keys[clause.tokens.lowerBound]),
                let span = ctx.sentences[clause.sentence]?.span,
                // (Not a party named as who holds the place or backs another: مدينة رأس العين الخاضعة
                // لسيطرة الجيش الوطني، تفجيرات متكررة، إذ استشهد ثلاثة مدنيين.)
                let named = ctx.actors[ctx.actors(startingIn: span.lowerBound..<max(span.lowerBound, clause.tokens.lowerBound))].last(where: {
                    !Self.unnamedParties[$0.id] && !Self.backsOrHolds($0, tokens: tokens, keys: ctx.keys)
                        && !isSource($0, from: span.lowerBound, ctx: ctx)
                }),
                let home = split.firstIndex(where: { $0.tokens.contains(named.start) }), !tellingClauses[home]
            {
                actor1 = named.name
                if actor2 == named.name { actor2 = nil }
            }
            // Or continues the sentence before (واعتقلت شاباً after the militias' raid): the last
            // one named close by.
            if actor1 == nil, let last = events.last, let a = last.actor1,
                ![ActorLexicon.civilians, ActorLexicon.protesters, ActorLexicon.rioters].contains(a),
                clause.tokens.lowerBound > 0, ctx.analysis.tokens.tokens[clause.tokens.lowerBound].start - last.evidenceEnd < 300
            {
                actor1 = a
                if actor2 == a { actor2 = nil }
            }
            var toll = casualties(in: clause.tokens, cues: cues, tokens: tokens, actors: ctx.actors)
            if let p = pendingToll, p.sentence == clause.sentence {
                if toll.fatalities == nil && toll.injured == nil {
                    toll = (p.fatalities, p.injured, p.vague)
                } else if let k = events.indices.last {
                    // This incident counts its own dead: the earlier toll was the previous one's.
                    events[k].take(fatalities: p.fatalities, injured: p.injured, vague: p.vague)
                }
                pendingToll = nil
            }
            if isLongAgo(trigger.token, clause: clause.tokens, ctx: ctx) { continue }
            if (trigger.token..<clause.tokens.upperBound).contains(where: { Self.prospectKeys.contains(ctx.keys[$0]) })
            {
                continue
            }
            // A noun like "the fighting" with no verb of its own and nothing to date or count it is
            // commentary (شراسة القتال في البلدة يكشف), not the report of an incident.
            if isBackReference(trigger, cues: cues, tokens: tokens), !dates.contains(where: { clause.tokens.contains($0.start) }),
                toll.fatalities == nil, toll.injured == nil,
                !clause.tokens.contains(where: { Self.occurrenceKeys.contains(ctx.keys[$0]) || Self.occurrenceKeys.contains(ctx.keysWithoutConjunction[$0]) })
            {
                continue
            }
            let affected = affectedCount(type: type, trigger: trigger, clause: clause.tokens, tokens: tokens, actors: ctx.actors)
            let toks = tokens.tokens
            let evStart = toks[clause.tokens.lowerBound].start
            let evEnd = toks[clause.tokens.upperBound - 1].end
            let evidence = ctx.text(fromToken: clause.tokens.lowerBound, toToken: clause.tokens.upperBound - 1)
            let triggerText = ctx.text(fromToken: trigger.token, toToken: trigger.token + trigger.length - 1)
            var finalType = type
            // قصف أمريكي، قصف روسي with no gun or rocket named: the Coalition, Russia and Israel bomb
            // from the air here (Turkey and the government shell with guns). When the bombardment is
            // named after its air force, that party struck (كتائب حزب الله شيعت قيادياً قتل بقصف أمريكي);
            // قصف الجيش التركي مواقع القوات الروسية stays Turkey's shelling.
            let after = trigger.token + trigger.length
            let namedByBomber = after < clause.tokens.upperBound && Self.bomberAdjectiveKeys.contains(ctx.keys[after])
            let bomberActs = actor1.map(Self.bombers.contains) == true
            if type == .shelling, bomberActs || (namedByBomber && actor2.map(Self.bombers.contains) == true),
                !cues.contains(where: { $0.cue == .artillery })
            {
                finalType = .airDroneStrike
                if !bomberActs { (actor1, actor2) = (actor2, actor1) }
            }
            if type == .nonStateActorOvertakesTerritory, let a = actor1, [ActorLexicon.saa, ActorLexicon.russia, ActorLexicon.iran, ActorLexicon.ndf, ActorLexicon.progov].contains(a) {
                finalType = .governmentRegainsTerritory
            }
            let located: [(PlaceMention?, Int?)] = places.isEmpty ? [(nil, nil)] : places.map { ($0.mention, $0.precision) }
            // "Also hit" at the place the incident was just told at (حملة اعتقالات في الحسكة، طالت
            // عشرات الشبان) goes on telling it.
            if alsoHit, let last = events.last?.location?.place.id, located.allSatisfy({ $0.0?.place.id == last }) { continue }
            // وسبق أن، كما سبق وأن: the clause opens on an earlier incident (سبق with a noun, وسبق
            // الهجوم مقتل امرأة, only orders two incidents).
            var recalled = clause.tokens.prefix(3).contains { k in
                (Self.recallKeys.contains(ctx.keys[k]) || Self.recallKeys.contains(ctx.keysWithoutConjunction[k]))
                    && k + 1 < clause.tokens.upperBound && Self.recallThatKeys.contains(ctx.keys[k + 1])
            }
            // حينها، آنذاك: "at that time" goes on telling the earlier incident just recalled.
            if !recalled, events.last?.recalled == true, let span = ctx.sentences[clause.sentence]?.span,
                span.contains(where: { Self.thenKeys.contains(ctx.keys[$0]) })
            {
                recalled = true
            }
            for (mention, precision) in located {
                var confidence = 0.55
                if mention != nil { confidence += 0.15 }
                if actor1 != nil { confidence += 0.1 }
                if date != nil { confidence += 0.1 }
                if places.first?.inherited == true { confidence -= 0.15 }
                // ACLED's peaceful protest is one met with no force: a toll its clause counts is
                // another incident's (the massacre protested, the protesters shot the day before).
                let peaceful = finalType == .peacefulProtest
                let event = Event(
                    source: analysis.document.source, eventType: finalType, trigger: triggerText,
                    evidence: evidence, evidenceStart: evStart, evidenceEnd: evEnd,
                    actor1: actor1, actor2: actor2, fatalities: peaceful ? nil : toll.fatalities, injured: peaceful ? nil : toll.injured,
                    affected: affected, date: date?.date, timePrecision: date?.precision, location: mention,
                    geoPrecision: precision, confidence: (min(confidence, 0.95) * 100).rounded() / 100,
                    family: trigger.cue.family, headline: isHeadline(clause, ctx: ctx), tollVague: !peaceful && toll.vague, recalled: recalled,
                    generic: trigger.cue == .assault || trigger.cue == .target)
                // "Also hit" names another target: an incident of its own, never a retelling.
                if alsoHit { events.append(event) } else { merge(event, into: &events) }
                tellingClauses[ci] = true
            }
        }
        // The places of one list told in one clause are one telling: a place left undated takes the
        // day another was given by the summary it merged with (مظاهرات اليوم بريف دير الزور، then في
        // مدينة البصيرة وفي قريتي ابريهة والصبحة).
        for k in events.indices where events[k].date == nil {
            let start = events[k].evidenceStart
            if let j = events.indices.first(where: { events[$0].evidenceStart == start && events[$0].date != nil && events[$0].eventType == events[k].eventType }) {
                events[k].date = events[j].date
                events[k].timePrecision = events[j].timePrecision
            }
        }
        // A protest met with force that killed, its toll told in a clause of its own (فرقتها قسد
        // بالرصاص، حيث قتل شابان): ACLED's excessive force against protesters.
        for k in events.indices where events[k].eventType == .protestWithIntervention && (events[k].fatalities ?? 0) > 0 {
            events[k].eventType = .excessiveForceAgainstProtesters
        }
        nameForTheirTime(&events, ctx: ctx)
        return events
    }

    /// The places a clause that refers back to `referent` names for it, in text order: those inside
    /// the area it was told at (or any, when it was told at none), `refines` then saying the first
    /// replaces that area; and, when the clause says the deed reached them (a verb of its own,
    /// واستهدف القصف منطقة البطين، or "also", طالت كذلك), places elsewhere, each an incident of its
    /// own. A place the clause inherits from an earlier one, the referent's own place and an area
    /// that holds it are no new place.
    func reachedPlaces(by clause: Segmenter.Clause, trigger: CueHit, cues: [CueHit], places: [Located], referent: Event, ctx: Context)
        -> (places: [Located], refines: Bool)
    {
        let named = places.filter { !$0.inherited }
        guard !named.isEmpty else { return ([], false) }
        // The deed is the subject of its own verb of striking, next to it (واستهدفت القصف، والضربات
        // الجوية الأمريكية استهدفت), or the clause says "also"; a verb in a relative clause is
        // another deed's (الهجمات التي استهدفت قواعد أمريكية).
        let deed = trigger.token
        let reaches = cues.contains { hit in
            hit.cue == .target && !hit.purpose && hit.token != deed && abs(hit.token - deed) <= 3
                && !(min(hit.token, deed)..<max(hit.token, deed)).contains { Self.relativeKeys.contains(ctx.keys[$0]) }
        } || clause.tokens.contains { Self.alsoKeys.contains(ctx.keys[$0]) || Self.alsoKeys.contains(ctx.keysWithoutConjunction[$0]) }
        // A town, village or site of the area the map covers, not a river, a region or a country.
        let settled = { (p: Located) in p.mention.place.inArea && !p.mention.place.kind.isArea }
        // Told at no place, it is placed only where the clause says the deed reached.
        guard let general = referent.location else { return (reaches ? named.filter(settled) : [], true) }
        let inside = general.place.kind.isArea
            ? named.filter { !$0.mention.place.kind.isArea && MentionExtractor.lies($0.mention.place, within: general.place) } : []
        let elsewhere = !reaches ? [] : named.filter { p in
            settled(p) && p.mention.place.id != general.place.id && !MentionExtractor.lies(general.place, within: p.mention.place)
                && !inside.contains { $0.mention.startToken == p.mention.startToken }
        }
        let all = (inside + elsewhere).sorted { $0.mention.startToken < $1.mention.startToken }
        return (all, !inside.isEmpty && all.first?.mention.startToken == inside.first?.mention.startToken)
    }

    /// The parties whose bombardments are air strikes.
    static let bombers: Set<String> = [ActorLexicon.coalition, ActorLexicon.russia, ActorLexicon.israel]
    /// قصف أمريكي، القصف الروسي، قصف إسرائيلي: a bombardment named after the air force that flew it.
    static let bomberAdjectiveKeys = WordPattern.keys(["أمريكي", "أميركي", "الأمريكي", "الأميركي", "روسي", "الروسي", "إسرائيلي",
                                                       "الإسرائيلي"])

    /// كذلك، أيضاً: the deed reached another place too.
    static let alsoKeys = WordPattern.keys(["كذلك", "أيضا", "ايضا", "أيضاً"])

    /// The incident a back-reference points to: the last one of its type, or, for remote violence,
    /// the incident just told (نتيجة القصف after a drone strike is that strike).
    func referent(of type: EventType, in events: [Event]) -> Int? {
        // Not a title: the body tells what the title announced (التفجير الانتحاري after a title's
        // تفجير), and a told incident replaces its title when the two meet.
        if let k = events.lastIndex(where: { $0.eventType == type && !$0.headline && !$0.reached }) { return k }
        // The clashes of a riot (اشتباكات بين شبان محتفلين والأسايش, then أسفرت الاشتباكات عن مقتل شابين)
        // are that riot.
        if type == .armedClash, let k = events.lastIndex(where: { $0.eventType == .violentDemonstration && !$0.headline && !$0.reached }) {
            return k
        }
        // Only among remote violence: القصف after a drone strike is that strike (واستمرت عمليات القصف
        // after the coalition's raids, with other news between), but المعارك after a capture is
        // fighting of its own.
        let remote = "Explosions/Remote violence"
        guard type.eventType == remote else { return nil }
        return events.lastIndex { $0.eventType.eventType == remote && !$0.headline && !$0.reached }
    }

    /// The incident "the attack" (الهجوم، with the article and no verb) points back to when none
    /// of its own type was told: the violent incident told just before, whatever its type (an
    /// assault on a post told as a clash, then الهجوم أسفر عن مقتل ستة أشخاص).
    func attackReferent(in events: [Event], before start: Int) -> Int? {
        guard let k = events.indices.last, !events[k].headline, start - events[k].evidenceEnd < 300,
            Self.violentEventTypes.contains(events[k].eventType.eventType)
        else { return nil }
        return k
    }

    /// Actors that name no party a later clause could continue: civilians, crowds, unidentified groups.
    static let unnamedPartyNames = [ActorLexicon.civilians, ActorLexicon.protesters, ActorLexicon.rioters,
                                    ActorLexicon.unidentifiedArmed, ActorLexicon.unidentifiedMilitary]
    static let unnamedParties = ActorLexicon.shared.marks(unnamedPartyNames)

    static let whereKey = NameKey.wordKey("حيث")
    static let recallKeys = WordPattern.keys(["سبق"])
    static let thenKeys = WordPattern.keys(["حينها", "حينذاك", "آنذاك", "انذاك", "وقتها", "وقتذاك"])
    static let recallThatKeys = WordPattern.keys(["أن", "ان", "وأن", "وان"])
    static let targetingsKeys = WordPattern.keys(["استهدافات", "ضربات"])

    static let wasKeys = KeyTable(keys: ["كان", "كانت", "كانوا", "يكون", "تكون"].map(NameKey.wordKey))
    static let qadKey = NameKey.wordKey("قد")
    /// كان آخرها هجوم: "the last of them was an attack" reports that attack.
    static let lastOfKeys = KeyTable(keys: ["آخرها", "أحدها", "أبرزها", "آخرهم"].map(NameKey.wordKey))

    /// The trigger is a definite noun (الهجوم، المعارك) and no other event word in the clause is a verb.
    /// The party is named as whose word the news is (بحسب بيان صادر عن المركز الإعلامي لقسد، وفقاً
    /// لمصادر في الأسايش): a source, no subject a later clause leaves out.
    func isSource(_ a: ActorHit, from start: Int, ctx: Context) -> Bool {
        (max(start, a.start - 8)..<a.start).contains { Self.accordingKeys.contains(ctx.keys[$0]) || Self.accordingKeys.contains(ctx.keysWithoutConjunction[$0]) }
    }

    static let accordingKeys = WordPattern.keys(["بحسب", "حسب", "وفق", "وفقا", "وفقاً", "نقلا", "نقلاً"])

    func isBackReference(_ trigger: CueHit, cues: [CueHit], tokens: TokenizedText) -> Bool {
        let definite = { (i: Int) in tokens.hasPrefix(i, anyOf: Self.definitePrefixes) }
        // النار of أطلق النار على is the fire opened, not an incident named again.
        guard trigger.cue != .shooting, definite(trigger.token) else { return false }
        // A light verb before it makes the noun the deed itself: ألقت الأسايش القبض على، تم القبض على.
        // (The subject of ألقى or تمكن may stand between: ألقت قوات الأسايش القبض، تمكنت الأخيرة من السيطرة.)
        // (After تم only a deed whose object follows its preposition: تم القبض على شاب is a new arrest,
        // تم الإفراج عنهم and تم القبض عليه tell again of people already named.)
        if trigger.token > 0, trigger.length >= 2, Self.passiveLightVerbKeys.contains(tokens.key(trigger.token - 1)),
            Self.barePrepositionKeys.contains(tokens.key(trigger.token + trigger.length - 1))
        {
            return false
        }
        if (max(0, trigger.token - 4)..<trigger.token).contains(where: { Self.lightVerbKeys.contains(tokens.key($0)) }) { return false }
        // (Destruction told with it, تدمير 3 آليات, is a detail of the incident, not a deed of its own.)
        return cues.allSatisfy { hit in hit.cue.family == nil || hit.cue.family == .looting || definite(hit.token) }
    }

    static let lightVerbKeys = WordPattern.keys(["ألقت", "ألقى", "ألقوا", "القت", "القى", "القوا", "وألقت", "وألقى", "والقت", "والقى",
                                                 "وألقوا", "يلقي", "تلقي", "تمكنت", "تمكن", "وتمكنت", "وتمكن", "تمكنوا", "نجح", "نجحت",
                                                 "نجحوا", "ونجح", "ونجحت", "ونجحوا"])
    static let passiveLightVerbKeys = WordPattern.keys(["تم", "وتم", "جرى", "وجرى"])
    static let barePrepositionKeys = WordPattern.keys(["على", "من", "عن", "ضد"])

    /// The article, alone or after و، ب، or as لل: a word that begins so is definite.
    static let definitePrefixes = WordPattern.letters(["ال", "وال", "بال", "لل"])
    static let articleLetters: [UInt32] = [NameKey.alef, NameKey.lam]

    /// The report's own date: a full date (day, month, year) in a short line among its first three
    /// sentences: a dateline (دير الزور - 15 كانون الأول 2018) or a date line under the title.
    static func dateline(clauses: [Segmenter.Clause], tokens: TokenizedText) -> CivilDate? {
        // Clauses come in order and number their sentences from 0: join each sentence's clauses.
        var sentences: [Range<Int>] = []
        for c in clauses {
            if c.sentence < sentences.count {
                sentences[c.sentence] = sentences[c.sentence].lowerBound..<c.tokens.upperBound
            } else {
                if sentences.count == 3 { break }
                sentences.append(c.tokens)
            }
        }
        for range in sentences.prefix(3) where range.count <= 14 {
            if let d = DateResolver.absoluteDates(tokens, in: range, defaultYear: nil).first?.date { return d }
        }
        return nil
    }

    /// A title line: a sentence of a few words that ends at a line break without a full stop.
    func isHeadline(_ clause: Segmenter.Clause, ctx: Context) -> Bool {
        guard let sentence = ctx.sentences[clause.sentence], sentence.span.count <= 14 else { return false }
        // What follows the sentence on its line: a full stop makes it a sentence, not a title.
        let from = ctx.analysis.tokens.tokens[sentence.span.upperBound - 1].utf8End
        var text = ctx.analysis.document.text
        return text.withUTF8 { bytes in
            var k = from
            while k < bytes.count, bytes[k] != 0x0A {
                let b = bytes[k]
                // An ellipsis joins a title's two halves (ارتفاع عدد القتلى... وحملة اعتقالات): no stop.
                let ellipsis = b == 0x2E && ((k + 1 < bytes.count && bytes[k + 1] == 0x2E) || (k > 0 && bytes[k - 1] == 0x2E))
                if (b == 0x2E && !ellipsis) || b == 0x21 || b == 0x3F { return false }  // . ! ?
                if b == 0xD8, k + 1 < bytes.count, bytes[k + 1] == 0x9F { return false }  // ؟
                k += 1
            }
            return true
        }
    }

    /// أفرج عن طفل بعد 4 أيام من اختطافه من أمام منزله في حي العزيزية: the deed the first is dated
    /// against is an incident of its own when the clause names where it happened. The clause is cut
    /// before its من, so each incident has its own words and place.
    func splitAtDatedDeeds(_ clauses: [Segmenter.Clause], ctx: Context) -> [Segmenter.Clause] {
        var out: [Segmenter.Clause] = []
        for clause in clauses {
            var start = clause.tokens.lowerBound
            // Only a cue right after من can be dated against: the other words are passed over
            // before their cues are read.
            let keys = ctx.keys, fromKey = Self.fromKey
            for i in clause.tokens where i - 1 > start && keys[i - 1] == fromKey && !ctx.cueHits.isEmpty(i) {
                for h in ctx.cueHits[i] {
                    guard i - 1 > start, let hit = cue(at: i, h, within: clause.tokens, ctx: ctx), hit.cue.family != nil else { continue }
                    let from = hit.token - 1
                    guard isDatedAgainst(hit, clause: clause.tokens, ctx: ctx),
                        !ctx.mentions(startingIn: hit.token..<clause.tokens.upperBound).isEmpty
                    else { continue }
                    out.append(Segmenter.Clause(tokens: start..<from, sentence: clause.sentence))
                    start = from
                }
            }
            out.append(Segmenter.Clause(tokens: start..<clause.tokens.upperBound, sentence: clause.sentence))
        }
        return out
    }

    /// The deed at `hit` is a point in time another is dated against: بعد (عشرة) أيام من، قبل ساعات من.
    func isDatedAgainst(_ hit: CueHit, clause: Range<Int>, ctx: Context) -> Bool {
        let keys = ctx.keys
        // The deed may be named by its start (بعد يومين من توقيع الاتفاق، بعد أسبوع من بدء الهجوم).
        let at = hit.token - 1 > clause.lowerBound && Self.onsetNounKeys.contains(keys[hit.token - 1]) ? hit.token - 1 : hit.token
        guard at - 2 >= clause.lowerBound, keys[at - 1] == Self.fromKey,
            Self.timeUnitKeys.contains(keys[at - 2])
        else { return false }
        return (3...4).contains { back in at - back >= clause.lowerBound && Self.beforeAfterKeys.contains(keys[at - back]) }
    }

    /// A clause that names two kinds of incident on either side of a comma (سيطرت على الطبقة، بعد
    /// اتفاق سمح ...؛ اتفاق رعاه الوجهاء، خرج بموجبه ثلاثة آلاف) is two clauses.
    func splitAtCommas(_ clauses: [Segmenter.Clause], ctx: Context) -> [Segmenter.Clause] {
        var out: [Segmenter.Clause] = []
        for clause in clauses {
            var start = clause.tokens.lowerBound
            var family: EventLexicon.Family?
            // Only a word that can be a cue can change the family.
            for i in clause.tokens where !ctx.cueHits.isEmpty(i) {
                // The family of a cue that starts here and is whole (قرى alone is no handing over).
                let found = firstFamilyCue(at: i, within: i..<clause.tokens.upperBound, ctx: ctx)
                // Two families, or one family told twice with و after a comma, each at its own place:
                // خرجت تظاهرات في الكرامة ومعدان، وأغلق محتجون الطريق في المنصورة.
                // Looting and destruction are usually details of another incident, and a quoted
                // source (نقلته مواقع) is no deed: no cut for them.
                let quoting = found.map { $0.cue == .transfer && isQuoting($0.token, clause: clause.tokens, ctx: ctx) } ?? false
                let f = found?.cue.family == .looting || quoting ? nil : found?.cue.family
                if let f, let current = family, i > start,
                    let cut = (start + 1...i).last(where: { k in
                        ctx.commaBefore(k)
                    })
                {
                    let sameTwice = f == current && ctx.analysis.tokens.firstLetter(cut) == FoldedLetter.waw
                        && !ctx.mentions(startingIn: start..<cut).isEmpty
                        && !ctx.mentions(startingIn: cut..<clause.tokens.upperBound).isEmpty
                    // People going out, then to a protest (خرج العشرات ...، الجمعة، في مظاهرة): one act.
                    let goingOutToProtest = (f == .movement && current == .protest) || (f == .protest && current == .movement)
                    if (f != current && !goingOutToProtest) || sameTwice {
                        out.append(Segmenter.Clause(tokens: start..<cut, sentence: clause.sentence))
                        start = cut
                    }
                }
                if let f { family = f }
            }
            out.append(Segmenter.Clause(tokens: start..<clause.tokens.upperBound, sentence: clause.sentence))
        }
        return out
    }

    /// تعرض لـ / تصدى لـ: the لـ after "came under" or "fought off" governs the deed itself
    /// (تعرضت دورية لهجوم، تصدت قسد لهجوم شنته خلايا داعش): the attack happened, it is no aim.
    func isUndergone(_ i: Int, clause: Range<Int>, ctx: Context) -> Bool {
        undergoVerb(of: i, clause: clause, ctx: ctx) != nil
    }

    /// Where the verb of "came under" / "fought off" that governs the deed at `i` stands.
    func undergoVerb(of i: Int, clause: Range<Int>, ctx: Context) -> Int? {
        let tokens = ctx.analysis.tokens
        // للهجوم (the attack) after تتعرض refers to one already told, or describes a state
        // (المنطقة التي تتعرض للهجوم): only a new, indefinite deed is reported here.
        guard i > clause.lowerBound, !tokens.hasPrefix(i, Self.lamLam) else { return nil }
        // The verb may stand some words back, its subject and a time between: تعرضت دورية لقسد لهجوم،
        // تعرض مركز مدينة الرقة عصر اليوم الثلاثاء لانفجار.
        return (max(clause.lowerBound, i - 8)..<i).last { k in tokens.hasPrefix(k, anyOf: Self.undergoStems) }
    }

    /// The party named right after the deed by من or من قبل (لهجوم من تنظيم داعش): its maker.
    func isByAgent(_ start: Int, after trigger: Int, ctx: Context) -> Bool {
        let by = start - 1
        guard by > trigger, by - trigger <= 3 else { return false }
        return ctx.keys[by] == Self.fromKey || Self.isNamedBy(start, from: trigger + 1, ctx: ctx)
    }

    static let lamLam: [UInt32] = [NameKey.lam, NameKey.lam]
    static let undergoStems = WordPattern.letters(["تعرض", "وتعرض", "يتعرض", "ويتعرض", "تتعرض", "وتتعرض", "لتعرض", "تصد", "وتصد", "يتصد",
                                           "تتصد", "التصد", "والتصد", "للتصد", "صد", "وصد"])

    /// The wounded taken to hospital (نقل الجرحى إلى مشفى، تم نقلهم إلى المشافي لتلقي العلاج) is part
    /// of the incident that wounded them, not a movement of people of its own.
    func isToHospital(_ clause: Range<Int>, ctx: Context) -> Bool {
        clause.contains { i in ctx.analysis.tokens.anyForm(i, { Self.careKeys.contains($0) }) }
    }

    static let careKeys = WordPattern.keys(["مشفى", "مستشفى", "مشافي", "مستشفيات", "العلاج", "علاج", "إسعاف", "اسعاف",
                                            "الإسعاف", "نقطة طبية", "مركز صحي"])

    /// Detainees taken to an unknown place (اقتادوه ونقلوه إلى جهة مجهولة) are part of the arrest or
    /// the abduction that took them, not a movement of people of its own.
    func isToUnknownPlace(_ clause: Range<Int>, ctx: Context) -> Bool {
        clause.contains { i in
            i + 1 < clause.upperBound && Self.whereaboutKeys.contains(ctx.keys[i]) && Self.unknownPlaceKeys.contains(ctx.keys[i + 1])
        }
    }

    static let whereaboutKeys = WordPattern.keys(["جهة", "جهات", "مكان", "أماكن", "اماكن"])
    static let unknownPlaceKeys = WordPattern.keys(["مجهولة", "مجهول", "مجهولين"])

    /// أسرة، أسرته، الأسر: a family (its letters are those of أسر, captured, once ة is folded).
    static let familyNounKeys = WordPattern.keys(["أسرة", "أسره", "أسرته", "أسرتها", "أسرتهم", "أسرتين", "أسر", "أسرهم",
                                                  "أسرها"])
    /// عند وصول الدوريات، فور خروجهم: the arrival or the leaving dates something else.
    static let whenKeys = WordPattern.keys(["عند", "لدى", "فور", "قبيل", "بعيد", "وعند", "ولدى", "وفور", "مع", "ومع"])

    /// The deed is dated by a bare year before the report's (سيطرتهم على ثلث مساحة سوريا عام 2014، في
    /// 2017): history the report recalls, not news. A year in a relative clause (المدينة التي
    /// اتخذها عاصمة له منذ عام 2014) describes something else. With no report date any bare year is past.
    func isLongAgo(_ trigger: Int, clause: Range<Int>, ctx: Context) -> Bool {
        let tokens = ctx.analysis.tokens
        let keys = ctx.keys, yearLeadKeys = Self.yearLeadKeys
        for y in clause where y > clause.lowerBound && yearLeadKeys.contains(keys[y - 1]) {
            guard let year = DateResolver.number(tokens, y), (1950...2100).contains(year) else { continue }
            if let published = ctx.published, year >= published.year { continue }
            let between = min(trigger, y)..<max(trigger, y)
            let relativeKeys = Self.relativeKeys
            if between.contains(where: { relativeKeys.contains(keys[$0]) }) { continue }
            return true
        }
        return false
    }

    static let yearLeadKeys = WordPattern.keys(["عام", "العام", "سنة", "السنة", "في", "منذ", "خلال", "وفي", "عامي"])
    static let relativeKeys = WordPattern.keys(["التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "اللتي"])

    /// One of the verbs in `table` (a form of it, clitics removed) stands up to `reach` words before
    /// `i`: أطلق مجهولون النار، فقد شاب حياته.
    func isGoverned(_ i: Int, clause: Range<Int>, by table: KeyTable, ctx: Context, reach: Int = 3) -> Bool {
        (max(clause.lowerBound, i - reach)..<i).contains { WordPattern.anyStem(ctx.analysis.tokens, $0, { table.contains($0) }) }
    }

    /// One of the verbs in `table` stands up to `reach` words before `i`, and only its subject's noun
    /// phrase between: a party's name, a place, a person or number word, a word of where (فقد أحد
    /// أفراد الأسايش في بلدة الشحيل حياته). Any other word may be a verb of its own, and ends the reach.
    func isGoverned(acrossSubject i: Int, clause: Range<Int>, by table: KeyTable, ctx: Context, reach: Int) -> Bool {
        let tokens = ctx.analysis.tokens
        let mentions = ctx.analysis.mentions
        var k = i - 1
        while k >= max(clause.lowerBound, i - reach) {
            if WordPattern.anyStem(tokens, k, { table.contains($0) }) { return true }
            // The word is part of a party's name or a place's, or a word of a noun phrase.
            let a = ctx.actors(startingIn: 0..<k + 1).upperBound
            let m = ctx.mentions(startingIn: 0..<k + 1).upperBound
            let named = (a > 0 && ctx.actors[a - 1].end > k) || (m > 0 && mentions[m - 1].endToken > k)
            guard named || lexicon.nounPhraseKeys.contains(ctx.keys[k]) || NumberLexicon.isSingularPerson(tokens, k)
                || NumberLexicon.read(tokens, at: k) != nil
            else { return false }
            k -= 1
        }
        return false
    }

    /// A word that labels what follows it (إعداد: فلان – تحرير: فلان, a byline): no deed.
    func isLabel(_ hit: CueHit, ctx: Context) -> Bool {
        let toks = ctx.analysis.tokens.tokens
        let last = hit.token + hit.length - 1
        let end = last + 1 < toks.count ? toks[last + 1].utf8Start : ctx.analysis.document.text.utf8.count
        var text = ctx.analysis.document.text
        return text.withUTF8 { bytes in
            (toks[last].utf8End..<end).contains { bytes[$0] == 0x3A }  // :
        }
    }

    /// ضربة على رأسه: a blow, not a strike.
    func isBlow(_ i: Int, clause: Range<Int>, ctx: Context) -> Bool {
        (i + 1..<min(clause.upperBound, i + 4)).contains { k in
            ctx.analysis.tokens.hasPrefix(k, anyOf: Self.headStems)
        }
    }

    static let headStems = WordPattern.letters(["رأس", "برأس", "الرأس", "بالرأس"])

    /// فجر اليوم، فجر الأحد، منذ فجر أمس: the dawn, not فجّر (blew up). The word of a day after it, or
    /// a word of time before it, says so.
    func isDawn(_ i: Int, ctx: Context) -> Bool {
        guard ctx.keys[i] == Self.dawnKey || ctx.keysWithoutConjunction[i] == Self.dawnKey else { return false }
        let tokens = ctx.analysis.tokens
        if i + 1 < tokens.tokens.count, Self.dayWordKeys.contains(ctx.keys[i + 1]) || DateResolver.weekdays.contains(ctx.keys[i + 1]) {
            return true
        }
        return i > 0 && Self.dawnTimeKeys.contains(ctx.keys[i - 1])
    }

    static let dawnKey = NameKey.wordKey("فجر")
    /// Day words after فجر besides the weekdays, which `isDawn` reads from `DateResolver.weekdays`.
    static let dayWordKeys = WordPattern.keys(["اليوم", "أمس", "امس", "الأمس", "يوم", "الغد"])
    static let dawnTimeKeys = WordPattern.keys(["منذ", "مع", "قبيل", "قبل", "حتى", "بعد", "ساعات", "خلال", "عند", "وقت"])

    /// مخلفات حربية: remnants of war, no aircraft (حربية names warplanes elsewhere).
    func isRemnant(_ i: Int, clause: Range<Int>, ctx: Context) -> Bool {
        i > clause.lowerBound && WordPattern.anyStem(ctx.analysis.tokens, i - 1, { Self.remnantKeys.contains($0) })
    }

    static let remnantKeys = WordPattern.keys(["مخلفات", "بقايا", "مخلف"])

    /// Aircraft flying over a shelling (قصفت القوات التركية القرية وسط تحليق طائرات مسيرة، سقطت قذيفة
    /// لتقوم مروحيات روسية بالتحليق): they watched, the guns struck. (حلقت مسيرة واستهدفت سيارة, with
    /// no gun named, is still the drone's strike.)
    func isOverflight(_ i: Int, clause: Range<Int>, ctx: Context) -> Bool {
        let near = max(clause.lowerBound, i - 3)..<min(clause.upperBound, i + 4)
        guard near.contains(where: { Self.flyingKeys.contains(ctx.keys[$0]) }) else { return false }
        return clause.contains { k in
            ctx.cueHits[k].contains { h in
                let c = lexicon.patternCues[Int(h.slot.pattern)]
                return c == .shelling || c == .artillery
            }
        }
    }

    static let flyingKeys = KeyTable(keys: ["تحليق", "التحليق", "بتحليق", "وتحليق", "لتحليق", "بالتحليق", "وبالتحليق", "حلقت", "وحلقت", "حلق", "وحلق",
                                            "تحلق", "وتحلق", "يحلق", "ويحلق", "حلقتا"].map(NameKey.wordKey))

    /// نشر that publishes, not deploys: نشرت وكالة أعماق عبر تلجرام أن، نشر المرصد حصيلة، نشر
    /// تسجيلاً مصوراً. An outlet next to the verb, or a medium, a channel or "that" in the few words
    /// after it, makes it publishing (نشرت قوات التحالف نقاطاً is still a deployment).
    func isPublishing(_ i: Int, clause: Range<Int>, ctx: Context) -> Bool {
        let tokens = ctx.analysis.tokens
        guard WordPattern.anyStem(tokens, i, { Self.publishKeys.contains($0) }) else { return false }
        if i > clause.lowerBound, WordPattern.anyStem(tokens, i - 1, { Self.outletKeys.contains($0) }) { return true }
        return (i + 1..<min(clause.upperBound, i + 5)).contains { k in
            Self.outletKeys.contains(ctx.keys[k]) || Self.publicationKeys.contains(ctx.keys[k]) || Self.thatKeys.contains(ctx.keys[k])
                || Self.publicationKeys.contains(ctx.keysWithoutConjunction[k])
                // The outlet with the article (المشاهد التي نشرتها الوكالة، نشرت الشبكة).
                || WordPattern.anyStem(tokens, k, { Self.outletKeys.contains($0) })
        }
    }

    static let publishKeys = WordPattern.formKeys(["نشر"])
    static let publicationKeys = WordPattern.keys([
        "عبر", "تسجيل", "تسجيلا", "تسجيلاً", "مقطع", "مقطعا", "مقطعاً", "فيديو", "صور", "صورا", "صوراً", "صورة", "بيان", "بيانا",
        "بياناً", "تقرير", "تقريرا", "تقريراً", "خبر", "خبرا", "منشور", "منشورا", "تغريدة", "أسماء", "اسماء", "قائمة", "حصيلة",
        "المرصد", "مرصد", "تلجرام", "تلغرام", "تويتر", "فيسبوك", "حسابه", "حسابها", "صفحته", "صفحتها", "معرفاته", "معرفاتها",
    ])

    /// نقل ... عن is "reported from" (ونقلت وكالة سانا عن مصادر محلية، نقل المرصد عن ناشطين), not
    /// people moved: a form of نقل with عن in the next few words quotes a source.
    func isQuoting(_ i: Int, clause: Range<Int>, ctx: Context) -> Bool {
        let tokens = ctx.analysis.tokens
        guard tokens.hasPrefix(i, anyOf: Self.quotingStems) else { return false }
        // بحسب ما نقلته شبكة، نقلت وكالة سانا: what an outlet reported, not people moved.
        if i > clause.lowerBound, ctx.keys[i - 1] == Self.whatKey { return true }
        if i + 1 < clause.upperBound, WordPattern.anyStem(tokens, i + 1, { Self.outletKeys.contains($0) }) { return true }
        return (i + 1..<min(clause.upperBound, i + 7)).contains { ctx.keys[$0] == Self.fromAboutKey }
    }

    static let whatKey = NameKey.wordKey("ما")

    static let quotingStems = WordPattern.letters(["نقل", "ونقل", "فنقل", "ينقل", "وينقل", "تنقل", "وتنقل"])
    static let fromAboutKey = NameKey.wordKey("عن")

    /// Words before an aircraft word that make it support, not an actor: المدعومة من طيران التحالف.
    static let backingKeys = WordPattern.keys(["المدعومة", "المدعوم", "مدعومة", "مدعوما", "بدعم", "بغطاء", "بمساندة",
        "بإسناد", "باسناد", "وبدعم", "وبغطاء", "بمؤازرة", "بتغطية", "المدعومين"])

    func isBacked(_ i: Int, clause: Range<Int>, ctx: Context) -> Bool {
        (1...3).contains { back in i - back >= clause.lowerBound && Self.backingKeys.contains(ctx.keys[i - back]) }
    }

    // MARK: cues

    /// The cue words of a clause: patterns of one or more words, matched through the compiled
    /// cue index (every inflected form, clitics removed).
    func findCues(in range: Range<Int>, ctx: Context) -> [CueHit] {
        var hits: [CueHit] = []
        for i in range where !ctx.cueHits.isEmpty(i) {
            for h in ctx.cueHits[i] {
                guard let hit = cue(at: i, h, within: range, ctx: ctx) else { continue }
                // لمنع الطيران من تتبعها: aircraft to be kept off strike nothing.
                if hit.cue == .airAsset, i > range.lowerBound, Self.preventKeys.contains(ctx.keys[i - 1]) { continue }
                // ونشرت قناصة وحواجز: snipers posted, not firing.
                if hit.cue == .sniper, isPosted(i, range: range, ctx: ctx) { continue }
                hits.append(hit)
            }
        }
        return hits
    }

    /// The word at `i` follows a verb of posting, the party that posts perhaps between (ونشرت قسد
    /// قناصة، ونشرت قوات سوريا الديمقراطية قناصة).
    func isPosted(_ i: Int, range: Range<Int>, ctx: Context) -> Bool {
        var start = i
        if let a = ctx.actors[ctx.actors(startingIn: max(range.lowerBound, i - 6)..<i)].last, a.end == i { start = a.start }
        return (max(range.lowerBound, start - 2)..<start).contains { Self.deployKeys.contains(ctx.keys[$0]) }
    }

    static let aimKeys = WordPattern.keys(["لتسهيل", "لتأمين", "لتامين", "بهدف", "وبهدف", "لضمان", "لإتاحة", "لاتاحة"])
    static let preventKeys = WordPattern.keys(["منع", "لمنع", "ومنع", "يمنع", "تمنع", "لتجنب", "تجنب"])
    static let deployKeys = WordPattern.keys(["نشر", "نشرت", "ونشر", "ونشرت", "ينشر", "تنشر", "بنشر", "وبنشر", "انتشار", "وانتشار",
                                              "نشروا", "ونشروا"])

    /// The first whole cue with a family that starts at token `i` and ends inside `range`.
    func firstFamilyCue(at i: Int, within range: Range<Int>, ctx: Context) -> CueHit? {
        guard !ctx.cueHits.isEmpty(i) else { return nil }
        for h in ctx.cueHits[i] {
            if let c = cue(at: i, h, within: range, ctx: ctx), c.cue.family != nil { return c }
        }
        return nil
    }

    /// The cue whose first word is hit `h` of token `i`, when all its words follow inside `range`.
    @inline(__always)
    func cue(at i: Int, _ h: CueIndex.Hit, within range: Range<Int>, ctx: Context) -> CueHit? {
        guard h.slot.position == 0 else { return nil }
        let p = Int(h.slot.pattern)
        let length = lexicon.patternLengths[p]
        guard i + length <= range.upperBound else { return nil }
        for k in 1..<max(1, length) where !ctx.cueHits[i + k].contains(where: { $0.slot.pattern == h.slot.pattern && Int($0.slot.position) == k }) {
            // Fire opened, then when, then on whom: أطلقوا النار صباح اليوم على شاب.
            if k == 1 && p == lexicon.shootingPattern { return fireAcrossTime(at: i, h, within: range, ctx: ctx) }
            return nil
        }
        return CueHit(cue: lexicon.patternCues[p], pattern: p, token: i, length: length, future: h.future, purpose: h.purpose)
    }

    /// يرجح أنهم من عناصر التنظيم: a guess at who the doers are, not at whether the deed was done
    /// (أشخاص مجهولون، يرجح أنهم من عناصر داعش، أطلقوا النار). يرجح أن الهجوم سيستمر still hedges.
    func isAttribution(at i: Int, clause: Range<Int>, ctx: Context) -> Bool {
        guard Self.likelyKeys.contains(ctx.keys[i]), i + 2 < clause.upperBound else { return false }
        let that = ctx.keys[i + 1]
        if Self.thatPronounKeys.contains(that) { return ctx.keys[i + 2] == Self.fromKey }
        return Self.bareThatKeys.contains(that) && i + 3 < clause.upperBound && ctx.keys[i + 3] == Self.fromKey
    }

    static let likelyKeys = WordPattern.keys(["يرجح", "ويرجح", "يُرجح", "يعتقد", "ويعتقد", "يُعتقد", "يشتبه", "ويشتبه", "يُشتبه"])
    static let thatPronounKeys = WordPattern.keys(["أنهم", "انهم", "أنه", "انه", "أنها", "انها", "أنهما", "انهما"])
    static let bareThatKeys = WordPattern.keys(["أن", "ان"])

    /// Fire opened (النار at `i`), one or two words of time (صباح اليوم، مساء أمس، ليلة الأحد), then
    /// على and whom: the shooting cue across them.
    @inline(never)
    func fireAcrossTime(at i: Int, _ h: CueIndex.Hit, within range: Range<Int>, ctx: Context) -> CueHit? {
        let dayParts = DateResolver.dayParts, days = Self.dayKeys
        var n = 0
        while n < 2, i + 2 + n < range.upperBound, days.contains(ctx.keys[i + 1 + n]) || dayParts.contains(ctx.keys[i + 1 + n]) {
            n += 1
        }
        guard n > 0, ctx.cueHits[i + 1 + n].contains(where: { $0.slot.pattern == h.slot.pattern && $0.slot.position == 1 }) else { return nil }
        return CueHit(cue: .shooting, pattern: Int(h.slot.pattern), token: i, length: n + 2, future: h.future, purpose: h.purpose)
    }


    /// A clause that predicts, denies, asks, conditions or sums up is no event.
    /// `dayNamed`: the sentence names the day of what it tells.
    func isHedged(clause: Range<Int>, cues: [CueHit], ctx: Context, dayNamed: Bool = false) -> Bool {
        // (A strike told only by "targeted" is hedged like any other: عدد الاستهدافات ارتفع منذ بداية العام.)
        guard let firstTrigger = cues.first(where: { $0.cue.isDeed }) ?? cues.first(where: { $0.cue == .target }) else { return false }
        if cues.contains(where: { $0.future && $0.cue.isDeed && $0.token == firstTrigger.token }) { return true }
        // ندين أي عدوان، يرفض أي هجوم: "any" attack is none in particular.
        if firstTrigger.token > clause.lowerBound, Self.anyKeys.contains(ctx.keys[firstTrigger.token - 1]) { return true }
        // A hedge governs what follows it up to حيث, which tells what then happened (حاولت اجتياز
        // نهر الفرات ... حيث اشتبكت مع القوات هناك).
        let scope = (clause.lowerBound..<firstTrigger.token).last { ctx.keys[$0] == Self.whereKey }.map { $0 + 1 } ?? clause.lowerBound
        let irrealis = lexicon.irrealisByFirst, aggregate = lexicon.aggregateByFirst
        let keys = ctx.keys, bare = ctx.keysWithoutConjunction
        for i in scope..<firstTrigger.token where irrealis.mayStart(keys[i], bare[i]) && ctx.phraseStarts(at: i, within: clause, irrealis) {
            if isDatedWitness(at: i, deed: firstTrigger.token, clause: clause, ctx: ctx) { continue }
            if isAttribution(at: i, clause: clause, ctx: ctx) { continue }
            return true
        }
        if isBlame(scope..<firstTrigger.token, ctx: ctx) || isTally(firstTrigger, clause: clause, ctx: ctx) { return true }
        // كان before the verb without قد is background or habit (الذين كانت تعتقلهم، كان التنظيم
        // أسرهم), not the report of a new incident (وكانت القوات قد انتزعت is one, and so is an
        // earlier incident whose day is named: وكانت طائرة استهدفت سيارة، يوم 20 تموز).
        let was = firstTrigger.token
        if was - 1 >= clause.lowerBound, !dayNamed {
            let near = (max(clause.lowerBound, was - 2)..<was)
            if near.contains(where: { Self.wasKeys.contains(ctx.keys[$0]) || Self.wasKeys.contains(ctx.keysWithoutConjunction[$0]) }),
                !(clause.lowerBound..<was).contains(where: { ctx.keys[$0] == Self.qadKey || Self.lastOfKeys.contains(ctx.keys[$0]) })
            {
                return true
            }
        }
        for i in clause where aggregate.mayStart(keys[i], bare[i]) && ctx.phraseStarts(at: i, within: clause, aggregate)
            && !isRecurrence(before: i, clause: clause, ctx: ctx)
        {
            return true
        }
        if hasLongPeriod(clause, deed: firstTrigger.token, ctx: ctx) { return true }
        // وذلك عقب اتفاق: the clause the segmenter opens at عقب says what the news told before it
        // followed (as وذلك بعد does), not an incident of that day.
        let opener = clause.lowerBound
        if opener > 0, Self.afterOpenerKeys.contains(ctx.keys[opener]),
            ctx.keys[opener - 1] == Self.thatKey || ctx.keysWithoutConjunction[opener - 1] == Self.thatKey
        {
            return true
        }
        return false
    }

    static let afterOpenerKeys = WordPattern.keys(["عقب", "وعقب"])
    static let thatKey = NameKey.wordKey("ذلك")

    /// The clause counts back months or years (منذ أربع سنوات، قبل نحو 3 سنوات، منذ أكثر من ستة
    /// أشهر): what it tells is long past or a state over that time, not one incident of the day.
    /// (Days and hours, منذ ثلاثة أيام, date an incident.) After the deed at `deed`, a relative
    /// pronoun or أن between gives the period a verb of its own (الحصار الذي فرضه التنظيم منذ ثلاث
    /// سنوات، سبق أن نزحوا قبل أربعة أشهر): it dates that, not the deed.
    func hasLongPeriod(_ clause: Range<Int>, deed: Int? = nil, ctx: Context) -> Bool {
        let tokens = ctx.analysis.tokens
        // (Only a word that may start a date can be منذ or قبل; one lookup for it: the table holds
        // the forms with و too.)
        let sinceBefore = Self.sinceBeforeKeys
        let dateStarts = ctx.dateStarts
        for i in clause where dateStarts[i] && sinceBefore.contains(ctx.keys[i]) {
            if let d = deed, d < i, (d + 1..<i).contains(where: { Self.relativeKeys.contains(ctx.keys[$0]) || Self.recallThatKeys.contains(ctx.keys[$0]) }) {
                continue
            }
            var j = i + 1
            // منذ عام 2017، منذ 2011: since a year, a span of years.
            if Self.sinceKeys.contains(ctx.keys[i]) {
                var y = j
                if y < clause.upperBound, Self.yearWordKeys.contains(ctx.keys[y]) { y += 1 }
                if y < clause.upperBound, let n = NumberLexicon.read(tokens, at: y), !n.vague, (1900...2100).contains(n.value) { return true }
            }
            while j < min(clause.upperBound, i + 4), Self.approximateKeys.contains(ctx.keys[j]) { j += 1 }
            guard j < clause.upperBound, let n = NumberLexicon.read(tokens, at: j), !n.vague, j + n.length < clause.upperBound else { continue }
            if Self.longUnitKeys.contains(ctx.keys[j + n.length]) { return true }
        }
        // خلال 30 يوماً، خلال ثلاثة أسابيع: a count over a week or more. (خلال 24 ساعة، خلال يومين: one
        // day's news.)
        for i in clause where Self.duringKeys.contains(ctx.keys[i]) && i + 2 < clause.upperBound {
            guard let n = NumberLexicon.read(tokens, at: i + 1), !n.vague, i + 1 + n.length < clause.upperBound else { continue }
            let unit = ctx.keys[i + 1 + n.length]
            if Self.longUnitKeys.contains(unit) || Self.weekUnitKeys.contains(unit) || (n.value >= 7 && Self.dayUnitKeys.contains(unit)) {
                return true
            }
        }
        return false
    }

    static let duringKeys = WordPattern.keys(["خلال", "وخلال"])
    static let weekUnitKeys = WordPattern.keys(["أسابيع", "اسابيع", "أسبوعا", "اسبوعا", "أسبوعاً"])
    static let dayUnitKeys = WordPattern.keys(["يوما", "يوماً", "أيام", "ايام"])

    static let sinceBeforeKeys = WordPattern.keys(["منذ", "قبل", "ومنذ", "وقبل"])
    static let sinceKeys = WordPattern.keys(["منذ", "ومنذ"])
    static let yearWordKeys = WordPattern.keys(["عام", "العام", "سنة", "السنة"])
    static let approximateKeys = WordPattern.keys(["نحو", "حوالي", "حوالى", "قرابة", "زهاء", "أكثر", "اكثر", "من", "ما", "يقارب",
                                                   "أقل", "اقل"])
    static let longUnitKeys = WordPattern.keys(["سنوات", "سنة", "سنين", "أعوام", "اعوام", "عام", "عاما", "عاماً", "أشهر", "اشهر",
                                                "شهور", "شهرا", "شهراً"])

    /// The date found is told right after a verb of telling (وثق المرصد، أمس، مقتل، قال المصدر
    /// اليوم إن): the day the news was told.
    func datesTelling(_ d: DateResolver.Found, clause: Range<Int>, ctx: Context) -> Bool {
        (max(clause.lowerBound, d.start - 2)..<d.start).contains { k in
            Self.sayingKeys.contains(ctx.keys[k]) || Self.sayingKeys.contains(ctx.keysWithoutConjunction[k])
        }
    }

    /// خروجها عن الطريق العام، خروج المحطة عن الخدمة: went off the road, out of service; no one left
    /// a place (خروج المدنيين من البلدة، عن طريق المعبر).
    func isOutOfService(_ i: Int, clause: Range<Int>, ctx: Context) -> Bool {
        for k in i + 1..<min(clause.upperBound, i + 7) {
            if ctx.keys[k] == Self.fromKey { return false }
            if ctx.keys[k] == Self.fromAboutKey { return !(k + 1 < clause.upperBound && ctx.keys[k + 1] == Self.wayKey) }
        }
        return false
    }

    static let wayKey = NameKey.wordKey("طريق")

    /// The word at `i` follows "without" (دون، بدون، من دون), right after it or after one word of
    /// occurring (دون أي قتال، دون وقوع اشتباكات، بدون تسجيل مواجهات): what it names did not happen.
    func isWithout(_ i: Int, clause: Range<Int>, ctx: Context) -> Bool {
        guard i - 1 >= clause.lowerBound else { return false }
        if Self.withoutKeys.contains(ctx.keys[i - 1]) { return true }
        return i - 2 >= clause.lowerBound && Self.withoutKeys.contains(ctx.keys[i - 2]) && Self.occurringKeys.contains(ctx.keys[i - 1])
    }

    /// The clause says a place changed hands without a fight (سيطرت على القرية دون قتال، دخلتها بدون
    /// أي مقاومة): ACLED's non-violent transfer of territory, not a battle.
    func isWithoutFight(_ clause: Range<Int>, ctx: Context) -> Bool {
        clause.contains { k in
            isWithout(k, clause: clause, ctx: ctx) && WordPattern.anyStem(ctx.analysis.tokens, k, { Self.fightNounKeys.contains($0) })
        }
    }

    /// The fighting word at `i` is where people are sent (زجهم في القتال، إرسالهم إلى جبهات القتال،
    /// تجنيدهم للقتال): a word of sending or a front within the three words before it.
    func isSentToFight(_ i: Int, clause: Range<Int>, ctx: Context) -> Bool {
        (max(clause.lowerBound, i - 3)..<i).contains { k in
            Self.sendingKeys.contains(ctx.keys[k]) || Self.sendingKeys.contains(ctx.keysWithoutConjunction[k])
        }
    }

    /// (As written and after ل: a key lookup, no forms.)
    static let sendingKeys = WordPattern.keys(["زجهم", "زجه", "زجها", "لزجهم", "لزجه", "لزجها", "سوقهم", "لسوقهم", "إرسالهم", "ارسالهم",
                                               "لإرسالهم", "لارسالهم", "تجنيدهم", "لتجنيدهم", "جبهات", "جبهة", "دفعهم", "لدفعهم"])

    static let withoutKeys = WordPattern.keys(["دون", "بدون", "ودون", "وبدون"])
    static let occurringKeys = WordPattern.keys(["أي", "اي", "أية", "اية", "وقوع", "حدوث", "تسجيل", "اندلاع", "خوض", "إطلاق", "اطلاق"])
    static let fightNounKeys = WordPattern.formKeys(["قتال", "معارك", "معركة", "اشتباك", "اشتباكات", "مقاومة", "مواجهة", "مواجهات", "طلقة",
                                                     "رصاصة"])

    /// البلدة التي شهدت هجوماً مسلحاً يوم أمس: a relative clause that says the place saw a deed on a
    /// day it names tells an incident there (undated, التي شهدت معارك عنيفة, it describes the place).
    /// `i` is where the hedge "التي شهدت" starts, `deed` the deed word it governs.
    func isDatedWitness(at i: Int, deed: Int, clause: Range<Int>, ctx: Context) -> Bool {
        guard Self.relativeKeys.contains(ctx.keys[i]), i + 1 < deed, deed - (i + 1) <= 2, Self.witnessedKeys.contains(ctx.keys[i + 1])
        else { return false }
        return (deed + 1..<clause.upperBound).contains { Self.dayKeys.contains(ctx.keys[$0]) || Self.dayKeys.contains(ctx.keysWithoutConjunction[$0]) }
    }

    /// شهد in the past (يشهد, the present, describes a state).
    static let witnessedKeys = WordPattern.keys(["شهد", "شهدت"])
    /// Words that date a deed to a day: أمس، اليوم، the weekdays with the article (as the date reader
    /// writes them).
    static let dayKeys = WordPattern.keys(["أمس", "امس", "الأمس", "البارحة", "اليوم", "الليلة"]
        + DateResolver.weekdayNames.map(\.0).filter { $0.hasPrefix("ال") })

    /// حمّلت الإدارة الذاتية خلايا داعش مسؤولية الهجمات، ألقت قسد باللوم على التنظيم: whom a party
    /// blames for a deed, not the report of one (اتهم is one of the hedges).
    func isBlame(_ range: Range<Int>, ctx: Context) -> Bool {
        let tokens = ctx.analysis.tokens
        let blameNounKeys = Self.blameNounKeys, responsibilityKeys = Self.responsibilityKeys
        return range.contains { r in
            // Every form of both lists holds لوم or مسؤول / مسئول (folded سوول، سيول): a word without
            // them is passed over before its forms are hashed.
            guard Self.mayBlame(tokens, r) else { return false }
            let forms = WordPattern.stemForms(tokens, r)
            if forms.any(in: blameNounKeys) { return true }
            guard forms.any(in: responsibilityKeys) else { return false }
            return (max(range.lowerBound, r - 5)..<r).contains { WordPattern.anyStem(tokens, $0, { Self.layingKeys.contains($0) }) }
        }
    }

    /// Whether token `i`'s folded letters hold لوم، سوول or سيول.
    static func mayBlame(_ tokens: TokenizedText, _ i: Int) -> Bool {
        let t = tokens.tokens[i]
        guard t.letterCount >= 3 else { return false }
        return tokens.letters.withUnsafeBufferPointer { all in
            let (lam, waw, meem, seen, yeh): (UInt32, UInt32, UInt32, UInt32, UInt32) = (0x0644, 0x0648, 0x0645, 0x0633, 0x064A)
            let end = t.letterStart + t.letterCount
            var k = t.letterStart
            while k + 2 < end {
                if all[k] == lam && all[k + 1] == waw && all[k + 2] == meem { return true }
                if all[k] == seen && k + 3 < end && (all[k + 1] == waw || all[k + 1] == yeh) && all[k + 2] == waw && all[k + 3] == lam {
                    return true
                }
                k += 1
            }
            return false
        }
    }

    static let blameNounKeys = WordPattern.keys(["لوم", "اللوم"])
    static let responsibilityKeys = WordPattern.formKeys(["مسؤولية", "مسئولية"])
    /// حمّل، يحمّل، تتحمل: laying responsibility on a party, or its bearing it.
    static let layingKeys = WordPattern.formKeys(["حمل", "يحمل", "تحمل", "يتحمل", "تتحمل"])

    /// نفذ التنظيم عشرات الهجمات، سبق وأن نفذ هجمات في محافظات الرقة ودير الزور: a record of many
    /// attacks (counted by ten or more, or recalled with سبق أن) is a tally, no incident.
    func isTally(_ hit: CueHit, clause: Range<Int>, ctx: Context) -> Bool {
        let tokens = ctx.analysis.tokens
        let t = hit.token
        // The plural, or عمليات before the deed (عشرات عمليات الاغتيال).
        var before = t - 1
        let counted: Bool
        if before >= clause.lowerBound, WordPattern.anyStem(tokens, before, { Self.operationsKeys.contains($0) }) {
            before -= 1
            counted = true
        } else {
            // (هجوماً after a number of eleven or more is counted; alone it is one attack. So is any
            // deed a number of ten or more stands right before: سجل المخيم 16 اغتيالاً.)
            counted = WordPattern.anyStem(tokens, t, { Self.pluralDeedKeys.contains($0) })
            guard counted || ctx.keys[t] == Self.attackCountedKey || Self.countedDeedCues.contains(hit.cue) else { return false }
        }
        if before >= clause.lowerBound, let n = NumberLexicon.read(tokens, at: before), n.value >= 10 { return true }
        // قتلوا في 117 عملية ... عبر كمائن وهجمات: the deeds of many operations counted before them.
        if counted, (max(clause.lowerBound, t - 12)..<t).contains(where: { k in
            k > clause.lowerBound && Self.operationNounKeys.contains(ctx.keys[k])
                && NumberLexicon.read(tokens, at: k - 1).map { !$0.vague && $0.value >= 10 } == true
        }) {
            return true
        }
        return counted && (max(clause.lowerBound, t - 6)..<t).contains { k in
            (Self.recallKeys.contains(ctx.keys[k]) || Self.recallKeys.contains(ctx.keysWithoutConjunction[k]))
                && Self.recallThatKeys.contains(ctx.keys[k + 1])
        }
    }

    /// Attacks counted one by one (غارات and قذائف are the munitions of one strike, not incidents).
    static let pluralDeedKeys = WordPattern.keys(["هجمات", "تفجيرات", "اغتيالات", "اعتداءات"])
    static let attackCountedKey = NameKey.wordKey("هجوما")
    static let operationsKeys = WordPattern.keys(["عمليات"])
    /// Deeds told one by one, so a number before the word counts them (a number before a strike
    /// counts its munitions, before قتيلاً its dead).
    static let countedDeedCues: Set<EventLexicon.Cue> = [.assault, .assassination, .explosion, .ied, .carBomb, .abduction]
    /// The nouns a number of operations or attacks stands before (117 عملية، 20 هجوماً).
    static let operationNounKeys = WordPattern.keys(["عملية", "هجوما", "هجوماً", "هجوم", "عمليات"])

    /// كما، وكذلك opening a sentence: it goes on with the news just told.
    static let alsoOpenerKeys = WordPattern.keys(["كما", "وكما", "وكذلك", "كذلك"])
    static let anyKeys = WordPattern.keys(["أي", "أية", "اية", "لأي", "بأي"])

    /// للمرة الثانية خلال أسبوع: a period that counts how often the incident recurred, not a
    /// tally of incidents: the incident is told all the same.
    func isRecurrence(before i: Int, clause: Range<Int>, ctx: Context) -> Bool {
        (max(clause.lowerBound, i - 2)..<i).contains { Self.timesKeys.contains(ctx.keys[$0]) || Self.timesKeys.contains(ctx.keysWithoutConjunction[$0]) }
    }

    static let timesKeys = WordPattern.keys(["للمرة", "لمرة", "المرة", "مرة"])

    // MARK: type

    /// The ACLED type the clause's cues add up to, and the trigger that states it.
    func classify(_ cues: [CueHit], clause: Range<Int>, ctx: Context) -> (EventType, CueHit)? {
        func first(_ c: EventLexicon.Cue) -> CueHit? { cues.first { $0.cue == c } }
        func has(_ c: EventLexicon.Cue) -> Bool { first(c) != nil }
        func any(_ cs: EventLexicon.Cue...) -> CueHit? { cues.first { cs.contains($0.cue) } }
        let tokens = ctx.analysis.tokens
        // Asked only by the rules that need them (assaults, snipers).
        func civiliansNamed() -> Bool { clause.contains { tokens.anyForm($0, { lexicon.civilianKeys.contains($0) }) } }
        func combatantWordsNamed() -> Bool { clause.contains { tokens.anyForm($0, { lexicon.combatantKeys.contains($0) }) } }
        func combatantsNamed() -> Bool {
            combatantWordsNamed()
                || ctx.actors[ctx.actors(startingIn: clause)].contains { a in
                ![ActorLexicon.civilians, ActorLexicon.protesters,
                                               ActorLexicon.unidentifiedArmed, ActorLexicon.unidentifiedMilitary].contains(a.name)
            }
        }

        // The incident is the family of the clause's first cue; cues after هرباً/خوفاً are its cause,
        // and a noun of another family later in the clause is background or aim.
        let causeAt = cues.first { $0.cue == .cause }?.token ?? Int.max
        // An aircraft that carried out a landing (نفذت طائرة مروحية أمريكية عملية إنزال جوي) struck nothing:
        // the landing is the deed.
        let landing = cues.first { $0.cue == .raid && WordPattern.anyStem(tokens, $0.token, { Self.landingKeys.contains($0) }) }?.token
        let familyCues = cues.filter { $0.cue.family != nil && $0.token < causeAt && !isTemporalReference($0, ctx: ctx, clause: clause)
            && !($0.cue == .territory && isControlNoun($0.token, tokens: tokens, clause: clause))
            && !($0.cue == .airStrike && isLanding($0.token, landing: landing, tokens: tokens)) }
        // Families in the order the clause names them; one that does not make an event (خرج
        // without people) gives way to the next. People going out to protest is a protest.
        var order: [EventLexicon.Family] = []
        for c in familyCues { if let f = c.cue.family, !order.contains(f) { order.append(f) } }
        // "Targeted" is violence when aircraft, artillery, a bomb or a toll goes with it
        // (استهداف طائرات مسيرة مواقع لهم، ما أدى إلى مقتل ...), not when it is figurative.
        if order.isEmpty, let t = first(.target), t.token < causeAt, has(.airAsset) || has(.artillery) || has(.ied) || has(.kill) || has(.injure) {
            if let typed = classify(family: .violence, lead: t, cues: cues, clause: clause, ctx: ctx,
                                    civiliansNamed: civiliansNamed, combatantsNamed: combatantsNamed)
            {
                return typed
            }
        }
        // A named party that targeted an object (استهدف الجيش التركي مواقع لقوات النظام، قسد استهدفت رتلاً),
        // the weapon unsaid: an air force struck from the air, an army with guns shelled, others fought.
        if order.isEmpty, let t = first(.target), t.token < causeAt, let party = targeter(of: t, clause: clause, ctx: ctx) {
            if Self.bombers.contains(party.name) { return (.airDroneStrike, t) }
            if party.name == ActorLexicon.turkey || party.name == ActorLexicon.saa { return (.shelling, t) }
            return (.armedClash, t)
        }
        // Killed or wounded by an aircraft (قتل شخصان بمسيرة تركية، أصيب طفل جراء طائرة حربية): it struck.
        if order.isEmpty, let k = first(.kill) ?? first(.injure),
            let a = cues.first(where: { $0.cue == .airAsset && $0.token > k.token && isInstrument($0.token, clause: clause, ctx: ctx) })
        {
            return (.airDroneStrike, a)
        }
        if let m = order.firstIndex(of: .movement), let p = order.firstIndex(of: .protest), m < p {
            order.swapAt(m, p)
        }
        // Protesters who burn or loot riot: the protest family types it (violent demonstration).
        if let l = order.firstIndex(of: .looting), let p = order.firstIndex(of: .protest), l < p {
            order.swapAt(l, p)
        }
        // Shots fired on protesters (أطلقت قسد الرصاص على المتظاهرين، أصيب بطلقة قناص أثناء مشاركته في
        // المظاهرة): force against the protest, which the protest family types. (A bomb or a battle
        // told with it stays violence.)
        if let v = order.firstIndex(of: .violence), let p = order.firstIndex(of: .protest), v < p,
            familyCues.allSatisfy({ $0.cue.family != .violence || $0.cue == .shooting || $0.cue == .sniper })
        {
            order.swapAt(v, p)
        }
        for family in order {
            let lead = familyCues.first { $0.cue.family == family }!
            if let typed = classify(family: family, lead: lead, cues: cues, clause: clause, ctx: ctx,
                                    civiliansNamed: civiliansNamed, combatantsNamed: combatantsNamed)
            {
                return typed
            }
        }
        // A killing or a wounding by gunfire or a blade with no battle word: ACLED's Attack
        // (assassinations too; أصيب لاجئ بطلق ناري).
        if let k = first(.kill) ?? first(.injure), has(.killingWeapon) { return (.attack, k) }
        // Killed by a named party (قتلت القوات التركية مدنيين، قتل مدنيان على يد الجيش التركي): an
        // attack on civilians, a battle between fighters.
        if let k = first(.kill) ?? first(.injure), killer(of: k, clause: clause, ctx: ctx) != nil {
            return (civiliansNamed() && !combatantWordsNamed() ? .attack : .armedClash, k)
        }
        // Targeted by a verb and killed or wounded, the weapon unsaid (استهدف مسلحون الشاب، مما أدى
        // إلى مقتله؛ قتل قيادي باستهداف سيارته): an attack on a civilian, a battle with a fighter.
        // (الاستهداف with the article refers back to a strike already told.)
        // (A count of strikes, 66 استهداف على الحسكة، or استهدافات, is a tally, not one incident.)
        if order.isEmpty, let t = first(.target), !tokens.hasPrefix(t.token, anyOf: Self.definitePrefixes), has(.kill) || has(.injure),
            !(t.token > clause.lowerBound && tokens.isNumber(t.token - 1)),
            !WordPattern.anyStem(tokens, t.token, { Self.targetingsKeys.contains($0) })
        {
            return (civiliansNamed() && !combatantWordsNamed() ? .attack : .armedClash, t)
        }
        // Civilians or their trucks targeted by a verb with guns, no one hurt (استهدف مسلحون صهريجاً
        // بالأسلحة الرشاشة): an attack. (With a post or a patrol named, the fire may be a battle's or
        // the detail of one already told: no incident of its own here.)
        if order.isEmpty, let t = first(.target), !tokens.hasPrefix(t.token, anyOf: Self.definitePrefixes), has(.killingWeapon),
            !WordPattern.anyStem(tokens, t.token, { Self.targetingsKeys.contains($0) }), civiliansNamed(), !combatantWordsNamed()
        {
            return (.attack, t)
        }
        return nil
    }

    /// The ACLED type of one family's cues in a clause, or nil when they do not make an event.
    func classify(family: EventLexicon.Family, lead: CueHit, cues: [CueHit], clause: Range<Int>, ctx: Context,
                  civiliansNamed: () -> Bool, combatantsNamed: () -> Bool) -> (EventType, CueHit)? {
        let tokens = ctx.analysis.tokens
        func first(_ c: EventLexicon.Cue) -> CueHit? { cues.first { $0.cue == c } }
        func has(_ c: EventLexicon.Cue) -> Bool { first(c) != nil }
        func anyContains(_ part: [UInt32]) -> Bool { clause.contains { WordPattern.contains(tokens, $0, letters: part) } }
        let inFamily = cues.filter { $0.cue.family == family || $0.cue.family == nil }
        func fhas(_ c: EventLexicon.Cue) -> Bool { inFamily.contains { $0.cue == c } }
        func ffirst(_ c: EventLexicon.Cue) -> CueHit? { inFamily.first { $0.cue == c } }
        switch family {
        case .territory:
            if let g = ffirst(.governmentGain), g.token == lead.token {
                let siege = anyContains(Self.siegeLetters)
                guard siege || WordPattern.anyStem(tokens, g.token, { Self.regainKeys.contains($0) }) else { return nil }
                return (isWithoutFight(clause, ctx: ctx) ? .nonViolentTransferOfTerritory : .governmentRegainsTerritory, g)
            }
            // تم تحريره مقابل 10 آلاف دولار: a captive freed for a ransom, no ground taken.
            if (lead.token + 1..<min(clause.upperBound, lead.token + 4)).contains(where: { Self.ransomKeys.contains(ctx.keys[$0]) }) {
                return (.otherStrategic, lead)
            }
            return (isWithoutFight(clause, ctx: ctx) ? .nonViolentTransferOfTerritory : .nonStateActorOvertakesTerritory, lead)
        case .protest:
            // Protesters who riot, burn or wreck (أضرم محتجون النار في مقر): ACLED's violent demonstration.
            if let r = ffirst(.riot) ?? first(.destruction) { return (.violentDemonstration, r) }
            // Protesters dispersed or fired on (فرقتها بالرصاص الحي، أطلقت النار على المتظاهرين): a
            // protest met with force; ACLED's excessive force when the clause counts dead (قتل شاب
            // أثناء تفريق مظاهرة), the wounded alone leaving it an intervention, as the gold labels
            // have it. Not fire the protesters lit (أشعلوا النار في الإطارات).
            let fired = has(.shooting) || has(.sniper) || cues.contains { c in
                c.cue == .killingWeapon && !(max(clause.lowerBound, c.token - 2)..<c.token).contains { WordPattern.anyStem(tokens, $0, { Self.lightingKeys.contains($0) }) }
            }
            guard fhas(.dispersal) || fired else { return (.peacefulProtest, lead) }
            return (fired && has(.kill) ? .excessiveForceAgainstProtesters : .protestWithIntervention, lead)
        case .violence:
            if has(.accident) && !fhas(.ied) && !fhas(.carBomb) && !fhas(.suicide) && !fhas(.airStrike) && !fhas(.assault) && !fhas(.clash) {
                return nil  // a fire, a gas bottle, a short circuit
            }
            if let s = ffirst(.suicide) {
                return (fhas(.clash) || (fhas(.assault) && fhas(.carBomb)) ? .armedClash : .suicideBomb, s)
            }
            if let a = ffirst(.airStrike) { return (.airDroneStrike, a) }
            if has(.airAsset), let verb = inFamily.first(where: { [.shelling, .target, .explosion, .assault].contains($0.cue) }) ?? first(.target) {
                return (.airDroneStrike, verb)
            }
            // (An attack carried out with a bomb, هجوم بعبوة ناسفة، is the bomb's.)
            if let e = inFamily.first(where: { $0.cue == .ied || $0.cue == .carBomb }),
                fhas(.explosion) || has(.kill) || has(.injure) || has(.target) || fhas(.assassination)
                    || (fhas(.assault) && isInstrument(e.token, clause: clause, ctx: ctx))
            {
                return (.remoteExplosive, ffirst(.explosion) ?? e)
            }
            // Youths fighting or attacking the police with stones or fire bombs (هاجم الشبان نقطة أمنية
            // بالحجارة والزجاجات الحارقة), a crowd celebrating or protesting that fights them (اشتباكات بين
            // شبان شاركوا في احتفالات): a riot, not a battle. (Fighters named beside a crowd make it one.)
            if let c = ffirst(.clash) ?? ffirst(.assault),
                has(.thrown) || ((has(.celebration) || has(.protest)) && !clause.contains { tokens.anyForm($0, { lexicon.combatantKeys.contains($0) }) })
            {
                return (.violentDemonstration, c)
            }
            if let c = ffirst(.clash) { return (.armedClash, c) }
            // Storming a village to seize people (طوقت القرية واقتحمتها واختطفت عدداً من شبانها،
            // اقتحمت المنزل واعتقلت): the storming is how they were taken, no attack of its own, when
            // no one was killed or wounded and no shot was fired.
            if !has(.kill), !has(.injure), !fhas(.shooting),
                inFamily.allSatisfy({ $0.cue != .assault || WordPattern.anyStem(tokens, $0.token, { Self.stormingKeys.contains($0) }) })
            {
                if let a = ffirst(.abduction) { return (.abduction, a) }
                if let r = cues.first(where: { $0.cue.family == .arrest }) { return (.arrests, r) }
            }
            if let a = ffirst(.assault) {
                // Gunmen storming a home and killing or wounding who lives there (قضى إثر اقتحام منزله
                // من قبل مسلحين مجهولين): an attack on them, not a battle.
                if has(.kill) || has(.injure), a.token + 1 < clause.upperBound,
                    WordPattern.anyStem(tokens, a.token, { Self.stormingKeys.contains($0) }),
                    WordPattern.anyStem(tokens, a.token + 1, { Self.homeKeys.contains($0) })
                {
                    return (.attack, a)
                }
                // An attack the next word says was by rockets or guns (هجوم صاروخي، هجوم بالقذائف، هجوماً
                // مدفعياً) is a shelling, a missile attack.
                if cues.contains(where: { $0.cue == .artillery && $0.token == a.token + a.length }) { return (.shelling, a) }
                // An aggression carried out with guns (عدوان نفذه الاحتلال التركي بالمدفعية والقذائف الصاروخية): the
                // word the Syrian and Kurdish press use for a bombardment, not a ground battle.
                if has(.artillery), !fhas(.clash), WordPattern.anyStem(tokens, a.token, { Self.aggressionKeys.contains($0) }) {
                    return (.shelling, a)
                }
                if fhas(.shelling) || has(.artillery) || combatantsNamed() || !civiliansNamed() { return (.armedClash, a) }
                return (.attack, a)
            }
            // Fire opened on someone: an attack when it killed or wounded, or when it was civilians it
            // was opened on; between fighters the battle words say what it was.
            if let s = ffirst(.shooting) {
                // Opened on a man named by his name (أطلقوا النار على "عبد الرزاق السليمان"): a person,
                // not a party or a post; his death may be told in the next sentence.
                let named = s.token + s.length < clause.upperBound && PlaceContextLexicon.shared.isGivenName(tokens, s.token + s.length)
                // Fighters are what it was opened on only after على: the gunmen before it (مجهولون يرجح
                // أنهم من عناصر داعش أطلقوا النار على شاب) are who opened it.
                let target = (s.token + s.length)..<clause.upperBound
                let armedTarget = target.contains { tokens.anyForm($0, { lexicon.combatantKeys.contains($0) }) }
                    || ctx.actors[ctx.actors(startingIn: target)].contains { !Self.unnamedParties[$0.id] }
                return has(.kill) || has(.injure) || ((civiliansNamed() || named) && !armedTarget) ? (.attack, s) : nil
            }
            if let s = ffirst(.shelling) { return (.shelling, s) }
            // (Or fired, its firer named between: أطلقت ميليشيات إيران قذائف صاروخية على حقل كونيكو.)
            if let a = ffirst(.artillery), has(.target) || has(.kill) || has(.injure) || fhas(.explosion)
                || (max(clause.lowerBound, a.token - 6)..<a.token).contains(where: { Self.firedKeys.contains(ctx.keys[$0]) })
            {
                return (.shelling, a)
            }
            if let a = inFamily.first(where: { $0.cue == .assassination || $0.cue == .execution }) { return (.attack, a) }
            // An explosion a thrown hand grenade set off (انفجار ناتج عن رمي قنبلة يدوية): the grenade
            // says what it was.
            if let g = ffirst(.grenade), ffirst(.explosion) != nil, !has(.artillery) { return (.grenade, g) }
            if let e = ffirst(.explosion), has(.kill) || has(.injure) || has(.target) || has(.artillery) {
                return (has(.artillery) ? .shelling : .remoteExplosive, e)
            }
            if let a = ffirst(.abduction) { return (.abduction, a) }
            if let g = ffirst(.grenade) { return (.grenade, g) }
            if let sn = ffirst(.sniper) { return (civiliansNamed() && !combatantsNamed() ? .attack : .armedClash, sn) }
            return nil
        case .release:
            return (.otherStrategic, lead)
        case .arrest:
            return (.arrests, lead)
        case .agreement:
            return (.agreement, lead)
        case .disrupted:
            guard has(.ied) || has(.carBomb) || anyContains(Self.weaponsLetters) || anyContains(Self.ammunitionLetters) else { return nil }
            return (.disruptedWeaponsUse, lead)
        case .base:
            guard clause.contains(where: { WordPattern.anyStem(tokens, $0, { Self.baseObjectKeys.contains($0) }) }) else { return nil }
            return (.headquartersEstablished, lead)
        case .looting:
            // Destruction wrought by aircraft or artillery (دمر طيران التحالف جسر، دمرت الغارة منزلا، تدمير
            // المنزل بقصف مدفعي) is the strike that wrought it: remote violence, not property destruction.
            if lead.cue == .destruction, let w = cues.first(where: { c in
                Self.remoteWeaponCues.contains(c.cue)
                    && (c.token < lead.token || c.token == lead.token + lead.length || tokens.firstLetter(c.token) == FoldedLetter.beh)
            }) {
                let air = w.cue == .airAsset || w.cue == .airStrike || has(.airStrike)
                return (air ? .airDroneStrike : .shelling, lead)
            }
            return (.lootingPropertyDestruction, lead)
        case .transferOfTerritory:
            return (.nonViolentTransferOfTerritory, lead)
        case .movement:
            guard peopleNamed(clause, ctx: ctx) else { return nil }
            return (.otherStrategic, lead)
        }
    }

    /// The named party that targeted with `t` what follows as its object: named right after the verb
    /// (استهدف الجيش التركي مواقع) or right before it (قسد استهدفت رتلاً).
    func targeter(of t: CueHit, clause: Range<Int>, ctx: Context) -> ActorHit? {
        let after = t.token + t.length
        if let a = ctx.actors.actor(startingAt: after), !Self.unnamedParties[a.id], objectFollows(a.end, clause: clause, ctx: ctx) { return a }
        let k = ctx.actors(startingIn: clause.lowerBound..<t.token).upperBound
        if k > 0, ctx.actors[k - 1].end == t.token, !Self.unnamedParties[ctx.actors[k - 1].id], objectFollows(after, clause: clause, ctx: ctx) {
            return ctx.actors[k - 1]
        }
        return nil
    }

    static let firedKeys = WordPattern.keys(["أطلق", "أطلقت", "اطلق", "اطلقت", "أطلقوا", "اطلقوا", "وأطلق", "وأطلقت", "واطلق", "واطلقت",
                                             "يطلق", "تطلق", "أُطلقت", "أُطلق"])
    static let stormingKeys = WordPattern.formKeys(["اقتحم", "اقتحام", "يقتحم", "تقتحم"])
    static let strikeKeys = WordPattern.formKeys(["إضراب", "اضراب"])
    static let afterKeys = WordPattern.keys(["بعد", "عقب", "إثر", "اثر"])
    /// Filming, documenting or covering (تصوير، توثيق، تغطية): a protest so governed is what a
    /// reporter did, not a protest told.
    static let coverageKeys = WordPattern.formKeys(["تصوير", "توثيق", "تغطية", "يصور", "صور"])
    /// The fall of a regime (بسقوط نظام الأسد، إسقاط النظام): the party after it is no actor.
    static let fallKeys = WordPattern.keys(["سقوط", "بسقوط", "لسقوط", "إسقاط", "اسقاط", "بإسقاط", "باسقاط", "لإسقاط", "لاسقاط"])
    static let homeKeys = WordPattern.formKeys(["منزل", "منازل", "بيت", "بيوت"])
    static let ransomKeys = WordPattern.keys(["مقابل", "لقاء", "بفدية", "فدية"])
    /// The active verb of killing (قتل، قتلت، قتلوا), read with its subject and object.
    static let activeKillKeys = WordPattern.keys(["قتل", "قتلت", "قتلوا"])

    /// The aircraft cue at `i` is the one that carried out the landing told after it.
    func isLanding(_ i: Int, landing: Int?, tokens: TokenizedText) -> Bool {
        guard let l = landing, l > i else { return false }
        return WordPattern.anyStem(tokens, i, { Self.carriedOutKeys.contains($0) })
    }

    static let landingKeys = WordPattern.keys(["إنزال", "انزال", "إنزالا", "انزالا"])
    static let carriedOutKeys = WordPattern.keys(["نفذ", "نفذت", "ينفذ", "تنفذ", "شن", "شنت", "يشن", "تشن"])

    /// Weapons that strike from afar: the agent or instrument of a destruction makes it a strike.
    static let remoteWeaponCues: Set<EventLexicon.Cue> = [.airAsset, .airStrike, .artillery, .shelling]

    /// The party that did the killing at `k`: named right after a verb of killing (قتلت القوات
    /// التركية مدنيين) or after على يد / من قبل (قتل مدنيان على يد الجيش التركي).
    func killer(of k: CueHit, clause: Range<Int>, ctx: Context) -> ActorHit? {
        ctx.actors[ctx.actors(startingIn: clause)].first { a in
            guard a.start > k.token, !Self.unnamedParties[a.id] || a.name == ActorLexicon.unidentifiedArmed else { return false }
            if a.start == k.token + 1 && Self.killVerbKeys.contains(ctx.keys[k.token]) { return true }
            if a.start >= 2, Self.handKeys.contains(ctx.keys[a.start - 1]), ctx.keys[a.start - 2] == Self.onKey { return true }
            return Self.isNamedBy(a.start, from: 0, ctx: ctx)
        }
    }

    /// The name at `start` follows من قبل, "by" (من قبل الفصائل), both words at or after `lower`.
    static func isNamedBy(_ start: Int, from lower: Int, ctx: Context) -> Bool {
        start - 2 >= lower && ctx.keys[start - 1] == partKey && ctx.keys[start - 2] == fromKey
    }

    /// The party is named as a backer (بدعم من التحالف، المدعومة من تركيا), a partner (بالتنسيق مع
    /// التحالف) or as who holds a place
    /// (بلدة ذيبان التي تسيطر عليها قسد، مناطق سيطرة قسد): no side of the battles the report tells.
    static func backsOrHolds(_ a: ActorHit, tokens: TokenizedText, keys: [UInt64]) -> Bool {
        let s = a.start
        guard s > 0 else { return false }
        if WordPattern.anyStem(tokens, s - 1, { backerKeys.contains($0) || partnerKeys.contains($0) }) || holderKeys.contains(keys[s - 1]) {
            return true
        }
        guard s > 1 else { return false }
        return (keys[s - 1] == fromKey && backerKeys.contains(keys[s - 2]))
            || (keys[s - 1] == withKey && partnerKeys.contains(keys[s - 2]))
            // A country a border is shared with (الحدودي مع تركيا، الحدود مع العراق) is a place there.
            || (keys[s - 1] == withKey && borderKeys.contains(keys[s - 2]))
            || (keys[s - 1] == controlKey && extentKeys.contains(keys[s - 2]))
            || (heldKeys.contains(keys[s - 1]) && WordPattern.anyStem(tokens, s - 2, { controlVerbKeys.contains($0) }))
            // The party's areas as a destination or a setting, سيطرة left out: تهريب المحروقات إلى مناطق
            // النظام، لمناطق قسد، في مناطق النظام، التهريب لجهة النظام. (قصف مناطق قسد keeps قسد: what was
            // struck is theirs.)
            || (areaWordKeys.contains(keys[s - 1]) && (areasAttachedKeys.contains(keys[s - 1]) || toInKeys.contains(keys[s - 2])))
    }

    static let borderKeys = WordPattern.keys(["الحدود", "الحدودي", "الحدودية", "حدود", "حدودي", "حدودية", "الحدوديين", "الحدوديتين"])
    static let areaWordKeys = WordPattern.keys(["مناطق", "ومناطق", "لمناطق", "بمناطق", "لجهة"])
    static let toInKeys = WordPattern.keys(["إلى", "الى", "نحو", "باتجاه", "في", "داخل"])
    static let areasAttachedKeys = WordPattern.keys(["لمناطق", "بمناطق", "لجهة"])

    /// Words of holding ground before a party's name: سيطرة قسد، لسيطرة، نفوذ، تسيطر عليها قسد.
    static let holderKeys = WordPattern.keys(["لسيطرة", "نفوذ", "لنفوذ"])
    static let controlKey = NameKey.wordKey("سيطرة")
    static let extentKeys = WordPattern.keys(["مناطق", "تحت", "خاضعة", "الخاضعة", "ضمن", "منطقة"])
    static let heldKeys = WordPattern.keys(["عليها", "عليه", "عليهما"])
    static let controlVerbKeys = WordPattern.formKeys(["تسيطر", "يسيطر", "سيطرت", "سيطر"])

    static let killVerbKeys = WordPattern.keys(["قتلت", "قتلوا", "يقتل", "تقتل", "وقتلت", "وقتلوا", "أعدمت", "اعدمت"])
    static let handKeys = WordPattern.keys(["يد", "أيدي", "ايدي"])
    /// عدوان: an aggression, a bombardment when guns carried it out.
    static let aggressionKeys = WordPattern.keys(["عدوان", "العدوان"])
    static let onKey = NameKey.wordKey("على")
    static let partKey = NameKey.wordKey("قبل")

    /// The word at `i` names the means of a killing or a wounding: it carries بـ (بمسيرة، بطائرة)
    /// or follows a word of cause (جراء، إثر، بسبب، نتيجة).
    func isInstrument(_ i: Int, clause: Range<Int>, ctx: Context) -> Bool {
        let tokens = ctx.analysis.tokens
        if tokens.firstLetter(i) == FoldedLetter.beh && !tokens.hasPrefix(i, Self.articleLetters) { return true }
        return i > clause.lowerBound && Self.causeKeys.contains(ctx.keys[i - 1])
    }

    static let causeKeys = WordPattern.keys(["جراء", "إثر", "اثر", "بسبب", "نتيجة", "بفعل"])

    /// A deed named as a point in time, not reported: قبل الهجوم بساعات، بعد المعارك.
    func isTemporalReference(_ hit: CueHit, ctx: Context, clause: Range<Int>) -> Bool {
        guard hit.token > clause.lowerBound else { return false }
        // بعد (عشرة) أيام من إنزال جوي: a deed dated against another, reported elsewhere.
        if isDatedAgainst(hit, clause: clause, ctx: ctx) { return true }
        // على خلفية اعتقال قائد المجلس: the deed that set this one off, told as its background.
        if hit.token >= clause.lowerBound + 2, ctx.keys[hit.token - 1] == Self.backgroundKey, Self.onKeys.contains(ctx.keys[hit.token - 2]) {
            return true
        }
        // لليوم الثاني على المواجهات، في اليوم الثالث من المعارك: the day of the fighting something else
        // is dated by.
        if hit.token >= clause.lowerBound + 3, Self.dayOfKeys.contains(ctx.keys[hit.token - 3]),
            Self.onKeys.contains(ctx.keys[hit.token - 1]) || ctx.keys[hit.token - 1] == Self.fromKey
        {
            return true
        }
        // بعد السيطرة على reports the capture; قبل الهجوم, أثناء المعارك place something else in time.
        return Self.timeRelationKeys.contains(ctx.keys[hit.token - 1]) && ctx.analysis.tokens.hasPrefix(hit.token, Self.articleLetters)
    }

    static let timeUnitKeys = WordPattern.keys(Array(timeUnits))
    static let backgroundKey = NameKey.wordKey("خلفية")
    static let dayOfKeys = WordPattern.keys(["لليوم", "اليوم", "واليوم"])
    static let onKeys = WordPattern.keys(["على", "وعلى"])
    /// The start of a deed that dates another (من توقيع الاتفاق، من بدء الهجوم، من إعلان الهدنة).
    static let onsetNounKeys = WordPattern.keys(["توقيع", "بدء", "بداية", "إعلان", "اعلان", "انطلاق", "إبرام", "ابرام"])
    static let beforeAfterKeys = WordPattern.keys(beforeAfter)
    static let timeRelationKeys = WordPattern.keys(Array(timeRelations))

    static let controlNounKeys = WordPattern.keys(EventLexicon.controlNouns)

    /// "سيطرة" as a noun of extent: مناطق سيطرة قسد، تحت سيطرة، خطوط السيطرة.
    func isControlNoun(_ i: Int, tokens: TokenizedText, clause: Range<Int>) -> Bool {
        guard i > clause.lowerBound else { return false }
        if WordPattern.anyStem(tokens, i - 1, { Self.controlNounKeys.contains($0) }) { return true }
        // The preposition written apart (الخاضعة لـ سيطرة قسد): the word before it.
        return i - 2 >= clause.lowerBound && WordPattern.anyStem(tokens, i - 1, { Self.detachedLamKeys.contains($0) })
            && WordPattern.anyStem(tokens, i - 2, { Self.controlNounKeys.contains($0) })
    }
    static let detachedLamKeys = WordPattern.keys(["ل"])

    /// Words for people, whose movement is displacement (and the other word lists the rules read).
    static let peopleKeys = KeyTable(keys: peopleWords.map(NameKey.wordKey))
    static let baseObjectKeys = WordPattern.formKeys(["قاعدة", "قاعده", "نقطة", "نقاط", "مقر", "مقرا", "مقرات", "قواعد", "مركز", "نقطه"])
    /// A siege (الحصار، لحصارها) that government forces break; weapons and ammunition seized.
    static let siegeLetters = WordPattern.letters("حصار")
    /// Lit a fire (أشعلوا النار في الإطارات، أضرموا النيران): the protesters' own fire, no shot.
    static let lightingKeys = WordPattern.formKeys(["أشعل", "اشعل", "إشعال", "اشعال", "أضرم", "اضرم", "إضرام", "اضرام"])
    static let weaponsLetters = WordPattern.letters("اسلح")
    static let ammunitionLetters = WordPattern.letters("ذخير")
    static let regainKeys = WordPattern.formKeys(["استعاد"])
    /// Verbs that report a noun trigger as happening: تواصلت الاشتباكات، دارت معارك.
    static let occurrenceKeys = KeyTable(keys: ["تواصلت", "تواصل", "استمرت", "استمر", "اندلعت", "اندلع", "دارت", "دار",
        "تجددت", "تجدد", "شهدت", "شهد", "وقعت", "وقع", "جرت", "حصلت", "احتدمت", "تحتدم", "تدور", "تستمر", "تتواصل",
        "اندلاع", "تجدد", "شنت", "شن", "نفذت", "نفذ",
        // Still going on: لا زالت المعارك مستمرة، الاشتباكات متواصلة.
        "مستمرة", "مستمر", "متواصلة", "متواصل", "زالت", "تزال", "يزال", "مازالت", "مازال",
        // A verb of hitting after the noun: والضربات الجوية استهدفت تجمعات للميليشيات.
        "استهدفت", "استهدف", "طالت", "طال", "ضربت", "أصابت", "دمرت"].map(NameKey.wordKey))
    static let timeUnits: Set<String> = ["ايام", "ساعات", "اسابيع", "اشهر", "سنوات", "يومين", "شهرين", "اسبوعين", "ساعه",
                                         "شهر", "اسبوع", "عام", "سنه", "يوما", "ساعتين"]
    /// Words after a noun trigger that make it a prospect: استعادة السيطرة ستكون علامة فارقة.
    static let prospectKeys = KeyTable(keys: ["ستكون", "سيكون", "ستشكل", "سيشكل", "يمكن", "يمكن أن", "شأن", "سيؤدي",
                                                 "ستؤدي"].map(NameKey.wordKey))
    static let beforeAfter = ["قبل", "بعد", "وقبل", "وبعد"].map(ArabicNormalizer.normalize)
    static let timeRelations: Set<String> = Set(["قبل", "وقبل", "منذ", "خلال", "أثناء", "اثناء"].map(ArabicNormalizer.normalize))

    /// The clause speaks of people moving: families, civilians, a number of persons.
    func peopleNamed(_ clause: Range<Int>, ctx: Context) -> Bool {
        clause.contains { ctx.analysis.tokens.anyForm($0, { Self.peopleKeys.contains($0) }) }
    }

    static let peopleWords = ["عائلة", "عائلات", "مدنيين", "مدني", "شخص", "أشخاص", "اشخاص", "نازحين", "نازح", "امرأة", "نساء",
                      "طفل", "أطفال", "اطفال", "عنصر", "عناصر", "عنصرا", "دفعة", "الأهالي", "أهالي", "سكان", "مواطنين",
                      "لاجئ", "لاجئين", "موقوف", "موقوفا", "مقاتل", "مقاتلين",
                      "آلاف", "مئات", "عشرات", "المئات", "الآلاف", "العائلات", "المدنيين", "شخصا", "طفلا", "العائلة"]
}

extension EventExtractor {
    /// "The organisation" (التنظيم، عناصر التنظيم) is the one the report last named تنظيم X: ISIS
    /// in most reports, the SDF where a Turkish outlet calls them تنظيم "بي كي كي/ واي بي جي". And
    /// تنظيم alone, read as التنظيم, is no party when another's name follows it.
    static func resolveOrganisationAnaphors(_ actors: inout [ActorHit], tokens: TokenizedText) {
        var named: Int?
        var heads: [Int] = []
        for n in actors.indices {
            let a = actors[n]
            if isOrganisationWord(a.start, tokens) {
                if a.end == a.start + 1, n + 1 < actors.count, actors[n + 1].start == a.end {
                    heads.append(n)
                    continue
                }
                named = a.id
            } else if a.start > 0 && isOrganisationWord(a.start - 1, tokens) {
                named = a.id
            } else if a.id == isisID, let other = named, other != a.id, tokens.anyForm(a.end - 1, { $0 == organisationKey }) {
                actors[n].id = other
                actors[n].name = ActorLexicon.shared.names[other]
            }
        }
        for n in heads.reversed() { actors.remove(at: n) }
    }

    static let isisID = ActorLexicon.shared.names.firstIndex(of: ActorLexicon.isis)

    /// تنظيم, or وتنظيم، بتنظيم، لتنظيم (not التنظيم, the anaphor).
    static func isOrganisationWord(_ i: Int, _ tokens: TokenizedText) -> Bool {
        if tokens.key(i) == organisationKey { return true }
        let first = tokens.firstLetter(i)
        return (first == FoldedLetter.waw || first == 0x0628 || first == NameKey.lam) && tokens.tokens[i].letterCount == 6
            && tokens.key(i, dropping: 1) == organisationKey
    }

    static let organisationKey = NameKey.wordKey("تنظيم")
}

extension [EventExtractor.ActorHit] {
    /// The actor whose name starts at `token`, found by halving (the actors are in text order).
    func actor(startingAt token: Int) -> EventExtractor.ActorHit? {
        let k = firstIndex(keyAtLeast: token, by: \.start)
        return k < count && self[k].start == token ? self[k] : nil
    }
}
