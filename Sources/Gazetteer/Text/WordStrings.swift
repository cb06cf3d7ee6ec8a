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

        /// The string of the word with these letters and key, made by `make` and kept if it is new.
        mutating func string(_ word: UnsafeBufferPointer<UInt32>, key: UInt64, make: () -> String) -> String {
            if let e = table[key] {
                let entry = entries[Int(e)]
                let same = entry.letterCount == word.count && letters.withUnsafeBufferPointer { all in
                    TokenizedText.sameLetters(all.baseAddress! + entry.letterStart, word.baseAddress!, word.count)
                }
                return same ? entry.string : make()  // another word with the same key: not kept
            }
            let s = make()
            if entries.count < WordStrings.capacity {
                table.insert(key, Int32(entries.count))
                entries.append(Entry(letterStart: letters.count, letterCount: word.count, string: s))
                letters.append(contentsOf: word)
            }
            return s
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
