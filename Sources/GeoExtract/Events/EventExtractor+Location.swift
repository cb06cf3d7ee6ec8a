import Foundation
import Gazetteer

extension EventExtractor {
    /// A place chosen for an event, with ACLED's precision.
    struct Located {
        var mention: PlaceMention
        var precision: Int
        /// Taken from an earlier sentence, not the event's own.
        var inherited: Bool
    }

    static let nearWords: Set<String> = Set(
        ["قرب", "بالقرب", "محيط", "بمحيط", "أطراف", "اطراف", "ضواحي", "مشارف", "تخوم", "شرق", "غرب", "شمال", "جنوب",
         "شرقي", "غربي", "شمالي", "جنوبي", "مدخل", "مداخل", "طريق", "الطريق", "أرياف", "ريف", "بريف", "جوار", "حدود", "الحدود", "بادية"]
            .map(ArabicNormalizer.normalize))
    static let inWords: Set<String> = Set(
        ["في", "داخل", "وسط", "على", "عند", "بلدة", "قرية", "مدينة", "حي", "مخيم", "ناحية", "منطقة", "بلدتي", "قريتي",
         "مدينتي", "حقل", "مطار", "سجن", "سد", "معبر", "قاعدة", "مزارع", "بلدات", "قرى", "أحياء", "عبر"].map(ArabicNormalizer.normalize))
    static let destinationWords: Set<String> = Set(["إلى", "الى", "نحو", "باتجاه", "اتجاه", "صوب", "تجاه"].map(ArabicNormalizer.normalize))
    static let originWords: Set<String> = Set(["من", "منها", "منه"].map(ArabicNormalizer.normalize))
    static let anaphors: Set<String> = Set(
        ["البلدة", "المدينة", "القرية", "المنطقة", "المخيم", "الحي", "البلدات", "القرى", "المناطق", "هناك", "فيها",
         "السد", "الحقل", "المطار", "السجن", "الجيب"].map(ArabicNormalizer.normalize))

