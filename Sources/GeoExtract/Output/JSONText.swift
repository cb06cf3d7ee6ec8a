/// Writing JSON text by hand: stable key order, no escaped slashes, numbers as Swift prints them.
package enum JSONText {
    package static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0x00..<0x20:
                out.append(contentsOf: Array("\\u00".utf8))
                let hex = Array("0123456789abcdef".utf8)
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            default: out.append(b)
            }
        }
        out.append(0x22)
    }

    package static func appendNumber(_ v: Double, to out: inout [UInt8]) {
        if !v.isFinite {
            out.append(contentsOf: Array("null".utf8))
        } else if v == v.rounded() && abs(v) < 1e15 {
            out.append(contentsOf: Array(String(Int(v)).utf8))
        } else {
            out.append(contentsOf: Array(v.description.utf8))
        }
    }

    package static func appendValue(_ v: PropertyValue, to out: inout [UInt8]) {
        switch v {
        case .string(let s): appendString(s, to: &out)
        case .int(let i): out.append(contentsOf: Array(String(i).utf8))
        case .double(let d): appendNumber(d, to: &out)
        case .bool(let b): out.append(contentsOf: Array((b ? "true" : "false").utf8))
        case .null: out.append(contentsOf: Array("null".utf8))
        }
    }

    /// One Feature object, keys sorted at every level.
    package static func appendFeature(_ f: Feature, to out: inout [UInt8]) {
        out.append(contentsOf: Array("{\"geometry\":".utf8))
        if let p = f.point {
            out.append(contentsOf: Array("{\"coordinates\":[".utf8))
            appendNumber(p.longitude, to: &out)
            out.append(0x2C)
            appendNumber(p.latitude, to: &out)
            out.append(contentsOf: Array("],\"type\":\"Point\"}".utf8))
        } else {
            out.append(contentsOf: Array("null".utf8))
        }
        out.append(contentsOf: Array(",\"id\":".utf8))
        appendString(f.id, to: &out)
        out.append(contentsOf: Array(",\"properties\":{".utf8))
        let sorted = f.properties.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (i, (key, value)) in sorted.enumerated() {
            if i > 0 { out.append(0x2C) }
            appendString(key, to: &out)
            out.append(0x3A)
            appendValue(value, to: &out)
        }
        out.append(contentsOf: Array("},\"type\":\"Feature\"}".utf8))
    }
}
