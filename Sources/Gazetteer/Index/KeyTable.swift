/// A hash table from 64-bit keys to 32-bit values: open addressing, linear probing, no hashing
/// beyond a multiply (the keys are hashes already), no reference counting on look-up.
package struct KeyTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    package private(set) var count = 0

    package init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// 0 marks an empty slot; a real key of 0 is stored as 1 (collisions of two hashes to 0 and 1
    /// are as unlikely as any other).
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    package subscript(key: UInt64) -> Int32? {
        let k = Self.stored(key)
        var i = slot(k)
        return keys.withUnsafeBufferPointer { ks in
            while true {
                let found = ks[i]
                if found == k { return values[i] }
                if found == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    package mutating func insert(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = Self.stored(key)
        var i = slot(k)
        while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = k
        values[i] = value
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (i, k) in oldKeys.enumerated() where k != 0 { insert(k, oldValues[i]) }
    }
}

extension KeyTable {
    /// A set of keys.
    package init<S: Sequence>(keys: S) where S.Element == UInt64 {
        self.init(capacity: 64)
        for k in keys { insert(k, 1) }
    }

    package func contains(_ key: UInt64) -> Bool { self[key] != nil }
}
