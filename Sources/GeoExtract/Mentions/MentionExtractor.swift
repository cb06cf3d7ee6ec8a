import Gazetteer

/// Finds the place mentions of a document and resolves each to one gazetteer place.
public struct MentionExtractor: Sendable {
    public let gazetteer: Gazetteer
    let lexicon = PlaceContextLexicon.shared

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Builds the lexicon of place context ahead of the first document.
    public static func prepareLexicon() {
        _ = PlaceContextLexicon.shared
    }

    /// A document's words and resolved mentions, for the stages after this one.
    public struct Analysis: Sendable {
        public var document: Document
        public var tokens: TokenizedText
        public var mentions: [PlaceMention]
    }

    public func mentions(in document: Document) -> [PlaceMention] {
        analyze(document).mentions
    }

    public func analyze(_ document: Document) -> Analysis {
        let tokens = TokenizedText(document.text)
        let matches = gazetteer.index.matches(in: tokens)
        var candidates: [Candidate] = []
        var previous: (Candidate, Context)?
        var named = Set<Int>()
        var next = 0
        for var m in matches {
            next += 1
            // بادية alone, without the article, is "the desert of" the place named right after it
            // (بادية الشولا، في بادية معدان): a region noun like ريف, which makes that place the area,
            // not the Syrian desert as a whole.
            if m.endToken - m.startToken == 1, Self.desertOfKeys.contains(tokens.wordKeys[m.startToken]),
                next < matches.count, matches[next].startToken == m.endToken
            {
                continue
            }
            // A region's direction is its adjective, with the article (ريف الرقة الشمالي); without
            // it the direction governs what follows (بريف الرقة شمالي سوريا، ريف دير الزور، شرقي سوريا):
            // the name ends before it.
            if m.endToken - m.startToken >= 3, Self.bareDirectionKeys.contains(tokens.wordKeys[m.endToken - 1]) {
                guard let shorter = tokens.letters.withUnsafeBufferPointer({
                    gazetteer.index.longestMatch(at: m.startToken, before: m.endToken - 1, tokens: tokens.tokens, letters: $0)
                }) else { continue }
                m = shorter
            }
            if let accepted = accept(m, tokens: tokens, previous: previous, named: named) {
                candidates.append(accepted.0)
                previous = accepted
                if accepted.1 > .none { for p in accepted.0.places { named.insert(p.place) } }
            }
        }
        let resolved = resolve(candidates)
        let mentions = resolved.map { r -> PlaceMention in
            let first = tokens.tokens[r.match.startToken], last = tokens.tokens[r.match.endToken - 1]
            return PlaceMention(
                start: first.start, end: last.end, startToken: r.match.startToken, endToken: r.match.endToken,
                text: document.slice(utf8: first.utf8Start..<last.utf8End), place: gazetteer.places[r.place],
                evidence: r.evidence, confidence: r.confidence, head: r.head)
        }
        return Analysis(document: document, tokens: tokens, mentions: mentions)
    }

    static let andKey = NameKey.wordKey("و")
    static let desertOfKeys = KeyTable(keys: ["بادية", "ببادية", "وبادية", "لبادية", "وببادية", "فبادية"].map(NameKey.wordKey))
    static let bareDirectionKeys = KeyTable(keys: ["شمالي", "جنوبي", "شرقي", "غربي", "شمال", "جنوب", "شرق", "غرب"].map(NameKey.wordKey))

    // MARK: recognition

    struct Candidate {
        var match: NameIndex.Match
        /// Candidate places, each with the best origin of the names that matched it.
        var places: [(place: Int, origin: NameIndex.Origin)]
        var head: PlaceContextLexicon.Head?
        var ambiguous: Bool
        /// Token where a container named after this name starts (بريف الرقة), if any.
        var qualifier: Int?
        /// Named after شارع: a street named after a quarter, which may be a street of any town.
        var street = false
    }

    /// How strongly the words around a name say it is a place.
    enum Context: Int, Comparable {
        case none = 0
        /// A preposition of place, بـ attached, a direction, or a list with a place in it.
        case weak = 1
        /// A place noun before it (بلدة، مخيم) or a container after it (بريف الرقة).
        case strong = 2

