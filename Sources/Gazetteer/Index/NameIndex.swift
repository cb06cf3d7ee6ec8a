/// Finds every gazetteer name in a tokenised text in one left-to-right pass.
///
/// Names are stored as a trie over word keys (`NameKey`): a name of several words is a path of
/// several edges. At each word the scanner tries the word as written and with its proclitics
/// removed (و ف ب ل ك, their pairs, and لل for ل + the article), follows the trie as far as the
/// next words allow, and keeps the longest name. Lookups are hash probes; the cost per word does
/// not grow with the size of the gazetteer.
public struct NameIndex: Sendable {
    /// How an Arabic name of a place was obtained.
    public enum Origin: Int, Sendable, Comparable {
        /// The primary name, from a public source.
        case primary = 0
        /// Another name that sources give.
        case variant = 1
        /// A spelling derived from the romanised name: trusted only in place context.
        case derived = 2

        public static func < (a: Origin, b: Origin) -> Bool { a.rawValue < b.rawValue }
    }

    /// One name of one place as it stands in the index.
    public struct Entry: Sendable, Equatable {
        public var place: Int
        public var name: String
        public var origin: Origin
        /// The name is also an ordinary word or a personal name.
        public var ambiguous: Bool
        public var wordCount: Int
        /// The name, folded, begins with the article ال.
        public var startsWithArticle: Bool
    }

    /// A name found in a text: tokens `startToken..<endToken`, and every entry with that name.
    public struct Match: Sendable, Equatable {
        public var startToken: Int
        public var endToken: Int
        public var entries: [Int]
        /// Letters of proclitics in front of the name in its first word (0 when none).
        public var procliticLength: Int
    }

    public private(set) var entries: [Entry] = []
    private var edges = KeyTable()
    /// The entries ending at each node (node ids are dense: 0 is the root).
    private var terminals: [[Int]] = [[]]
    private var nodeCount: Int32 = 1
    /// The keys of names' first words (the root's edges), and a filter of them that turns most
    /// words of a text away before they probe `edges`.
    private var firstKeys: [UInt64] = []
    private var firstWords = KeyFilter(capacity: 256)

    public init() {}

    /// An index with room for about `names` names of one or two words, so that building it
    /// does not grow its tables again and again.
    package init(capacity names: Int) {
        entries.reserveCapacity(names)
        edges = KeyTable(capacity: 2 * names)
        terminals.reserveCapacity(2 * names)
        firstWords = KeyFilter(capacity: names)
    }

    /// Adds one name of a place.
    public mutating func add(name: String, place: Int, origin: Origin, ambiguous: Bool) {
        FoldedWords.with(name) { words in add(name: name, words: words, place: place, origin: origin, ambiguous: ambiguous) }
    }

    /// Adds one name of a place, ambiguous when its `nameKey` is one of `ambiguousKeys`.
    package mutating func add(name: String, place: Int, origin: Origin, ambiguousKeys: [UInt64]) {
        FoldedWords.with(name) { words in
            let ambiguous = !ambiguousKeys.isEmpty && ambiguousKeys.contains(words.nameKey)
            add(name: name, words: words, place: place, origin: origin, ambiguous: ambiguous)
        }
    }

