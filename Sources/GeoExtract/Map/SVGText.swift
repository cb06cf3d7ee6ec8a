/// Text for SVG documents: escaping, numbers written the same way on every machine, and an
/// estimate of how wide a label will be (SVG has no text metrics before rendering).
package enum SVGText {
    /// `s` made safe inside XML character data and double- or single-quoted attributes.
    package static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            // Control characters other than tab and newline are not allowed in XML 1.0.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `v` with at most `decimals` decimals, trailing zeros dropped, no exponent and no "-0":
    /// the same bytes whatever the locale or platform.
    package static func number(_ v: Double, decimals: Int = 1) -> String {
        guard v.isFinite else { return "0" }
        var scale = 1
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let n = Int((v * Double(scale)).rounded())
        if n == 0 { return "0" }
        let sign = n < 0 ? "-" : ""
        let whole = abs(n) / scale, fraction = abs(n) % scale
        guard fraction != 0 else { return sign + String(whole) }
        var digits = String(fraction)
        while digits.count < decimals { digits = "0" + digits }
        while digits.hasSuffix("0") { digits.removeLast() }
        return sign + String(whole) + "." + digits
    }

    /// An integer with thousands separated by commas ("1,904").
    package static func count(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// The advance width of `s` in DejaVu Sans (or a font of its proportions) at `fontSize`,
    /// estimated on the generous side so that labels placed by it do not collide.
    package static func estimatedWidth(_ s: String, fontSize: Double) -> Double {
        var em = 0.0
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x20: em += 0.32
            case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
                // Arabic letters join and most are narrow; harakat take no room.
                em += (0x064B...0x065F).contains(scalar.value) ? 0 : 0.5
            case 0x41...0x5A: em += 0.72
            case 0x30...0x39: em += 0.64
            case 0x69, 0x6A, 0x6C, 0x66, 0x74, 0x72, 0x2E, 0x2C, 0x3A, 0x3B, 0x27, 0x28, 0x29, 0x2D, 0xB7: em += 0.36
            case 0x6D, 0x77: em += 0.95
            default: em += 0.62
            }
        }
        return em * fontSize
    }
}
