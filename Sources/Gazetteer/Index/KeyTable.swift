/// A hash table from 64-bit keys to 32-bit values: open addressing, linear probing, no hashing
/// beyond a multiply (the keys are hashes already), no reference counting on look-up.
package struct KeyTable: Sendable {
    /// A key and its value side by side, so a probe reads one cache line.
    @usableFromInline
    struct Slot: Sendable {
        @usableFromInline var key: UInt64
        @usableFromInline var value: Int32
    }

    @usableFromInline var slots: [Slot]
    @usableFromInline var mask: Int
    /// One bit for each value of the top six bits of the keys stored: a word list of a few dozen
    /// words leaves most bits clear, and most words are turned away without reading a slot.
    @usableFromInline var topBits: UInt64 = 0
    package private(set) var count = 0

    package init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: 0), count: size)
        mask = size - 1
    }

    /// 0 marks an empty slot; a real key of 0 is stored as 1 (collisions of two hashes to 0 and 1
    /// are as unlikely as any other).
    @inlinable @inline(__always)
    static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inlinable @inline(__always)
    func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    @inlinable @inline(__always)
    static func topBit(_ key: UInt64) -> UInt64 { 1 << (key >> 58) }

    @inlinable
    package subscript(key: UInt64) -> Int32? {
        let k = Self.stored(key)
        guard topBits & Self.topBit(k) != 0 else { return nil }
        var i = slot(k)
        let mask = self.mask
        return slots.withUnsafeBufferPointer { s in
            while true {
                let found = s[i].key
                if found == k { return s[i].value }
                if found == 0 { return nil }
                i = (i &+ 1) & mask
            }
        }
    }

    package mutating func insert(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let k = Self.stored(key)
        topBits |= Self.topBit(k)
        var i = slot(k)
        let mask = self.mask
        let added = slots.withUnsafeMutableBufferPointer { s -> Bool in
            while s[i].key != 0 && s[i].key != k { i = (i &+ 1) & mask }
            let new = s[i].key == 0
            s[i] = Slot(key: k, value: value)
            return new
        }
        if added { count += 1 }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: 0), count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for s in old where s.key != 0 { insert(s.key, s.value) }
    }
}

extension KeyTable {
    /// A set of keys, in a table just big enough for them: the rules ask dozens of small word
    /// lists, and tables of a few hundred bytes stay in the first-level cache together.
    package init<S: Sequence>(keys: S) where S.Element == UInt64 {
        let keys = Array(keys)
        self.init(capacity: keys.count)
        for k in keys { insert(k, 1) }
    }

    @inlinable
    package func contains(_ key: UInt64) -> Bool { self[key] != nil }
}
