import Foundation

/// The strings of folded words, kept from one text to the next.
///
/// A corpus repeats its vocabulary, and making a string from UTF-8 (which the standard library
/// checks, byte by byte) costs many times more than finding one made for an earlier text. The
/// store is bounded: once full, a word it lacks is made again for every text that has it.
final class WordStrings: @unchecked Sendable {
    static let shared = WordStrings()

    /// How many words the store keeps at most (a few megabytes).
    static let capacity = 1 << 16

    private let lock = NSLock()
    private var store: Store? = Store()

    /// The words kept, by their key (`NameKey.hash` of their letters).
    struct Store {
        private var table = KeyTable(capacity: 4096)
        /// The letters of every kept word, one after another.
        private var letters: [UInt32] = []
        private var entries: [Entry] = []

        private struct Entry {
            var letterStart: Int
            var letterCount: Int
            var string: String
        }

        /// The string kept for the word with these letters and key, if any.
        @inline(__always)
        func find(_ word: UnsafeBufferPointer<UInt32>, key: UInt64) -> String? {
            guard let e = table[key] else { return nil }
            return entries.withUnsafeBufferPointer { entries in
                let entry = entries[Int(e)]
                guard entry.letterCount == word.count else { return nil }
                let same = letters.withUnsafeBufferPointer { all in
                    TokenizedText.sameLetters(all.baseAddress! + entry.letterStart, word.baseAddress!, word.count)
                }
                return same ? entry.string : nil
            }
        }

        /// Keeps the string of a word that `find` did not have, while there is room.
        mutating func keep(_ word: UnsafeBufferPointer<UInt32>, key: UInt64, string: String) {
            guard entries.count < WordStrings.capacity, table[key] == nil else { return }
            table.insert(key, Int32(entries.count))
            entries.append(Entry(letterStart: letters.count, letterCount: word.count, string: string))
            letters.append(contentsOf: word)
        }
    }

    /// Calls `body` with the store when no other thread is using it, else with nil: a text that
    /// finds it busy makes its own strings rather than wait.
    func withStore<R>(_ body: (inout Store?) -> R) -> R {
        guard lock.try() else {
            var none: Store? = nil
            return body(&none)
        }
        defer { lock.unlock() }
        var taken = store.take()  // moved out, so that changing it copies nothing
        defer { store = taken }
        return body(&taken)
    }
}
