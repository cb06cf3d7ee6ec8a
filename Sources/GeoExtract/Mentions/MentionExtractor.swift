import Gazetteer

/// Finds the place mentions of a document and resolves each to one gazetteer place.
public struct MentionExtractor: Sendable {
    public let gazetteer: Gazetteer
    let lexicon = PlaceContextLexicon.shared

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
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
        let words = Words(tokens)
        let matches = gazetteer.index.matches(in: tokens)
        var candidates: [Candidate] = []
        var previous: (Candidate, Context)?
        for m in matches {
            if let accepted = accept(m, words: words, tokens: tokens, previous: previous) {
                candidates.append(accepted.0)
                previous = accepted
            }
        }
        let resolved = resolve(candidates, words: words)
        let mentions = resolved.map { r -> PlaceMention in
            let first = tokens.tokens[r.match.startToken], last = tokens.tokens[r.match.endToken - 1]
            return PlaceMention(
                start: first.start, end: last.end, startToken: r.match.startToken, endToken: r.match.endToken,
                text: document.slice(utf8: first.utf8Start..<last.utf8End), place: gazetteer.places[r.place],
                evidence: r.evidence, confidence: r.confidence, head: r.head)
        }
        return Analysis(document: document, tokens: tokens, mentions: mentions)
    }

    // MARK: recognition

    struct Candidate {
        var match: NameIndex.Match
        /// Candidate places, each with the best origin of the names that matched it.
        var places: [(place: Int, origin: NameIndex.Origin)]
        var head: PlaceContextLexicon.Head?
        var ambiguous: Bool
        /// Token where a container named after this name starts (بريف الرقة), if any.
        var qualifier: Int?
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
    func accept(_ m: NameIndex.Match, words: Words, tokens: TokenizedText, previous: (Candidate, Context)?) -> (Candidate, Context)? {
        let entries = m.entries.map { gazetteer.index.entries[$0] }
        var best: [Int: NameIndex.Origin] = [:]
        var ambiguousPlaces = Set<Int>()
        for e in entries {
            best[e.place] = min(best[e.place] ?? .derived, e.origin)
            if e.ambiguous { ambiguousPlaces.insert(e.place) }
        }
        var places = best.map { (place: $0.key, origin: $0.value) }.sorted { $0.place < $1.place }
        let prev = m.startToken > 0 ? words[m.startToken - 1] : nil
        let prev2 = m.startToken > 1 ? words[m.startToken - 2] : nil
        let next = m.endToken < words.count ? words[m.endToken] : nil
        let before = [prev2, prev].compactMap { $0 }
        var head = m.procliticLength == 0 ? lexicon.head(before: before) : nil
        let kinds = places.map { gazetteer.places[$0.place].kind }

        // A function word or a word of the place vocabulary is no name, even if a row says so.
        if m.endToken - m.startToken == 1 {
            let bare = String(words[m.startToken].unicodeScalars.dropFirst(m.procliticLength))
            if lexicon.isStopword(bare) || lexicon.isStopword(words[m.startToken]) { return nil }
        }
        // Part of an organisation, an outlet or a person's name (also after لـ: الإدارة الذاتية لشمال سوريا).
        let firstLetterIsLam = m.procliticLength > 0 && words[m.startToken].unicodeScalars.first?.value == 0x0644
        if m.procliticLength == 0 || firstLetterIsLam, let prev, lexicon.isNonPlaceHead(prev) || lexicon.isGivenName(prev) {
            return nil
        }
        // A country name with the article is its adjective: القوات السورية is not Syria.
        if places.allSatisfy({ gazetteer.places[$0.place].kind == .country }) {
            let stem = words[m.startToken].unicodeScalars.dropFirst(m.procliticLength)
            let named = entries.contains { ArabicNormalizer.normalize($0.name).hasPrefix("ال") }
            if !named && String(String.UnicodeScalarView(stem)).hasPrefix("ال") { return nil }
        }
        if let next, lexicon.isNonPlaceTail(next), head == nil || head == .direction,
            kinds.allSatisfy({ !$0.isFacility && $0 != .region })
        {
            return nil
        }
        // A name that begins with its own place noun (حي الجورة، مخيم الباغوز) says what it is.
        if head == nil, m.endToken - m.startToken >= 2 {
            let first = String(words[m.startToken].unicodeScalars.dropFirst(m.procliticLength))
            if let h = lexicon.head(before: [first]), h != .direction { head = h }
        }
        let qualifier = qualifierStart(after: m, words: words, tokens: tokens)
        var context: Context = .none
        if (head != nil && head != .direction && head != .area) || qualifier != nil {
            context = .strong
        } else if head != nil || locativeContext(m, words: words) {
            context = .weak
        }
        // A list continues its first member's context: بلدتي الشعفة والسوسة، قرى أ، ب، ج.
        if let (pc, pctx) = previous, pc.match.endToken == m.startToken, pctx > .none,
            listSeparated(m, tokens: tokens, words: words)
        {
            // Joined by و alone (بلدتي الشعفة والسوسة) the list shares its head; after a comma and
            // و a new clause may begin (، وتبنى التنظيم), so only a weak context carries over.
            let joinedByWaw = m.procliticLength > 0 && tokens.tokens[m.startToken].start - tokens.tokens[m.startToken - 1].end <= 1
            let carried: Context = joinedByWaw || m.procliticLength == 0 ? pctx : min(pctx, .weak)
            if context < carried { context = carried }
            if head == nil && carried == .strong { head = pc.head }
        }
        // Each reading must be earned by the context: a derived spelling (a guess) needs a place
        // noun before it; a name that is also a common word or a personal name needs a place noun
        // or a container after it (a country or a place abroad, a preposition of place: في العراق);
        // a small village needs at least a preposition of place or a list.
        let headNoun = head != nil && head != .direction && head != .area
        places = places.filter { cand in
            let p = gazetteer.places[cand.place]
            if cand.origin == .derived && !headNoun { return false }
            if ambiguousPlaces.contains(cand.place) && context < .strong {
                // Abroad: any locative (في العراق). A town or a city: a preposition that puts
                // something in or at it (في المنصورة), not من or على. A village: only strong context.
                guard context == .weak else { return false }
                if p.kind == .country || !p.inArea { return true }
                return !Self.isMinor(p) && (m.procliticLength > 0 && words[m.startToken].hasPrefix("ب")
                    || prev.map(lexicon.isInLocative) == true)
            }
            if context == .none && Self.isMinor(p) { return false }
            return true
        }
        if places.isEmpty { return nil }
        let ambiguous = places.contains { ambiguousPlaces.contains($0.place) }
        let candidate = Candidate(match: m, places: places, head: head, ambiguous: ambiguous, qualifier: qualifier)
        return (candidate, context)
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
    func listSeparated(_ m: NameIndex.Match, tokens: TokenizedText, words: Words) -> Bool {
        if m.procliticLength > 0 {
            let first = words[m.startToken].unicodeScalars.first!.value
            return first == 0x0648  // و
        }
        let gap = tokens.tokens[m.startToken].start - tokens.tokens[m.startToken - 1].end
        return gap >= 2 && gap <= 3
    }

    /// A locative before the name: a preposition of place, a direction, or ب attached to it.
    func locativeContext(_ m: NameIndex.Match, words: Words) -> Bool {
        let word = words[m.startToken]
        if m.procliticLength > 0 {
            let first = word.unicodeScalars.prefix(m.procliticLength).map(\.value)
            if first.contains(0x0628) { return true }  // بـ: in
            if first.contains(0x0644) { return false }  // لـ: loyal to, belonging to
        }
        guard m.startToken > 0 else { return false }
        let prev = words[m.startToken - 1]
        // الحدود مع تركيا
        if prev == "مع", m.startToken > 1, ["الحدود", "حدود", "الحدوديه", "حدوده"].contains(words[m.startToken - 2]) { return true }
        if let h = lexicon.head(before: [prev]), h == .direction || h == .area { return true }
        guard lexicon.isLocative(prev) else { return false }
        if prev == "من" || prev == "لدى", m.startToken > 1, lexicon.isBacker(words[m.startToken - 2]) { return false }
        return true
    }

    /// Words that link a name to a container after it: الواقعة في، التابعة لـ، القريبة من، بريف.
    static let linkers: Set<String> = Set(
        ["الواقعة", "الواقع", "التابعة", "التابع", "القريبة", "القريب", "في", "من", "قرب", "بالقرب", "ضمن", "غرب",
         "شرق", "شمال", "جنوب", "غربي", "شرقي", "شمالي", "جنوبي", "بريف", "ريف", "كم", "كلم", "كيلومتر", "كيلومترات",
         "حوالي", "نحو", "على", "بعد", "مسافة"].map(ArabicNormalizer.normalize))

    /// The token where a container of this name starts, when one follows within a few linking words.
    func qualifierStart(after m: NameIndex.Match, words: Words, tokens: TokenizedText) -> Int? {
        var j = m.endToken
        var skipped = 0
        while j < words.count && skipped <= 4 {
            if containerMatch(at: j, tokens: tokens) { return j }
            let w = words[j]
            let isNumber = w.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
            let isHead = lexicon.head(before: [w]).map { $0 != .direction } ?? false
            guard Self.linkers.contains(w) || isNumber || isHead || PlaceContextLexicon.cliticForms(w).contains(where: Self.linkers.contains)
            else { return nil }
            j += 1
            skipped += 1
        }
        return nil
    }

    /// Token `j` starts a region, an admin unit or a town: something that can contain a place.
    private func containerMatch(at j: Int, tokens: TokenizedText) -> Bool {
        let m = tokens.letters.withUnsafeBufferPointer { gazetteer.index.longestMatch(at: j, tokens: tokens.tokens, letters: $0) }
        guard let m else { return false }
        return m.entries.contains { e in
            let entry = gazetteer.index.entries[e]
            let kind = gazetteer.places[entry.place].kind
            return entry.origin != .derived && !entry.ambiguous
                && (kind.isArea || kind == .subdistrict || kind == .city || kind == .town)
        }
    }
}