        static func < (a: Context, b: Context) -> Bool { a.rawValue < b.rawValue }
    }

    /// Decides whether a matched name is a place mention here, from the words around it.
    /// `previous` is the mention accepted just before, for lists (بلدتي الشعفة والسوسة).
    /// `named` holds the places earlier names of the text were read as with a word of place around them.
    func accept(_ m: NameIndex.Match, tokens: TokenizedText, previous: (Candidate, Context)?, named: Set<Int> = []) -> (Candidate, Context)? {
        let prev: Int? = m.startToken > 0 ? m.startToken - 1 : nil
        let next: Int? = m.endToken < tokens.tokens.count ? m.endToken : nil

        // A function word or a word of the place vocabulary is no name, even if a row says so.
        if m.endToken - m.startToken == 1 {
            if lexicon.isStopword(key: tokens.key(m.startToken, dropping: m.procliticLength))
                || lexicon.isStopword(key: tokens.key(m.startToken))
            {
                return nil
            }
        }
        // Part of an organisation, an outlet or a person's name (also after لـ: الإدارة الذاتية لشمال سوريا).
        // A name is written in one run: a comma between (قرى تل جمعة، الدردارة) starts the next item.
        let firstLetterIsLam = m.procliticLength > 0 && tokens.firstLetter(m.startToken) == NameKey.lam
        if m.procliticLength == 0 || firstLetterIsLam, let prev, Self.adjacent(prev, m.startToken, tokens),
            lexicon.isNonPlaceHead(tokens, prev) || lexicon.isGivenName(tokens, prev)
        {
            return nil
        }
        // The second of two clans (بين عشيرتي البوحمد والسبخة): the first, one word, follows the
        // dual head, and و joins this name to it.
        // (The و stands apart when a quote opens the name: عشيرتي "البوحمد" و"السبخة".)
        if let prev, prev > 0, m.procliticLength > 0 && tokens.firstLetter(m.startToken) == FoldedLetter.waw
            ? lexicon.isClanPairHead(tokens, prev - 1)
            : m.procliticLength == 0 && prev > 1 && tokens.wordKeys[prev] == Self.andKey && lexicon.isClanPairHead(tokens, prev - 2)
        {
            return nil
        }
        var head: PlaceContextLexicon.Head?
        if m.procliticLength == 0, let prev { head = lexicon.head(in: tokens, last: prev) }
        // The surname after a kunya (الملقب بأبو فهد خشام): أبو and a name, then this one.
        if m.procliticLength == 0, let prev, prev > 0, lexicon.isKinshipMarker(tokens, prev - 1), head == nil,
            Self.adjacent(prev - 1, prev, tokens), Self.adjacent(prev, m.startToken, tokens), !lexicon.isLocative(tokens, prev)
        {
            return nil
        }
        // The last word of a longer name the gazetteer lacks, its place noun before the whole
        // (قرية زور مغار، قرية خربة الجاموس): the word alone names another place. The word between
        // is no name itself (مدينة الحسكة شمال شرق سوريا is two mentions).
        if m.procliticLength == 0, head == nil, let prev, prev > 0, Self.adjacent(prev - 1, prev, tokens),
            Self.adjacent(prev, m.startToken, tokens), !tokens.isNumber(prev),
            let h = lexicon.head(ofToken: prev - 1, in: tokens), h.isPlaceNoun,
            !lexicon.isStopword(key: tokens.key(prev)), !lexicon.isLocative(tokens, prev), !lexicon.isLinker(tokens, prev),
            previous.map({ $0.0.match.endToken != m.startToken }) ?? true,
            tokens.letters.withUnsafeBufferPointer({ gazetteer.index.longestMatch(at: prev, tokens: tokens.tokens, letters: $0) }) == nil
        {
            return nil
        }
        // The places the name may be (found only now: most names are turned down by the words
        // around them before their places matter).
        var places: [(place: Int, origin: NameIndex.Origin)] = []
        places.reserveCapacity(m.entries.count)
        var ambiguousPlaces: [Int] = []
        for e in m.entries {
            let entry = gazetteer.index.entries[e]
            if let k = places.firstIndex(where: { $0.place == entry.place }) {
                places[k].origin = min(places[k].origin, entry.origin)
            } else {
                places.append((entry.place, entry.origin))
            }
            if entry.ambiguous { ambiguousPlaces.append(entry.place) }
        }
        if places.count > 1 { places.sort { $0.place < $1.place } }
        // A street named after a town (شارع "تل أبيض"، شارع الرقة): a quote may stand between.
        if m.procliticLength == 0, let prev, tokens.tokens[m.startToken].start - tokens.tokens[prev].end <= 2, lexicon.isStreet(tokens, prev),
            places.allSatisfy({ let kind = gazetteer.places[$0.place].kind; return kind != .neighbourhood && kind != .landmark })
        {
            return nil
        }
        // A country name with the article is its adjective: القوات السورية is not Syria.
        if places.allSatisfy({ gazetteer.places[$0.place].kind == .country }) {
            let named = m.entries.contains { gazetteer.index.entries[$0].startsWithArticle }
            let t = tokens.tokens[m.startToken]
            let s = t.letterStart + m.procliticLength
            let written = t.letterCount - m.procliticLength >= 2 && tokens.letters[s] == NameKey.alef && tokens.letters[s + 1] == NameKey.lam
            if !named && written { return nil }
        }
        // (اليوم and الآن after a name governed by a preposition are "today" and "now": في الرقة اليوم.)
        if let next, lexicon.isNonPlaceTail(tokens, next), head == nil || head == .direction,
            !(PlaceContextLexicon.timeTailKeys.contains(tokens.key(next)) && locativeContext(m, tokens: tokens)),
            places.allSatisfy({ let kind = gazetteer.places[$0.place].kind; return !kind.isFacility && kind != .region })
        {
            return nil
        }
        // A name that begins with its own place noun (حي الجورة، مخيم الباغوز) says what it is.
        if head == nil, m.endToken - m.startToken >= 2,
            let h = lexicon.head(ofToken: m.startToken, in: tokens, dropping: m.procliticLength), h != .direction
        {
            head = h
        }
        let qualifier = qualifierStart(after: m, tokens: tokens)
        var context: Context = .none
        if head?.isPlaceNoun == true || qualifier != nil {
            context = .strong
        } else if head != nil || locativeContext(m, tokens: tokens) {
            context = .weak
        }
        // A list continues its first member's context: بلدتي الشعفة والسوسة، قرى أ، ب، ج.
        if let (pc, pctx) = previous, pctx > .none {
            // (Names in quotes, بلدتي "معيزيلة" و"العزبة", leave و a word of its own before the next.)
            let loneAnd = m.procliticLength == 0 && m.startToken >= 2 && tokens.tokens[m.startToken - 1].letterCount == 1
                && tokens.firstLetter(m.startToken - 1) == FoldedLetter.waw
            if loneAnd || listSeparated(m, tokens: tokens),
                pc.match.endToken == m.startToken || (loneAnd && pc.match.endToken == m.startToken - 1)
                    || Self.listItemsBetween(pc.match.endToken, m.startToken, tokens: tokens)
            {
                // Joined by و alone (بلدتي الشعفة والسوسة) the list shares its head; after a comma and
                // و a new clause may begin (، وتبنى التنظيم), so only a weak context carries over.
                let joinedByWaw = loneAnd || m.procliticLength > 0 && tokens.tokens[m.startToken].start - tokens.tokens[m.startToken - 1].end <= 1
                let carried: Context = joinedByWaw || m.procliticLength == 0 ? pctx : min(pctx, .weak)
                if context < carried { context = carried }
                if head == nil && carried == .strong { head = pc.head }
            }
        }
        // A list after a plural place noun whose first items the gazetteer lacks (قرى تل فدين ودرينج
        // والعزبة، قريتي "الطركي وتل طويل"): the noun governs the items it knows too.
        if head == nil, m.startToken > 1, listSeparated(m, tokens: tokens),
            let h = Self.listHead(before: m.startToken, tokens: tokens)
        {
            context = .strong
            head = h
        }
        // Each reading must be earned by the context: a derived spelling (a guess) needs a place
        // noun before it; a name that is also a common word or a personal name needs a place noun
        // or a container after it (a country or a place abroad, a preposition of place: في العراق);
        // a small village needs at least a preposition of place or a list.
        let headNoun = head?.isPlaceNoun == true
        places = places.filter { cand in
            let p = gazetteer.places[cand.place]
            if cand.origin == .derived && !headNoun { return false }
            // A village named with an everyday word needs its place noun: a container after the
            // word (أبناء العشائر في ريف دير الزور) does not make the word a village.
            if ambiguousPlaces.contains(cand.place) && Self.isMinor(p) && !headNoun { return false }
            // Nor does the noun of a facility of another kind: the word describes the facility
            // (المطار العسكري, the military airport, is no Hasakah quarter named العسكري).
            if ambiguousPlaces.contains(cand.place) && Self.isMinor(p), let h = head, h.isFacility, !h.accepts(p.kind) { return false }
            if ambiguousPlaces.contains(cand.place) && context < .strong {
                // Abroad: any locative (في العراق). A town or a city: a preposition that puts
                // something in or at it (في المنصورة), not من or على. A village: only strong context.
                guard context == .weak else { return false }
                if p.kind == .country || !p.inArea { return true }
                return !Self.isMinor(p) && (m.procliticLength > 0 && tokens.firstLetter(m.startToken) == 0x0628
                    || prev.map { lexicon.isInLocative(tokens, $0) } == true)
            }
            // A village the text has already placed (بلدة الشحيل ... تطوق الشحيل) needs no word again.
            if context == .none && Self.isMinor(p) { return named.contains(cand.place) && !ambiguousPlaces.contains(cand.place) }
            // A river written without نهر and with no word of place before it is an outlet named
            // after it (شبكة "الخابور"، مراسل "الخابور"، the line "الخابور - ..." above a report).
            if context == .none && p.kind == .river { return false }
            return true
        }
        if places.isEmpty { return nil }
        let ambiguous = places.contains { ambiguousPlaces.contains($0.place) }
        var candidate = Candidate(match: m, places: places, head: head, ambiguous: ambiguous, qualifier: qualifier)
        candidate.street = head == .neighbourhood && m.procliticLength == 0 && prev.map { lexicon.isStreet(tokens, $0) } == true
        return (candidate, context)
    }