    private mutating func add(name: String, words: FoldedWords, place: Int, origin: Origin, ambiguous: Bool) {
        guard !words.isEmpty else { return }
        let entry = entries.count
        let first = words.word(0)
        let article = first.count >= 2 && first[0] == NameKey.alef && first[1] == NameKey.lam
        entries.append(Entry(place: place, name: name, origin: origin, ambiguous: ambiguous, wordCount: words.count,
                             startsWithArticle: article))
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words.count) { keys in
            for i in 0..<words.count { keys[i] = NameKey.keyHash(words.word(i)) }
            insert(words.count, entry: entry) { keys[$0] }
            // Writers often join the article to the word before it: دير الزور → ديرالزور.
            guard words.count >= 2 else { return }
            for i in 1..<words.count {
                let word = words.word(i)
                guard word.count >= 4 && word[0] == NameKey.alef && word[1] == NameKey.lam else { continue }
                let joined = NameKey.keyHash(words.words(i - 1, i + 1))
                insert(words.count - 1, entry: entry) { k in k < i - 1 ? keys[k] : (k == i - 1 ? joined : keys[k + 1]) }
            }
        }
    }

    /// A key of a whole name (all its folded words), to compare names without building strings.
    public static func nameKey(_ name: String) -> UInt64 {
        FoldedWords.with(name) { $0.nameKey }
    }

    /// Adds the path of `keyCount` word keys, `key(0) ..< key(keyCount)`, ending at `entry`.
    ///
    /// An edge's value is the node it leads to, shifted left, with the low bit set when names end
    /// at that node: the scanner learns both from one probe.
    private mutating func insert(_ keyCount: Int, entry: Int, key: (Int) -> UInt64) {
        var node: Int32 = 0
        var lastEdge: UInt64 = 0
        for k in 0..<keyCount {
            let edge = Self.edgeKey(node, key(k))
            lastEdge = edge
            if let next = edges[edge] {
                node = next >> 1
            } else {
                if k == 0 { addFirstKey(edge) }
                edges.insert(edge, nodeCount << 1)
                node = nodeCount
                nodeCount += 1
                terminals.append([])
            }
        }
        if !terminals[Int(node)].contains(entry) { terminals[Int(node)].append(entry) }
        edges.insert(lastEdge, node << 1 | 1)
    }

    /// Records a new first word, and makes the filter bigger when it holds more keys than it was
    /// made for (an index built name by name, without a capacity).
    private mutating func addFirstKey(_ key: UInt64) {
        firstKeys.append(key)
        if firstKeys.count > firstWords.capacity {
            firstWords = KeyFilter(capacity: 2 * firstKeys.count)
            for k in firstKeys { firstWords.insert(k) }
        } else {
            firstWords.insert(key)
        }
    }

    @inline(__always)
    private static func edgeKey(_ node: Int32, _ key: UInt64) -> UInt64 {
        (key ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15)) &+ UInt64(UInt32(bitPattern: node))
    }

    /// Every name in the text, leftmost-longest and not overlapping.
    public func matches(in text: TokenizedText) -> [Match] {
        var result: [Match] = []
        text.tokens.withUnsafeBufferPointer { tokens in
            text.letters.withUnsafeBufferPointer { letters in
                var i = 0
                while i < tokens.count {
                    if let m = longestMatch(at: i, tokens: tokens, letters: letters) {
                        result.append(m)
                        i = m.endToken
                    } else {
                        i += 1
                    }
                }
            }
        }
        return result
    }

    /// The longest name starting at token `i`, if any.
    public func longestMatch(at i: Int, tokens: [Token], letters: UnsafeBufferPointer<UInt32>) -> Match? {
        tokens.withUnsafeBufferPointer { longestMatch(at: i, tokens: $0, letters: letters) }
    }

    /// The longest name starting at token `i` and ending by token `end` (exclusive), if any.
    public func longestMatch(at i: Int, before end: Int, tokens: [Token], letters: UnsafeBufferPointer<UInt32>) -> Match? {
        tokens.withUnsafeBufferPointer { longestMatch(at: i, tokens: UnsafeBufferPointer(rebasing: $0[..<min(end, $0.count)]), letters: letters) }
    }

    @inline(__always)
    private func longestMatch(at i: Int, tokens: UnsafeBufferPointer<Token>, letters: UnsafeBufferPointer<UInt32>) -> Match? {
        var bestEnd = -1
        var bestNode: Int32 = 0
        var bestClitic = 0
        @inline(__always)
        func follow(firstKey: UInt64, clitic: Int) {
            guard firstWords.mayContain(firstKey), var value = edges[Self.edgeKey(0, firstKey)] else { return }
            var j = i + 1
            while true {
                if value & 1 != 0 && bestEnd < j {
                    bestEnd = j
                    bestNode = value >> 1
                    bestClitic = clitic
                }
                guard j < tokens.count, let next = edges[Self.edgeKey(value >> 1, tokens[j].keyHash)] else { return }
                value = next
                j += 1
            }
        }
        let t = tokens[i]
        follow(firstKey: t.keyHash, clitic: 0)
        if t.letterCount >= 3 {
            let word = UnsafeBufferPointer(rebasing: letters[t.letterStart..<(t.letterStart + t.letterCount)])
            // Proclitics, the pairs before the single letters: a word has one first letter, so at most one pair
            // (و or ف, then ب ل or ك) and one single letter can match.
            @inline(__always)
            func tryRest(_ count: Int) {
                let rest = UnsafeBufferPointer(rebasing: word[count...])
                follow(firstKey: NameKey.keyHash(rest), clitic: count)
                // ل before the article drops its alef: للشعفة = ل + الشعفة.
                if word[count - 1] == NameKey.lam, rest.count >= 3, rest[0] == NameKey.lam {
                    follow(firstKey: NameKey.hash(UnsafeBufferPointer(rebasing: rest[1...])), clitic: count + 1)
                }
            }
            let first = word[0]
            if first == 0x0648 || first == 0x0641, word.count >= 4 {  // و ف
                let second = word[1]
                if second == 0x0628 || second == NameKey.lam || second == 0x0643 { tryRest(2) }  // ب ل ك
            }
            if first == 0x0648 || first == 0x0641 || first == 0x0628 || first == NameKey.lam || first == 0x0643 { tryRest(1) }
        }
        guard bestEnd >= 0 else { return nil }
        return Match(startToken: i, endToken: bestEnd, entries: terminals[Int(bestNode)], procliticLength: bestClitic)
    }
}
