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
            // Two bytes, the Arabic block among them: most of an Arabic text. Four such letters
            // at a time while they come one after another.
            if b & 0xE0 == 0xC0 {
                if i &+ 8 <= n && isFourTwoByteScalars(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i &+= 8
                    continue
                }
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

    /// Whether eight bytes (the first in the lowest bits) are four valid two-byte scalars: a lead
    /// byte C2-DF then a continuation byte, four times.
    @inline(__always)
    static func isFourTwoByteScalars(_ x: UInt64) -> Bool {
        // Leads 110xxxxx at even bytes, continuations 10xxxxxx at odd ones.
        guard x & 0xC0E0_C0E0_C0E0_C0E0 == 0x80C0_80C0_80C0_80C0 else { return false }
        // No lead is C0 or C1 (overlong): bits 1-4 of each lead are not all zero. Adding FF to a
        // 16-bit lane holding 0-1E carries into its bit 8 exactly when the lane is not zero.
        let lowBits = x & 0x001E_001E_001E_001E
        return (lowBits &+ 0x00FF_00FF_00FF_00FF) & 0x0100_0100_0100_0100 == 0x0100_0100_0100_0100
    }

    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset($0) }
    }
}
