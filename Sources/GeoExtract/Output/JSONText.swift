import Foundation

/// Writing JSON text by hand: stable key order, no escaped slashes, numbers as Swift prints them.
package enum JSONText {
    package static func appendString(_ s: String, to out: inout ByteBuffer) {
        var s = s
        s.withUTF8 { bytes in
            // Most strings need no escape: copy them whole.
            if !needsEscape(bytes) {
                out.reserve(bytes.count + 2)
                out.append(0x22)
                out.append(bytes)
                out.append(0x22)
                return
            }
            out.append(0x22)
            for b in bytes {
                switch b {
                case 0x22: out.append(0x5C); out.append(0x22)
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                case 0x09: out.append(0x5C); out.append(0x74)
                case 0x00..<0x20:
                    out.append("\\u00")
                    let hex: StaticString = "0123456789abcdef"
                    hex.withUTF8Buffer { h in
                        out.append(h[Int(b >> 4)])
                        out.append(h[Int(b & 0xF)])
                    }
                default: out.append(b)
                }
            }
            out.append(0x22)
        }
    }

    /// Whether any byte is a control character, a quote or a backslash: eight bytes at a time.
    @inline(__always)
    static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i &+ 8 <= n {
            if hasEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { return true }
            i &+= 8
        }
        guard i < n else { return false }
        // The last bytes, padded with a letter that needs no escape.
        var x: UInt64 = 0x4141_4141_4141_4141
        withUnsafeMutableBytes(of: &x) { $0.baseAddress!.copyMemory(from: raw + i, byteCount: n &- i) }
        return hasEscape(x)
    }

    @inline(__always)
    private static func hasEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // A byte below 0x20, or equal to 0x22 or 0x5C (each tested as a zero byte of x ^ it).
        let below = (x &- ones &* 0x20) & ~x
        let quote = x ^ (ones &* 0x22), backslash = x ^ (ones &* 0x5C)
        let zero = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return (below | zero) & highs != 0
    }

    package static func appendInt(_ v: Int, to out: inout ByteBuffer) {
        out.appendDirectly(maximum: 20) { p in
            var n = v.magnitude
            var count = 0
            if v < 0 { p[0] = 0x2D; count = 1 }
            var digits = 1
            var scale: UInt = 10
            while digits < 20 && n >= scale {
                digits += 1
                let (next, overflow) = scale.multipliedReportingOverflow(by: 10)
                if overflow { break }
                scale = next
            }
            var k = count + digits
            repeat {
                k -= 1
                p[k] = UInt8(truncatingIfNeeded: n % 10) &+ 0x30
                n /= 10
            } while n > 0
            return count + digits
        }
    }

    package static func appendNumber(_ v: Double, to out: inout ByteBuffer) {
        if !v.isFinite {
            out.append("null")
        } else if v == v.rounded() && abs(v) < 1e15 {
            appendInt(Int(v), to: &out)
        } else if !appendSixDecimals(v, to: &out) {
            out.append(utf8: v.description)
        }
    }

    /// Writes `v` as `v.description` does when it has at most six decimals and is of a size that
    /// Swift prints without an exponent, and returns true; else writes nothing and returns false.
    ///
    /// When `m / 10^6` is exactly `v` for a whole `m`, the six-decimal text of `m` reads back as `v`;
    /// below 2^32 doubles lie closer than 10^-6, so no other text of six decimals or fewer does,
    /// and without trailing zeros it is the shortest text that reads back, which Swift prints.
    @inline(__always)
    static func appendSixDecimals(_ v: Double, to out: inout ByteBuffer) -> Bool {
        let a = v.magnitude
        guard a >= 0.001 && a < 4_294_967_296 else { return false }
        let m = (a * 1_000_000).rounded()
        guard m / 1_000_000 == a else { return false }
        let scaled = UInt64(m)
        let whole = scaled / 1_000_000
        var fraction = scaled % 1_000_000
        var decimals = 6
        while decimals > 1 && fraction % 10 == 0 {
            fraction /= 10
            decimals -= 1
        }
        if v < 0 { out.append(0x2D) }
        appendInt(Int(whole), to: &out)
        out.appendDirectly(maximum: 7) { p in
            p[0] = 0x2E
            var f = fraction
            for k in stride(from: decimals, to: 0, by: -1) {
                p[k] = UInt8(truncatingIfNeeded: f % 10) &+ 0x30
                f /= 10
            }
            return decimals + 1
        }
        return true
    }

    package static func appendValue(_ v: PropertyValue, to out: inout ByteBuffer) {
        switch v {
        case .string(let s): appendString(s, to: &out)
        case .int(let i): appendInt(i, to: &out)
        case .double(let d):
            // A real field stays real in every row (GDAL and QGIS type a field by its values):
            // 1 is written 1.0.
            appendNumber(d, to: &out)
            if d.isFinite && d == d.rounded() && abs(d) < 1e15 { out.append(".0") }
        case .bool(let b): out.append(b ? "true" : "false")
        case .null: out.append("null")
        }
    }

    /// One Feature object, keys sorted at every level.
    package static func appendFeature(_ f: Feature, to out: inout ByteBuffer) {
        var keys = Keys()
        appendFeature(f, keys: &keys, to: &out)
    }

    /// The property keys of the features last written, in the order they are written and already
    /// as JSON (`"key":`): the features of a layer share their keys, so they are sorted and encoded
    /// once, not for every feature.
    package struct Keys: Sendable {
        fileprivate var keys: [String] = []
        /// Positions in `keys` in written order.
        fileprivate var order: [Int] = []
        /// `"key":` of each key in written order, one after another, and where each ends.
        fileprivate var encoded: [UInt8] = []
        fileprivate var ends: [Int] = []

        package init() {}

        /// Whether these were made again for other keys since they were taken.
        fileprivate var remade = false

        /// The keys last made by any input's features: the inputs of a layer share them, and
        /// each would otherwise sort and encode them again.
        private static let lock = NSLock()
        nonisolated(unsafe) private static var latest = Keys()

        /// Calls `body` with the keys the last input left, and leaves its own for the next.
        package static func withLatest<R>(_ body: (inout Keys) -> R) -> R {
            var keys = lock.withLock { latest }
            keys.remade = false
            let result = body(&keys)
            if keys.remade { lock.withLock { latest = keys } }
            return result
        }

        /// Whether the feature's keys are those these were made for.
        ///
        /// Keys are compared as strings and by UTF-8 length: the layers' keys are ASCII, where
        /// that is comparing their bytes.
        fileprivate func fit(_ properties: [(key: String, value: PropertyValue)]) -> Bool {
            guard properties.count == keys.count else { return false }
            for i in properties.indices {
                let key = properties[i].key
                if key.utf8.count != keys[i].utf8.count || key != keys[i] { return false }
            }
            return true
        }

        fileprivate mutating func remake(_ properties: [(key: String, value: PropertyValue)]) {
            remade = true
            keys = properties.map(\.key)
            var sorted = true
            for i in keys.indices.dropFirst() where !precedes(keys[i - 1], keys[i]) {
                sorted = false
                break
            }
            order = sorted ? Array(keys.indices) : keys.indices.sorted { precedes(keys[$0], keys[$1]) }
            var text = ByteBuffer(capacity: 512)
            ends = []
            for i in order {
                appendString(keys[i], to: &text)
                text.append(0x3A)
                ends.append(text.count)
            }
            encoded = text.array
        }
    }

    /// One Feature object, keys sorted at every level; `keys` carries the encoded keys from one
    /// feature to the next.
    package static func appendFeature(_ f: Feature, keys: inout Keys, to out: inout ByteBuffer) {
        out.append("{\"geometry\":")
        if let p = f.point {
            out.append("{\"coordinates\":[")
            appendNumber(p.longitude, to: &out)
            out.append(0x2C)
            appendNumber(p.latitude, to: &out)
            out.append("],\"type\":\"Point\"}")
        } else {
            out.append("null")
        }
        out.append(",\"id\":")
        appendString(f.id, to: &out)
        out.append(",\"properties\":{")
        if !keys.fit(f.properties) { keys.remake(f.properties) }
        keys.encoded.withUnsafeBytes { encoded in
            var start = 0
            for (n, i) in keys.order.enumerated() {
                if n > 0 { out.append(0x2C) }
                let end = keys.ends[n]
                out.append(UnsafeRawBufferPointer(rebasing: encoded[start..<end]))
                start = end
                appendValue(f.properties[i].value, to: &out)
            }
        }
        out.append("},\"type\":\"Feature\"}")
    }

    /// Whether `a` comes before `b` in the order of their UTF-8 bytes.
    static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                for k in 0..<common where x[k] != y[k] { return x[k] < y[k] }
                return x.count < y.count
            }
        }
    }
}