    /// Tokens `a` and `b` stand next to each other with one space or none between: no punctuation.
    static func adjacent(_ a: Int, _ b: Int, _ tokens: TokenizedText) -> Bool {
        tokens.tokens[b].start - tokens.tokens[a].end <= 1
    }

    /// Villages and hamlets, and places with no coordinate of their own: names readers rarely
    /// meet without a word saying they are places.
    static func isMinor(_ p: Place) -> Bool {
        switch p.kind {
        case .village, .hamlet: return (p.population ?? 0) < 20_000
        case .neighbourhood, .landmark: return true
        default: return !p.hasOwnCoordinate
        }
    }

    /// The name continues a list after the name before it: joined by و, or after a comma
    /// (the gap holds more than the single space that separates words of one phrase).
    func listSeparated(_ m: NameIndex.Match, tokens: TokenizedText) -> Bool {
        if m.procliticLength > 0 {
            return tokens.firstLetter(m.startToken) == FoldedLetter.waw
        }
        return Self.isListGap(before: m.startToken, tokens)
    }

    /// The gap before token `i` holds a comma or a dash with its spaces, not just the single space
    /// between words of one phrase.
    static func isListGap(before i: Int, _ tokens: TokenizedText) -> Bool {
        let gap = tokens.tokens[i].start - tokens.tokens[i - 1].end
        return gap >= 2 && gap <= 3
    }

