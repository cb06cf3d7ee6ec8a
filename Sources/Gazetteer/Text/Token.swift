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

    /// The folded word of a token as a string, encoded straight from its letters.
    public func word(_ token: Token) -> String {
        letters.withUnsafeBufferPointer { all in
            let word = all[token.letterStart..<(token.letterStart + token.letterCount)]
            return String(unsafeUninitializedCapacity: token.letterCount * 3) { out in
                var n = 0
                for v in word {
                    if v < 0x80 {
                        out[n] = UInt8(v); n += 1
                    } else if v < 0x800 {
                        out[n] = UInt8(0xC0 | (v >> 6)); out[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                    } else {
                        out[n] = UInt8(0xE0 | (v >> 12)); out[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                        out[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                    }
                }
                return n
            }
        }
    }

    /// The folded word of every token. Each distinct word is made into a string once; later tokens
    /// with the same letters share that string (a report repeats many of its words).
    public func allWords() -> [String] {
        var result: [String] = []
        result.reserveCapacity(tokens.count)
        var firstToken = KeyTable(capacity: tokens.count)
        letters.withUnsafeBufferPointer { all in
            tokens.withUnsafeBufferPointer { tokens in
                for (i, t) in tokens.enumerated() {
                    let k = wordKeys[i]
                    if let j = firstToken[k] {
                        let u = tokens[Int(j)]
                        if u.letterCount == t.letterCount
                            && all[u.letterStart..<(u.letterStart + u.letterCount)].elementsEqual(all[t.letterStart..<(t.letterStart + t.letterCount)])
                        {
                            result.append(result[Int(j)])
                            continue
                        }
                    } else {
                        firstToken.insert(k, Int32(i))
                    }
                    result.append(word(t))
                }
            }
        }
        return result
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> TokenizedText {
        var result = TokenizedText()
        result.letters.reserveCapacity(bytes.count / 2)
        result.tokens.reserveCapacity(bytes.count / 10)
        result.wordKeys.reserveCapacity(bytes.count / 10)
        var i = 0
        var scalarIndex = 0
        var tokenStart = -1
        var tokenEnd = 0
        var byteStart = 0
        var byteEnd = 0
        var letterStart = 0
        let n = bytes.count
        // The fold table, fetched once: a static's lazy initialisation check per scalar is measurable.
        let table = ArabicNormalizer.table
        while i < n {
            let scalarByte = i
            let (v, length) = UTF8Scalar.decode(bytes, at: i)
            i += length
            let fold: ArabicNormalizer.Fold
            if v < 0x700 {
                let f = table[Int(v)]
                fold = f >= 0 ? .letter(UInt32(f)) : (f == -1 ? .ignorable : .separator)
            } else {
                fold = ArabicNormalizer.fold(v)
            }
            switch fold {
            case .letter(let l):
                if tokenStart < 0 {
                    tokenStart = scalarIndex
                    byteStart = scalarByte
                    letterStart = result.letters.count
                }
                result.letters.append(l)
                tokenEnd = scalarIndex + 1
                byteEnd = i
            case .ignorable:
                if tokenStart >= 0 {
                    tokenEnd = scalarIndex + 1
                    byteEnd = i
                }
            case .separator:
                if tokenStart >= 0 {
                    result.appendToken(start: tokenStart, end: tokenEnd, utf8: byteStart..<byteEnd, letterStart: letterStart)
                    tokenStart = -1
                }
            }
            scalarIndex += 1
        }
        if tokenStart >= 0 {
            result.appendToken(start: tokenStart, end: tokenEnd, utf8: byteStart..<byteEnd, letterStart: letterStart)
        }
        result.scalarCount = scalarIndex
        return result
    }

    private mutating func appendToken(start: Int, end: Int, utf8: Range<Int>, letterStart: Int) {
        let count = letters.count - letterStart
        let (key, wordKey) = letters.withUnsafeBufferPointer { buf in
            let word = UnsafeBufferPointer(rebasing: buf[letterStart..<(letterStart + count)])
            return (NameKey.keyHash(word), NameKey.hash(word))
        }
        wordKeys.append(wordKey)
        tokens.append(Token(start: start, end: end, utf8Start: utf8.lowerBound, utf8End: utf8.upperBound,
                            letterStart: letterStart, letterCount: count, keyHash: key))
    }
}

/// The folded words of a tokenised text, made into strings only when asked for: recognition looks
/// at a few words around each name, not at every word of the text.
public struct Words: RandomAccessCollection, Sendable {
    public let text: TokenizedText

    public init(_ text: TokenizedText) { self.text = text }

    public var startIndex: Int { 0 }
    public var endIndex: Int { text.tokens.count }

    public subscript(i: Int) -> String { text.word(text.tokens[i]) }
}
