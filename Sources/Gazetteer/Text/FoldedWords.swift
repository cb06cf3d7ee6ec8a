/// The words of a name folded by `ArabicNormalizer`: their letters one after another in one
/// buffer, and where each word ends. Made in one pass over the name's UTF-8 bytes, in memory
/// that lives only as long as the closure that reads it.
struct FoldedWords {
    /// The folded letters of every word, without separators.
    let letters: UnsafeBufferPointer<UInt32>
    /// `ends[i]` is one past the last letter of word `i`.
    private let ends: UnsafeBufferPointer<Int>
    let count: Int

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    func start(_ i: Int) -> Int { i == 0 ? 0 : ends[i - 1] }

    @inline(__always)
    func end(_ i: Int) -> Int { ends[i] }

    /// The letters of word `i`.
    @inline(__always)
    func word(_ i: Int) -> UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(rebasing: letters[start(i)..<ends[i]]) }

    /// The letters of words `i ..< j` run together.
    @inline(__always)
    func words(_ i: Int, _ j: Int) -> UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(rebasing: letters[start(i)..<ends[j - 1]]) }

    /// Folds `name` and gives its words to `body`.
    static func with<R>(_ name: String, _ body: (FoldedWords) -> R) -> R {
        var name = name
        return name.withUTF8 { utf8 in
            // A scalar is at least one byte and folds to at most one letter, and ends at most one word.
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(utf8.count, 1)) { letters in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: max(utf8.count, 1)) { ends in
                    var letterCount = 0
                    var wordCount = 0
                    var wordStart = 0
                    var i = 0
                    let n = utf8.count
                    while i < n {
                        // The bytes are a String's, so valid UTF-8.
                        let (v, length) = UTF8Scalar.decode(utf8, at: i)
                        i += length
                        switch ArabicNormalizer.fold(v) {
                        case .letter(let l):
                            letters[letterCount] = l
                            letterCount += 1
                        case .ignorable:
                            continue
                        case .separator:
                            if letterCount > wordStart {
                                ends[wordCount] = letterCount
                                wordCount += 1
                                wordStart = letterCount
                            }
                        }
                    }
                    if letterCount > wordStart {
                        ends[wordCount] = letterCount
                        wordCount += 1
                    }
                    return body(FoldedWords(
                        letters: UnsafeBufferPointer(rebasing: letters[..<letterCount]),
                        ends: UnsafeBufferPointer(rebasing: ends[..<wordCount]), count: wordCount))
                }
            }
        }
    }

    /// A key of the whole name (all its folded words), to compare names without building strings.
    var nameKey: UInt64 {
        var h: UInt64 = 0
        for i in 0..<count { h = (h &* 0x100_0000_01B3) ^ NameKey.hash(word(i)) }
        return h
    }
}