    /// Tokens `a..<b` are one to three items of the list the names around them belong to, names the
    /// gazetteer lacks (قرى الصلالية - الجولان - الرقي - رد شقرا، بلدات الدحلة وبكارة وطابية جزيرة):
    /// each item one or two words, set off by a comma or a dash or joined by و, none a function word.
    /// With `opening`, token `a` follows the list's place noun and starts its first item.
    static func listItemsBetween(_ a: Int, _ b: Int, tokens: TokenizedText, opening: Bool = false) -> Bool {
        guard a > 0, b > a, b - a <= 4 else { return false }
        let lexicon = PlaceContextLexicon.shared
        var items = 0, wordsInItem = 0
        for i in a..<b {
            if tokens.isNumber(i) || lexicon.isStopword(key: tokens.key(i)) || lexicon.isLocative(tokens, i) { return false }
            let adjacent = Self.adjacent(i - 1, i, tokens)
            if opening && i == a || Self.isListGap(before: i, tokens) || adjacent && tokens.firstLetter(i) == FoldedLetter.waw {
                items += 1
                wordsInItem = 1
            } else {
                guard i > a, adjacent else { return false }
                wordsInItem += 1
            }
            if items > 3 || wordsInItem > 2 { return false }
        }
        return true
    }

    /// The head of the list token `b` continues: a plural or dual place noun (قرى، بلدتي) one to
    /// four tokens before it, the words between items the gazetteer lacks.
    static func listHead(before b: Int, tokens: TokenizedText) -> PlaceContextLexicon.Head? {
        for h in stride(from: b - 2, through: max(0, b - 5), by: -1) where Self.listHeadKeys.contains(tokens.key(h)) {
            guard listItemsBetween(h + 1, b, tokens: tokens, opening: true) else { return nil }
            return PlaceContextLexicon.shared.head(ofToken: h, in: tokens)
        }
        return nil
    }

