/// A word of a text: its span in the text and its folded letters.
public struct Token: Sendable, Equatable {
    /// Offset of the first scalar of the word, in Unicode scalars from the start of the text.
    public var start: Int
    /// Offset just past the last scalar of the word (exclusive).
    public var end: Int
    /// The same span in UTF-8 bytes of the text.
    public var utf8Start: Int
    public var utf8End: Int
    /// Where the folded letters start in the owning `TokenizedText.letters`.
    public var letterStart: Int
    /// How many folded letters the word has.
    public var letterCount: Int
    /// Hash of the lookup key: the folded word with a leading article removed.
    public var keyHash: UInt64
}

/// A text cut into words, with the folded letters of every word.
public struct TokenizedText: Sendable {
    public private(set) var tokens: [Token] = []
    public private(set) var letters: [UInt32] = []
    /// The key of each token's word as written (`NameKey.hash` of all its folded letters), computed
    /// once here: lexicons, clause splitting and the event rules look words up by it again and again.
    public private(set) var wordKeys: [UInt64] = []
    /// Number of Unicode scalars in the text.
    public private(set) var scalarCount = 0

    public init(_ text: String) {
        var utf8 = text.utf8
        if let tokens = utf8.withContiguousStorageIfAvailable({ Self.scan($0) }) {
            self = tokens
        } else {
            var copy = text
            copy.makeContiguousUTF8()
            utf8 = copy.utf8
            self = utf8.withContiguousStorageIfAvailable { Self.scan($0) } ?? TokenizedText()
        }
    }

    private init() {}

    /// The folded letters of a token.
    public func letters(of token: Token) -> ArraySlice<UInt32> {
        letters[token.letterStart..<(token.letterStart + token.letterCount)]
    }

    /// One pass over the bytes: decodes each scalar, folds it through the normaliser's table, and
    /// cuts words; the two keys of a word are hashed as its letters come, not read again after.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> TokenizedText {
        let n = bytes.count
        guard n > 0, let p = bytes.baseAddress else { return TokenizedText() }
        // Room for the letters of most texts at once (Arabic letters take two bytes); the word
        // loop makes more when a text needs it.
        var letterCapacity = n / 2 + 16
        var letters = UnsafeMutablePointer<UInt32>.allocate(capacity: letterCapacity)
        defer { letters.deallocate() }
        var letterCount = 0
        var tokens: [Token] = []
        var wordKeys: [UInt64] = []
        tokens.reserveCapacity(n / 10 + 4)
        wordKeys.reserveCapacity(n / 10 + 4)
        let limit = p + n
        var q = p
        // Scalars before `q`: bytes before it less the continuation bytes among them.
        var continuation = 0
        let table = ArabicNormalizer.tableStart
        while q < limit {
            let wordStart = q
            let f = Self.fold(&q, &continuation, table)
            guard f >= 0 else { continue }  // separators, and ignorables outside a word
            // A word: its letters, and the ignorables among and after them, up to a separator.
            let startScalar = p.distance(to: wordStart) &- (continuation &- (q - wordStart &- 1))
            let word = Self.word(first: f, from: &q, limit: limit, continuation: &continuation, table: table,
                                 letters: &letters, capacity: &letterCapacity, count: letterCount)
            let letterStart = letterCount
            letterCount = letters.distance(to: word.end)
            let endScalar = p.distance(to: word.byteEnd) &- word.continuation
            appendToken(&tokens, &wordKeys, letters: letters, start: startScalar, end: endScalar,
                        utf8: p.distance(to: wordStart)..<p.distance(to: word.byteEnd),
                        letterStart: letterStart, count: letterCount &- letterStart, hash: word.hash)
        }
        var result = TokenizedText()
        result.letters = Array(unsafeUninitializedCapacity: letterCount) { out, initialized in
            out.baseAddress?.initialize(from: letters, count: letterCount)
            initialized = letterCount
        }
        result.tokens = tokens
        result.wordKeys = wordKeys
        result.scalarCount = n &- continuation
        return result
    }

    /// The rest of a word whose first letter `first` was just read: stores its letters after the
    /// `count` already in `letters` (moving them to more room when they fill it), and stops after
    /// the separator that ends it (or at the end of the text).
    @inline(__always)
    private static func word(
        first: Int32, from q: inout UnsafePointer<UInt8>, limit: UnsafePointer<UInt8>, continuation: inout Int,
        table: UnsafePointer<Int32>, letters: inout UnsafeMutablePointer<UInt32>, capacity: inout Int, count: Int
    ) -> (end: UnsafeMutablePointer<UInt32>, hash: UInt64, byteEnd: UnsafePointer<UInt8>, continuation: Int) {
        var out = letters + count
        var full = letters + capacity
        var f = first
        var hash = NameKey.basis
        while true {
            if f >= 0 {
                if out == full {
                    let bigger = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity * 2)
                    let stored = letters.distance(to: out)
                    bigger.initialize(from: letters, count: stored)
                    letters.deallocate()
                    letters = bigger
                    capacity *= 2
                    out = bigger + stored
                    full = bigger + capacity
                }
                out.pointee = UInt32(truncatingIfNeeded: f)
                out += 1
                hash = NameKey.mix(hash, UInt32(truncatingIfNeeded: f))
            }
            if q >= limit { return (out, hash, q, continuation) }
            let before = q, continuationBefore = continuation
            f = fold(&q, &continuation, table)
            if f == -2 { return (out, hash, before, continuationBefore) }
        }
    }

    /// The scalar at `q` of valid UTF-8, folded: a letter (>= 0), ignorable (-1) or a separator
    /// (-2); moves `q` past it and counts its continuation bytes.
    @inline(__always)
    private static func fold(_ q: inout UnsafePointer<UInt8>, _ continuation: inout Int, _ table: UnsafePointer<Int32>) -> Int32 {
        let b0 = UInt32(q[0])
        let v: UInt32
        if b0 & 0xE0 == 0xC0 {  // two bytes: the Arabic block
            v = (b0 & 0x1F) << 6 | (UInt32(q[1]) & 0x3F)
            q += 2
            continuation &+= 1
        } else if b0 < 0x80 {
            v = b0
            q += 1
        } else if b0 < 0xF0 {
            v = (b0 & 0x0F) << 12 | (UInt32(q[1]) & 0x3F) << 6 | (UInt32(q[2]) & 0x3F)
            q += 3
            continuation &+= 2
        } else {
            v = (b0 & 0x07) << 18 | (UInt32(q[1]) & 0x3F) << 12 | (UInt32(q[2]) & 0x3F) << 6 | (UInt32(q[3]) & 0x3F)
            q += 4
            continuation &+= 3
        }
        return v < 0x700 ? table[Int(v)] : ArabicNormalizer.tableCode(ArabicNormalizer.slowFold(v))
    }

    /// Ends a word: its key as written is `hash`; its lookup key drops a leading article.
    @inline(__always)
    private static func appendToken(
        _ tokens: inout [Token], _ wordKeys: inout [UInt64], letters: UnsafeMutablePointer<UInt32>,
        start: Int, end: Int, utf8: Range<Int>, letterStart: Int, count: Int, hash: UInt64
    ) {
        let word = UnsafeBufferPointer(start: letters + letterStart, count: count)
        let key = NameKey.articleLength(word) == 0 ? hash : NameKey.hash(UnsafeBufferPointer(rebasing: word[2...]))
        wordKeys.append(hash)
        tokens.append(Token(start: start, end: end, utf8Start: utf8.lowerBound, utf8End: utf8.upperBound,
                            letterStart: letterStart, letterCount: count, keyHash: key))
    }
}
