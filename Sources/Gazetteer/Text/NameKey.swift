/// Lookup keys of words: a 64-bit hash of the folded letters with the article removed.
///
/// The gazetteer side and the text side compute keys with the same functions, so a name matches
/// a word exactly when their keys are equal. Collisions of a 64-bit FNV-1a hash among a few
/// hundred thousand distinct words are negligible.
public enum NameKey {
    public static let alef: UInt32 = 0x0627
    public static let lam: UInt32 = 0x0644

    /// The hash of no letters, where every word's hash starts.
    @inlinable public static var basis: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// The hash of the letters so far, `h`, followed by `l`.
    @inlinable @inline(__always)
    public static func mix(_ h: UInt64, _ l: UInt32) -> UInt64 {
        let h = (h ^ UInt64(l)) &* 0x0000_0100_0000_01B3
        return (h ^ UInt64(l >> 8)) &* 0x0000_0100_0000_01B3
    }

    @inlinable
    public static func hash(_ letters: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var h = basis
        for l in letters { h = mix(h, l) }
        return h
    }

    /// Number of leading letters that form the definite article, if the rest is still a word.
    @inlinable
    public static func articleLength(_ letters: UnsafeBufferPointer<UInt32>) -> Int {
        if letters.count >= 4 && letters[0] == alef && letters[1] == lam { return 2 }
        return 0
    }

    /// The key of a word: its hash with a leading article removed.
    public static func keyHash(_ letters: UnsafeBufferPointer<UInt32>) -> UInt64 {
        let skip = articleLength(letters)
        return hash(UnsafeBufferPointer(rebasing: letters[skip...]))
    }

    /// The key of a word given as an array of folded letters.
    public static func keyHash(_ letters: [UInt32]) -> UInt64 {
        letters.withUnsafeBufferPointer { keyHash($0) }
    }

    /// The key of a single normalised word.
    public static func keyHash(word: String) -> UInt64 {
        keyHash(word.unicodeScalars.map(\.value))
    }
}