    static let listHeadKeys = KeyTable(keys: ["قرى", "قريتي", "قريتا", "بلدات", "بلدتي", "بلدتا", "مدينتي", "مزارع", "تجمعات"]
        .map(NameKey.wordKey))

    /// A locative before the name: a preposition of place, a direction, or ب attached to it.
    func locativeContext(_ m: NameIndex.Match, tokens: TokenizedText) -> Bool {
        if m.procliticLength > 0 {
            let t = tokens.tokens[m.startToken]
            let first = tokens.letters[t.letterStart..<(t.letterStart + m.procliticLength)]
            if first.contains(0x0628) { return true }  // بـ: in
            if first.contains(0x0644) { return false }  // لـ: loyal to, belonging to
        }
        guard m.startToken > 0 else { return false }
        let prev = m.startToken - 1
        // الحدود مع تركيا
        if tokens.key(prev) == PlaceContextLexicon.withKey, prev > 0, PlaceContextLexicon.borderKeys.contains(tokens.key(prev - 1)) {
            return true
        }
        if let h = lexicon.head(ofToken: prev, in: tokens), h == .direction || h == .area { return true }
        guard lexicon.isLocative(tokens, prev) else { return false }
        if PlaceContextLexicon.fromKeys.contains(tokens.key(prev)), prev > 0, lexicon.isBacker(tokens, prev - 1) { return false }
        return true
    }

    /// The token where a container of this name starts, when one follows within a few linking
    /// words (الواقعة في، التابعة لـ، القريبة من بلدة، 10 كم شمال).
    func qualifierStart(after m: NameIndex.Match, tokens: TokenizedText) -> Int? {
        var j = m.endToken
        var skipped = 0
        while j < tokens.tokens.count && skipped <= 4 {
            if containerMatch(at: j, tokens: tokens) { return j }
            let isHead = lexicon.head(ofToken: j, in: tokens).map { $0 != .direction } ?? false
            guard lexicon.isLinker(tokens, j) || tokens.isNumber(j) || isHead else { return nil }
            j += 1
            skipped += 1
        }
        return nil
    }

    /// Token `j` starts a region, an admin unit or a town: something that can contain a place.
    private func containerMatch(at j: Int, tokens: TokenizedText) -> Bool {
        let m = tokens.letters.withUnsafeBufferPointer { gazetteer.index.longestMatch(at: j, tokens: tokens.tokens, letters: $0) }
        guard let m else { return false }
        // A name joined by و is the next item of a list (بين البوكمال وتدمر), not where the first lies.
        if m.procliticLength > 0, tokens.firstLetter(j) == FoldedLetter.waw { return false }
        return m.entries.contains { e in
            let entry = gazetteer.index.entries[e]
            let kind = gazetteer.places[entry.place].kind
            return entry.origin != .derived && !entry.ambiguous
                && (kind.isArea || kind == .subdistrict || kind == .city || kind == .town)
        }
    }
}
