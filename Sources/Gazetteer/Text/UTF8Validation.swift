/// Finding where bytes stop being UTF-8, so errors can point at the byte.
public enum UTF8Validation {
    /// The offset of the first byte of the first invalid sequence, or nil when all is valid UTF-8
    /// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
    public static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        guard let p = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(p)
        while i < n {
            let b = p[i]
            if b < 0x80 {
                // From an ASCII byte on, eight at a time while they all are: most of a gazetteer is ASCII.
                if i &+ 8 <= n && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i &+= 8
                } else {
                    i &+= 1
                }
                continue
            }
            // Two bytes, the Arabic block among them: most of an Arabic text.
            if b & 0xE0 == 0xC0 {
                guard b >= 0xC2, i &+ 1 < n, p[i &+ 1] & 0xC0 == 0x80 else { return i }
                i &+= 2
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch b {
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            let second = p[i + 1]
            guard second >= low && second <= high else { return i }
            for k in 2..<length where p[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }

    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset($0) }
    }
}
