/// A one-bit-per-key filter in front of a large `KeyTable`: "certainly not there" from one word
/// of a small bit array that stays in cache, instead of a probe into a table of a megabyte that
/// misses it. Most words of a text are neither a place name nor a trigger, so most look-ups end
/// here; a key the filter lets through (every key added, and a few per cent of the others) is
/// looked up in the table as before.
package struct KeyFilter: Sendable {
    @usableFromInline var bits: [UInt64]
    @usableFromInline var shift: UInt64
    /// The number of keys the filter was made for.
    package let capacity: Int

    /// A filter for about `capacity` keys: 16 bits per key, rounded up to a power of two, so that
    /// about one absent key in sixteen gets through.
    package init(capacity: Int) {
        self.capacity = capacity
        var log2 = 12
        while (1 << log2) < capacity * 16 { log2 += 1 }
        bits = [UInt64](repeating: 0, count: (1 << log2) / 64)
        shift = UInt64(64 - log2)
    }

    /// The bit of `key`: the top bits of a multiply by another odd constant than the table's, so
    /// that keys sharing a table slot do not share a bit.
    @inlinable @inline(__always)
    func bit(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0xD6E8_FEB8_6659_FD93) >> shift) }

    package mutating func insert(_ key: UInt64) {
        let b = bit(key)
        bits[b >> 6] |= 1 << UInt64(b & 63)
    }

    /// False when `key` was never inserted; true when it was, and for a few others.
    @inlinable @inline(__always)
    package func mayContain(_ key: UInt64) -> Bool {
        let b = bit(key)
        return bits.withUnsafeBufferPointer { $0[b >> 6] } & (1 << UInt64(b & 63)) != 0
    }
}
