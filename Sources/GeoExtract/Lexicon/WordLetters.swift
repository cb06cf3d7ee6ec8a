import Gazetteer

/// A word's folded letters, read in place from the document's letters. The number and date rules
/// set aside و، ب or the article by slicing, and look what is left up by its key: no string is made.
typealias WordLetters = UnsafeBufferPointer<UInt32>

extension UnsafeBufferPointer<UInt32> {
    /// The key of these letters: `NameKey.wordKey` of the same word written in a lexicon.
    var key: UInt64 { NameKey.hash(self) }

    /// The letters without their first `n`.
    func dropping(first n: Int) -> WordLetters { WordLetters(rebasing: self[(startIndex + n)...]) }

    /// The letters without their last `n`.
    func dropping(last n: Int) -> WordLetters { WordLetters(rebasing: self[..<(endIndex - n)]) }

    /// Whether the letters begin with `a` (and `b`).
    func starts(with a: UInt32, _ b: UInt32? = nil) -> Bool {
        guard let b else { return count >= 1 && self[0] == a }
        return count >= 2 && self[0] == a && self[1] == b
    }

    /// Whether the letters end with `a` then `b`.
    func ends(with a: UInt32, _ b: UInt32) -> Bool { count >= 2 && self[count - 2] == a && self[count - 1] == b }

    /// Whether every letter is a digit (Arabic-Indic digits are folded to ASCII ones).
    var isDigits: Bool { allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    /// The value of a word of digits, or nil when it is empty, has another letter, or does not fit
    /// an Int (as `Int(String)` reads it).
    var digitValue: Int? {
        guard !isEmpty else { return nil }
        var value = 0
        for l in self {
            guard l >= 0x30 && l <= 0x39 else { return nil }
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(Int(l - 0x30))
            if o1 || o2 { return nil }
            value = sum
        }
        return value
    }

    /// How many bytes the letters take in UTF-8.
    var utf8Count: Int { reduce(0) { $0 + ($1 < 0x80 ? 1 : $1 < 0x800 ? 2 : $1 < 0x10000 ? 3 : 4) } }
}

extension TokenizedText {
    /// Gives `body` the folded letters of every token at once, and a way to take token `i`'s.
    func withWordLetters<R>(_ body: ((Int) -> WordLetters) -> R) -> R {
        letters.withUnsafeBufferPointer { all in
            tokens.withUnsafeBufferPointer { tokens in
                body { i in
                    let t = tokens[i]
                    return WordLetters(rebasing: all[t.letterStart..<(t.letterStart + t.letterCount)])
                }
            }
        }
    }
}

/// Folded letters the number and date rules test for.
enum FoldedLetter {
    static let alef: UInt32 = 0x0627
    static let beh: UInt32 = 0x0628
    static let lam: UInt32 = 0x0644
    static let noon: UInt32 = 0x0646
    static let waw: UInt32 = 0x0648
    static let feh: UInt32 = 0x0641
}
