/// Hash keys of a token's forms, for lexicon look-ups without building strings: the word as
/// written, and the word without its proclitics (و ف، then ب ل ك), its article, or the ل of لل.
/// The keys are `NameKey.hash` of the folded letters, as lexicons compute them for their words.
public struct WordForms: Sendable {
    public private(set) var keys: [UInt64] = []

    public init(_ letters: UnsafeBufferPointer<UInt32>) {
        var starts: [Int] = [0]
        var s = 0
        if letters.count - s >= 3, letters[s] == 0x0648 || letters[s] == 0x0641 { s += 1; starts.append(s) }  // و ف
        if letters.count - s >= 3, letters[s] == 0x0628 || letters[s] == 0x0644 || letters[s] == 0x0643 {  // ب ل ك
            starts.append(s + 1)
        }
        var all = starts
        for st in starts {
            let n = letters.count - st
            if n >= 4 && letters[st] == NameKey.alef && letters[st + 1] == NameKey.lam { all.append(st + 2) }
            else if n >= 3 && letters[st] == NameKey.lam { all.append(st + 1) }  // لل = ل + ال
        }
        for st in all where st < letters.count {
            let k = NameKey.hash(UnsafeBufferPointer(rebasing: letters[st...]))
            if !keys.contains(k) { keys.append(k) }
        }
    }

    /// The key of the word as written.
    public var word: UInt64 { keys[0] }

    public func contains(where predicate: (UInt64) -> Bool) -> Bool { keys.contains(where: predicate) }
}

extension TokenizedText {
    /// Calls `body` with the key of each form of token `i` (as written, then without clitics),
    /// until it returns true; no allocation. Returns whether one did.
    ///
    /// The forms and their order: from each start (the word, then after و or ف, then after ب ل
    /// or ك), the rest of the word, then that rest without its article or without the ل of لل.
    /// The word's own key and its key without the article were made when it was scanned.
    @inline(__always)
    public func anyForm(_ i: Int, _ body: (UInt64) -> Bool) -> Bool {
        let t = tokens[i]
        let wordKey = wordKeys[i]
        return letters.withUnsafeBufferPointer { all -> Bool in
            guard let base = all.baseAddress else { return false }
            let w = base + t.letterStart
            let n = t.letterCount
            @inline(__always)
            func hash(from st: Int) -> UInt64 {
                if st == 0 { return wordKey }
                // The key without the article, from the word's start, is its lookup key.
                if st == 2 && w[0] == NameKey.alef && w[1] == NameKey.lam && n >= 4 { return t.keyHash }
                return NameKey.hash(UnsafeBufferPointer(start: w + st, count: n - st))
            }
            @inline(__always)
            func tryFrom(_ st: Int) -> Bool {
                if body(hash(from: st)) { return true }
                let rest = n - st
                if rest >= 4 && w[st] == NameKey.alef && w[st + 1] == NameKey.lam { return body(hash(from: st + 2)) }
                if rest >= 3 && w[st] == NameKey.lam { return body(hash(from: st + 1)) }
                return false
            }
            if tryFrom(0) { return true }
            var s = 0
            if n - s >= 3, w[s] == 0x0648 || w[s] == 0x0641 {
                s += 1
                if tryFrom(s) { return true }
            }
            if n - s >= 3, w[s] == 0x0628 || w[s] == 0x0644 || w[s] == 0x0643 {
                if tryFrom(s + 1) { return true }
            }
            return false
        }
    }

    /// The key of token `i` as written.
    @inlinable
    public func key(_ i: Int) -> UInt64 { wordKeys[i] }

    /// The keys of token `i`'s forms with clitics removed.
    public func forms(_ i: Int) -> WordForms {
        let t = tokens[i]
        return letters.withUnsafeBufferPointer { WordForms(UnsafeBufferPointer(rebasing: $0[t.letterStart..<(t.letterStart + t.letterCount)])) }
    }

    /// The first folded letter of token `i`.
    public func firstLetter(_ i: Int) -> UInt32 { letters[tokens[i].letterStart] }

    /// Whether token `i` is all digits.
    public func isNumber(_ i: Int) -> Bool {
        let t = tokens[i]
        return letters[t.letterStart..<(t.letterStart + t.letterCount)].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Whether token `i` begins with the given folded letters.
    public func hasPrefix(_ i: Int, _ prefix: [UInt32]) -> Bool {
        let t = tokens[i]
        guard t.letterCount >= prefix.count else { return false }
        for (k, l) in prefix.enumerated() where letters[t.letterStart + k] != l { return false }
        return true
    }

    /// Whether token `i` begins with any of the given sequences of folded letters: a word whose
    /// first letter begins none of them is turned away by one bit test.
    public func hasPrefix(_ i: Int, anyOf prefixes: LetterPrefixes) -> Bool {
        let t = tokens[i]
        guard t.letterCount > 0, prefixes.mayStart(with: letters[t.letterStart]) else { return false }
        return prefixes.sequences.contains { hasPrefix(i, $0) }
    }

    /// The key of token `i` with its first `drop` letters removed.
    public func key(_ i: Int, dropping drop: Int) -> UInt64 {
        let t = tokens[i]
        let start = t.letterStart + min(drop, t.letterCount)
        return letters.withUnsafeBufferPointer { NameKey.hash(UnsafeBufferPointer(rebasing: $0[start..<(t.letterStart + t.letterCount)])) }
    }
}

extension NameKey {
    /// The key of a word written in a lexicon (folded first): the hash of what
    /// `ArabicNormalizer.normalize` makes of it (folded letters, one space between words),
    /// computed as the scalars are folded instead of from the normalised string.
    public static func wordKey(_ word: String) -> UInt64 {
        var h = basis
        var started = false
        var pendingSpace = false
        for s in word.unicodeScalars {
            switch ArabicNormalizer.fold(s.value) {
            case .letter(let l):
                if pendingSpace && started { h = mix(h, 0x20) }
                pendingSpace = false
                started = true
                h = mix(h, l)
            case .ignorable:
                continue
            case .separator:
                pendingSpace = true
            }
        }
        return h
    }
}

/// Sequences of folded letters that a word may begin with, and a mask of their first letters.
public struct LetterPrefixes: Sendable {
    public let sequences: [[UInt32]]
    /// Bit `l & 63` of each sequence's first letter `l` (the Arabic letters fold to distinct bits).
    private let firstLetters: UInt64

    public init(_ sequences: [[UInt32]]) {
        self.sequences = sequences
        firstLetters = sequences.reduce(0) { mask, s in s.isEmpty ? ~0 : mask | Self.bit(s[0]) }
    }

    @inline(__always)
    static func bit(_ letter: UInt32) -> UInt64 { 1 << UInt64(letter & 63) }

    /// False when no sequence begins with `letter`.
    @inline(__always)
    public func mayStart(with letter: UInt32) -> Bool { firstLetters & Self.bit(letter) != 0 }
}
