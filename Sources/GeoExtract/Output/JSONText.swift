/// Writing JSON text by hand: stable key order, no escaped slashes, numbers as Swift prints them.
package enum JSONText {
    @inline(__always)
    static func append(_ s: StaticString, to out: inout [UInt8]) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    package static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            // Most strings need no escape: copy them whole.
            if !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
                out.append(contentsOf: bytes)
                return
            }
            for b in bytes {
                switch b {
                case 0x22: out.append(0x5C); out.append(0x22)
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                case 0x09: out.append(0x5C); out.append(0x74)
                case 0x00..<0x20:
                    append("\\u00", to: &out)
                    let hex: StaticString = "0123456789abcdef"
                    hex.withUTF8Buffer { h in
                        out.append(h[Int(b >> 4)])
                        out.append(h[Int(b & 0xF)])
                    }
                default: out.append(b)
                }
            }
        }
        out.append(0x22)
    }

    package static func appendInt(_ v: Int, to out: inout [UInt8]) {
        if v == 0 { out.append(0x30); return }
        var n = v.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while n > 0 {
                d[count] = UInt8(n % 10) + 0x30
                n /= 10
                count += 1
            }
            if v < 0 { out.append(0x2D) }
            for i in stride(from: count - 1, through: 0, by: -1) { out.append(d[i]) }
        }
    }

    package static func appendNumber(_ v: Double, to out: inout [UInt8]) {
        if !v.isFinite {
            append("null", to: &out)
        } else if v == v.rounded() && abs(v) < 1e15 {
            appendInt(Int(v), to: &out)
        } else {
            out.append(contentsOf: v.description.utf8)
        }
    }

    package static func appendValue(_ v: PropertyValue, to out: inout [UInt8]) {
        switch v {
        case .string(let s): appendString(s, to: &out)
        case .int(let i): appendInt(i, to: &out)
        case .double(let d):
            // A real field stays real in every row (GDAL and QGIS type a field by its values):
            // 1 is written 1.0.
            appendNumber(d, to: &out)
            if d.isFinite && d == d.rounded() && abs(d) < 1e15 { append(".0", to: &out) }
        case .bool(let b): append(b ? "true" : "false", to: &out)
        case .null: append("null", to: &out)
        }
    }

    /// One Feature object, keys sorted at every level.
    package static func appendFeature(_ f: Feature, to out: inout [UInt8]) {
        append("{\"geometry\":", to: &out)
        if let p = f.point {
            append("{\"coordinates\":[", to: &out)
            appendNumber(p.longitude, to: &out)
            out.append(0x2C)
            appendNumber(p.latitude, to: &out)
            append("],\"type\":\"Point\"}", to: &out)
        } else {
            append("null", to: &out)
        }
        append(",\"id\":", to: &out)
        appendString(f.id, to: &out)
        append(",\"properties\":{", to: &out)
        var sorted = true
        for i in f.properties.indices.dropFirst() where !f.properties[i - 1].key.utf8.lexicographicallyPrecedes(f.properties[i].key.utf8) {
            sorted = false
            break
        }
        let properties = sorted ? f.properties : f.properties.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (i, (key, value)) in properties.enumerated() {
            if i > 0 { out.append(0x2C) }
            appendString(key, to: &out)
            out.append(0x3A)
            appendValue(value, to: &out)
        }
        append("},\"type\":\"Feature\"}", to: &out)
    }
}