    static let nearKeys = WordPattern.keys(Array(nearWords))
    static let inKeys = WordPattern.keys(Array(inWords))
    static let destinationKeys = WordPattern.keys(Array(destinationWords))
    static let originKeys = WordPattern.keys(Array(originWords))
    static let anaphorKeys = WordPattern.keys(Array(anaphors))
    static let roadKeys = WordPattern.keys(["طريق", "أوتوستراد", "اوتوستراد", "أوتستراد", "خط", "محور"])
    static let fromKey = NameKey.wordKey("من")
    static let andKey = NameKey.wordKey("و")
    static let gapQuotes = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\"“”«»'"))
    static let andFromKey = NameKey.wordKey("ومن")
    static let fromItKey = NameKey.wordKey("منها")
    static let thereKey = NameKey.wordKey("هناك")

    /// The places of the event: the place the trigger governs in its clause; else the clause's
    /// region; else the sentence's; else the place an anaphor (البلدة، المنطقة) refers back to.
    func locations(for clause: Segmenter.Clause, clauseIndex: Int, type: EventType, trigger: Int, ctx: Context, events: [Event]) -> [Located] {
        let mentions = ctx.analysis.mentions
        // Mention numbers, not mentions: a mention is a large value, and copying it retains its parts.
        let inClause = Array(ctx.mentions(startingIn: clause.tokens))
        // People leaving "the town" or "the area" (نزحت العائلات من البلدة نحو الرقة): the event is
        // at the origin the anaphor refers back to, not at the destinations the clause names.
        if type == .otherStrategic, originAnaphor(in: clause.tokens, ctx: ctx) != nil,
            !inClause.contains(where: { isOrigin(mentions[$0], ctx: ctx) }),
            let recent = mentions[..<(inClause.first ?? mentions.count)].last(where: {
                $0.endToken <= clause.tokens.lowerBound && !$0.place.kind.isArea && $0.place.kind != .country
            })
        {
            return [Located(mention: recent, precision: precision(of: recent, ctx: ctx), inherited: true)]
        }
        // A list of places governed together: بلدتي الكرامة ومعدان → one event each. (Mentions are
        // read in place, by number: a mention is a large value.)
        func withList(_ best: (offset: Int, precision: Int), in span: Range<Int>) -> [Located] {
            var result = [best]
            func joined(_ a: Int, _ b: Int) -> Bool {
                let last = mentions[a].endToken, next = mentions[b].startToken
                guard next == last || (next == last + 1 && (ctx.keys[last] == Self.andKey || isAndPlaceNoun(last, ctx: ctx)))
                    || isAndInPlaceNoun(last, before: next, ctx: ctx)
                else { return false }
                let p = mentions[a].place, q = mentions[b].place
                return q.kind.isSettlement == p.kind.isSettlement && q.kind.isArea == p.kind.isArea
                    && !q.kind.isArea && q.id != p.id && isListJoin(mentions[a], mentions[b], ctx: ctx)
            }
            var k = best.offset + 1
            while k < mentions.count, span.contains(mentions[k].startToken), joined(k - 1, k) {
                result.append((k, precision(of: mentions[k], ctx: ctx)))
                k += 1
            }
            // The list's items named before the one nearest the deed (شهدت بلدات البصيرة والحصان
            // والدحلة مظاهرات), when a place noun or في governs the list (not نازحي تدمر ودير الزور,
            // where the people came from).
            var j = best.offset
            // (Not across an area's border to a place abroad, nor back past بين.)
            while j > 0, span.contains(mentions[j - 1].startToken), joined(j - 1, j),
                mentions[j - 1].place.inArea == mentions[j].place.inArea, !isBetween(mentions[j - 1], ctx: ctx)
            {
                j -= 1
            }
            // (The noun may govern names the gazetteer lacks before the first it knows: قرى تل فدين ودرينج والعزبة.)
            if j < best.offset, mentions[j].startToken > span.lowerBound,
                isListGovernor(mentions[j].startToken - 1, ctx: ctx)
                    || MentionExtractor.listHead(before: mentions[j].startToken, tokens: ctx.analysis.tokens) != nil
            {
                result.insert(contentsOf: (j..<best.offset).map { ($0, precision(of: mentions[$0], ctx: ctx)) }, at: 0)
            }
            return result.map { Located(mention: mentions[$0.0], precision: $0.1, inherited: false) }
        }
        if let best = bestMention(inClause, clause: clause.tokens, type: type, trigger: trigger, ctx: ctx) {
            // بين X وY (الطريق بين القامشلي والقحطانية، بين بلدة محكان ومدينة القورية): somewhere
            // between the two, one incident near the first.
            if isBetween(mentions[best.offset], ctx: ctx) {
                return [Located(mention: mentions[best.offset], precision: max(2, best.precision), inherited: false)]
            }
            return withList(best, in: clause.tokens)
        }
        // The rest of the sentence.
        let span = ctx.sentences[clause.sentence]!.span
        let inSentence = Array(ctx.mentions(startingIn: span))
        if let best = bestMention(inSentence, clause: span, type: type, trigger: trigger, ctx: ctx) {
            return withList(best, in: span)
        }
        // An anaphor or nothing: the most recent specific place before the clause.
        let start = clause.tokens.lowerBound
        let tokens = ctx.analysis.tokens
        let anaphor = clause.tokens.first { WordPattern.anyStem(tokens, $0, { Self.anaphorKeys.contains($0) }) }
        let before = (0..<ctx.mentions(startingIn: 0..<start).upperBound).lazy.filter {
            mentions[$0].endToken <= start && mentions[$0].place.kind != .country && !isDateline(mentions[$0], ctx: ctx)
        }
        // المخيم refers to the last camp named, البلدة to the last town: the noun says which.
        let head = anaphor.flatMap { PlaceContextLexicon.shared.head(ofToken: $0, in: tokens) }.flatMap { $0 == .area || $0 == .direction ? nil : $0 }
        if anaphor != nil, let recent = head.flatMap({ h in before.last { h.accepts(mentions[$0].place.kind) } })
            ?? before.last(where: { !mentions[$0].place.kind.isArea }) ?? before.last
        {
            return [Located(mention: mentions[recent], precision: precision(of: mentions[recent], ctx: ctx), inherited: true)]
        }
        // A place noun before a name the gazetteer does not know (في قرية الجرذي الغربي): the
        // incident was somewhere geomap cannot place; no other place stands in for it.
        let namesUnknownPlace = clause.tokens.contains { i in
            guard i + 1 < clause.tokens.upperBound, PlaceContextLexicon.shared.head(ofToken: i, in: tokens)?.isPlaceNoun == true
            else { return false }
            return ctx.mentions(startingIn: i..<(i + 2)).isEmpty
        }
        if namesUnknownPlace { return [] }
        if let previous = events.last?.location, clause.sentence > 0 {
            let p = events.last?.geoPrecision ?? previous.place.kind.geoPrecision
            return [Located(mention: previous, precision: p, inherited: true)]
        }
        return []
    }

    /// A place that opens a line before a bracket or a dash (أربيل (كوردستان 24)- أعلنت، الرقة – نورث
    /// برس): where the report was filed, which no later "the area" refers back to.
    func isDateline(_ m: PlaceMention, ctx: Context) -> Bool {
        let toks = ctx.analysis.tokens.tokens
        guard m.endToken < toks.count else { return false }
        let text = ctx.analysis.document.text
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            if m.startToken > 0, !bytes[toks[m.startToken - 1].utf8End..<toks[m.startToken].utf8Start].contains(0x0A) { return false }
            for i in toks[m.endToken - 1].utf8End..<toks[m.endToken].utf8Start where bytes[i] != 0x20 {
                // ( - – —
                return bytes[i] == 0x28 || bytes[i] == 0x2D || (bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80
                    && (bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94))
            }
            return false
        } ?? false
    }

    /// The word that governs a mention: the one before it, or before its place noun (من مدينة X).
    func governor(of m: PlaceMention, ctx: Context) -> Int? {
        guard m.startToken > 0 else { return nil }
        var k = m.startToken - 1
        if PlaceContextLexicon.shared.head(ofToken: k, in: ctx.analysis.tokens) != nil, k > 0 { k -= 1 }
        return k
    }

    /// The place is the first end of a span: بين (بلدة) X و...
    func isBetween(_ m: PlaceMention, ctx: Context) -> Bool {
        governor(of: m, ctx: ctx).map { ctx.keys[$0] == Self.betweenKey } ?? false
    }

    /// The token of an anaphoric origin, من البلدة / من المنطقة, if the clause has one.
    func originAnaphor(in range: Range<Int>, ctx: Context) -> Int? {
        for i in range where i + 1 < range.upperBound {
            let k = ctx.keys[i]
            if (k == Self.fromKey || k == Self.andFromKey) && Self.anaphorKeys.contains(ctx.keys[i + 1]) { return i + 1 }
            // منها، من هناك
            if k == Self.fromItKey || (k == Self.fromKey && ctx.keys[i + 1] == Self.thereKey) { return i }
        }
        return nil
    }

    /// The place is where people left from: من (مدينة) X.
    func isOrigin(_ m: PlaceMention, ctx: Context) -> Bool {
        governor(of: m, ctx: ctx).map { Self.originKeys.contains(ctx.keys[$0]) } ?? false
    }

    func isDestination(_ m: PlaceMention, ctx: Context) -> Bool {
        // The word before the place noun, if any: نحو مدينة الرقة.
        guard let k = governor(of: m, ctx: ctx) else { return false }
        let tokens = ctx.analysis.tokens
        let first = tokens.firstLetter(m.startToken)
        return Self.destinationKeys.contains(ctx.keys[k]) || first == NameKey.lam && !tokens.hasPrefix(m.startToken, Self.articleLetters)
            || (m.startToken > 0 && first == FoldedLetter.waw && k < m.startToken - 1)
    }

    /// Token `i` is و and a place noun (في مدينة القائم ومدينة البوكمال، بلدة الكرامة وبلدة معدان):
    /// the next name is the list's next item, with its own noun.
    func isAndPlaceNoun(_ i: Int, ctx: Context) -> Bool {
        let tokens = ctx.analysis.tokens
        guard tokens.firstLetter(i) == FoldedLetter.waw, tokens.tokens[i].letterCount > 2,
            let head = PlaceContextLexicon.shared.head(ofToken: i, in: tokens, dropping: 1)
        else { return false }
        return head.isPlaceNoun
    }

    /// Tokens `i` and `i + 1` are وفي and a place noun, and the next name starts after them (في مدينة
    /// البصيرة وفي قريتي ابريهة والصبحة): the list goes on, its next item with its own noun.
    func isAndInPlaceNoun(_ i: Int, before next: Int, ctx: Context) -> Bool {
        guard next == i + 2, Self.andInKeys.contains(ctx.keys[i]),
            let head = PlaceContextLexicon.shared.head(ofToken: i + 1, in: ctx.analysis.tokens)
        else { return false }
        return head.isPlaceNoun
    }

    static let andInKeys = WordPattern.keys(["وفي", "وب"])

    /// Token `i` governs the list that follows it: a place noun (بلدات، قريتي) or في.
    func isListGovernor(_ i: Int, ctx: Context) -> Bool {
        if Self.inKeys.contains(ctx.keys[i]) { return true }
        guard let head = PlaceContextLexicon.shared.head(ofToken: i, in: ctx.analysis.tokens) else { return false }
        return head.isPlaceNoun
    }

    func isListJoin(_ a: PlaceMention, _ b: PlaceMention, ctx: Context) -> Bool {
        if b.startToken == a.endToken + 1, isAndPlaceNoun(a.endToken, ctx: ctx) { return true }
        if isAndInPlaceNoun(a.endToken, before: b.startToken, ctx: ctx) { return true }
        let gap = ctx.text(utf8: ctx.utf8Offset(ofScalar: a.end, inToken: a.endToken - 1),
                           ctx.utf8Offset(ofScalar: b.start, inToken: b.startToken))
        // (Names in quotes, بلدتي "معيزيلة" و"العزبة": the quotes are no part of the join.)
        let text = gap.trimmingCharacters(in: Self.gapQuotes)
        // Commas, و, dashes and slashes join the items of a list (قرى (الصلالية - التنينير - رد شقرا));
        // a dash after a road's first town names its other end (طريق القامشلي – المالكية).
        if ["-", "–", "/"].contains(text) {
            let road = governor(of: a, ctx: ctx).map { WordPattern.anyStem(ctx.analysis.tokens, $0, { Self.roadKeys.contains($0) }) } ?? false
            return !road
        }
        return ["،", ",", "و", "، و", "،و"].contains(text) || (text.isEmpty && ctx.analysis.tokens.firstLetter(b.startToken) == FoldedLetter.waw)
    }

    /// The place is named inside a party's name (المجلس العسكري لدير الزور، لواء ثوار الرقة): it names the
    /// party, not where the party acted, and gives way to any other place of the clause.
    func isInPartyName(_ m: PlaceMention, ctx: Context) -> Bool {
        let k = ctx.actors(startingIn: 0..<(m.startToken + 1)).upperBound
        guard k > 0 else { return false }
        let a = ctx.actors[k - 1]
        return a.start <= m.startToken && m.endToken <= a.end && a.end - a.start > m.endToken - m.startToken
    }

    /// Scores the candidate mentions of a span and returns the best, with its precision.
    func bestMention(_ indices: [Int], clause: Range<Int>, type: EventType, trigger: Int, ctx: Context) -> (offset: Int, precision: Int)? {
        let mentions = ctx.analysis.mentions
        guard !indices.isEmpty else { return nil }
        let displacement = type == .otherStrategic
        var best: (Int, Double)?
        for i in indices where !isReporterPlace(mentions[i], ctx: ctx) && !isWhereTreated(mentions[i], clause: clause, ctx: ctx) {
            let m = mentions[i]
            var score = isInPartyName(m, ctx: ctx) ? -20.0 : 0.0
            func before(_ table: KeyTable) -> Bool {
                m.startToken > clause.lowerBound && WordPattern.anyStem(ctx.analysis.tokens, m.startToken - 1, { table.contains($0) })
            }
            let ownClitic = ctx.analysis.tokens.firstLetter(m.startToken) == 0x0628
                && m.text.unicodeScalars.count > m.place.nameAr.unicodeScalars.count
            // (An item of a list its place noun governs, قرى الحدريات والفاطسة, is governed too.)
            let listItem = ctx.analysis.tokens.firstLetter(m.startToken) == FoldedLetter.waw
                && MentionExtractor.listHead(before: m.startToken, tokens: ctx.analysis.tokens) != nil
            if before(Self.inKeys) || ownClitic || listItem { score += 3 }
            // "البوكمال شرق دير الزور", "مخيم الهول جنوبي مدينة الحسكة": a place placed by a direction
            // from another (its place noun may stand between) qualifies it.
            let lexicon = PlaceContextLexicon.shared, tokens = ctx.analysis.tokens
            var direction = m.startToken - 1
            if direction >= 1, lexicon.head(ofToken: direction, in: tokens)?.isPlaceNoun == true {
                direction -= 1
            }
            let isDirection = direction >= 0 && lexicon.head(ofToken: direction, in: tokens) == .direction
            // (A direction of two words, جنوب غربي دير الزور, starts at its first.)
            let directionStart = isDirection && direction >= 1 && lexicon.head(ofToken: direction - 1, in: tokens) == .direction
                ? direction - 1 : direction
            let qualifiesPrevious = isDirection
                && mentions[..<i].last.map { b in
                    (b.endToken == direction || b.endToken == directionStart) && clause.contains(b.startToken)
                        && (!b.place.kind.isArea || b.place.kind.isAdministrative)
                        && !isRoadEnd(i - 1, clause: clause, ctx: ctx)
                } == true
            // (122 كم جنوب شرق مدينة دير الزور): a place the distance is measured from, not the site.
            let measuredFrom = isDirection && directionStart >= 1 && Self.distanceUnitKeys.contains(ctx.keys[directionStart - 1])
            if before(Self.nearKeys) && !qualifiesPrevious { score += 2 }
            if before(Self.destinationKeys) { score += displacement ? -0.5 : -2.5 }
            if before(Self.originKeys) && displacement { score += 2.5 }
            switch m.place.kind {
            case .country: score -= 5
            case .region, .river, .mountain, .road, .governorate, .district: score -= 1
            case .subdistrict: score -= 0.5
            default: score += 1.5
            }
            if !m.place.inArea && m.place.kind != .country { score -= 0.5 }
            // A place that only qualifies another (بلدة X بريف الرقة) is the container, not the site.
            if let before = mentions[..<i].last, before.endToken >= m.startToken - 3, before.endToken <= m.startToken,
                clause.contains(before.startToken), MentionExtractor.lies(before.place, within: m.place)
            {
                score -= 4
            }
            if qualifiesPrevious || measuredFrom { score -= 4 }
            // (طريق حماة الرقة، طريق حلب - الرقة): a town a road leads to, outside the area, is not the site.
            if !m.place.inArea, isRoadEnd(i, clause: clause, ctx: ctx) { score -= 3 }
            // ينحدر من بلدة الخريطة، يعمل موظفاً في حقل العمر: where a victim comes from or works, not
            // where the incident was.
            if (max(clause.lowerBound, m.startToken - 3)..<m.startToken).contains(where: { tokens.hasPrefix($0, anyOf: Self.tiesStems) }) {
                score -= 4
            }
            let distance = abs(m.startToken - trigger)
            score -= Double(distance) * 0.08
            if best == nil || score > best!.1 { best = (i, score) }
        }
        guard let (i, _) = best else { return nil }
        return (i, precision(of: mentions[i], ctx: ctx))
    }

    /// Mention `i` names an end of a road: طريق right before it, or before the town just before it
    /// (طريق حماة الرقة، طريق حلب - الرقة).
    func isRoadEnd(_ i: Int, clause: Range<Int>, ctx: Context) -> Bool {
        let mentions = ctx.analysis.mentions, tokens = ctx.analysis.tokens
        func afterRoad(_ m: PlaceMention) -> Bool {
            m.startToken > clause.lowerBound && WordPattern.anyStem(tokens, m.startToken - 1, { Self.roadKeys.contains($0) })
        }
        let m = mentions[i]
        if afterRoad(m) { return true }
        guard i > 0, case let b = mentions[i - 1], b.endToken == m.startToken, clause.contains(b.startToken) else { return false }
        return afterRoad(b)
    }

    /// The place a correspondent reports from (قال مراسلنا في دير الزور، مراسل جسر بدير الزور): where
    /// the report was written, not where the incident happened.
    func isReporterPlace(_ m: PlaceMention, ctx: Context) -> Bool {
        let tokens = ctx.analysis.tokens
        return (max(0, m.startToken - 3)..<m.startToken).contains { k in
            tokens.hasPrefix(k, anyOf: Self.correspondentStems)
        }
    }

    static let correspondentStems = WordPattern.letters(["مراسل", "ومراسل", "لمراسل"])
    static let distanceUnitKeys = WordPattern.keys(["كم", "كلم", "كيلومتر", "كيلومترا", "كيلومترات", "كيلو"])
    /// ينحدر من، المنحدر من، تنحدر من: the home town of a person named; يعمل في، تعمل في: the place
    /// they work.
    static let tiesStems = WordPattern.letters(["ينحدر", "وينحدر", "تنحدر", "المنحدر", "منحدر", "ينحدرون", "ينحدران",
                                                "يعمل", "ويعمل", "تعمل", "وتعمل"])

    /// The hospital the wounded were taken to (ليُنقل إلى مشفى في دمشق، نقل إلى مستشفى القامشلي):
    /// where they were treated, not where the incident happened.
    func isWhereTreated(_ m: PlaceMention, clause: Range<Int>, ctx: Context) -> Bool {
        let tokens = ctx.analysis.tokens
        guard let h = (max(clause.lowerBound, m.startToken - 3)..<m.startToken).last(where: { k in
            WordPattern.anyStem(tokens, k, { Self.hospitalKeys.contains($0) })
        }) else { return false }
        return (max(clause.lowerBound, h - 6)..<h).contains { k in tokens.hasPrefix(k, anyOf: Self.takenStems) }
    }

    static let hospitalKeys = WordPattern.keys(["مشفى", "مستشفى", "مشافي", "مستشفيات", "المشفى", "المستشفى", "المشافي"])
    /// نقل، ينقل، أسعف: the wounded taken somewhere.
    static let takenStems = WordPattern.letters(["نقل", "ونقل", "ينقل", "وينقل", "لينقل", "تنقل", "وتنقل", "أسعف", "وأسعف", "يسعف",
                                                 "إسعاف", "وإسعاف"])

    /// ACLED geo precision: 1 the named town or site; 2 near it, part of it, or a subdistrict;
    /// 3 a larger region.
    func precision(of m: PlaceMention, ctx: Context) -> Int {
        var p = m.geoPrecision
        if m.startToken > 0, WordPattern.anyStem(ctx.analysis.tokens, m.startToken - 1, { Self.nearKeys.contains($0) }) { p = max(p, 2) }
        // The same before the place noun (في ريف مدينة دير الزور، قرية شرقي مدينة القامشلي).
        if let g = governor(of: m, ctx: ctx), g < m.startToken - 1,
            WordPattern.anyStem(ctx.analysis.tokens, g, { Self.nearKeys.contains($0) })
        {
            p = max(p, 2)
        }
        // The place a village unknown to the gazetteer belongs to (قرية عبدكوي التابعة لتل أبيض، قرية
        // التابعة لناحية عين عيسى): the event is in its countryside, not in the town.
        if p < 2, m.startToken > 0 {
            var b = m.startToken - 1
            if b > 0, ctx.keys[b] == Self.bareLamKey { b -= 1 }
            if Self.belongingKeys.contains(ctx.keys[b]) { p = 2 }
        }
        // The second of a pair joined by و shares the first's word of nearness (لأرياف بلدتي تل تمر
        // وأبو راسين، قرب الشدادي والهول): both are the countryside, not the towns.
        let tokens = ctx.analysis.tokens
        let k = ctx.mentions(startingIn: 0..<m.startToken).upperBound
        if p < 2, k > 0, tokens.firstLetter(m.startToken) == FoldedLetter.waw {
            let first = ctx.analysis.mentions[k - 1]
            // (Only a word of nearness carries over, not the first place's own coarser precision.)
            if first.endToken == m.startToken, first.startToken < m.startToken {
                let near = precision(of: first, ctx: ctx)
                if near > first.geoPrecision { p = max(p, near) }
            }
        }
        return p
    }
}
