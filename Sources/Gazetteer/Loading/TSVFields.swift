import Foundation

/// The fields of one line of tab-separated UTF-8 text, as byte ranges into the bytes read.
///
/// Loading makes a `String` only of a field that a `Place` keeps, and reads numbers and
/// keywords straight from the bytes. The readers here are conservative: each answers `nil` when
/// the bytes are not in the plain form it knows, and the caller then asks the reference reader
/// (`Place.parseTSV(fields:file:line:)`), which decides and words the error.
///
/// The bytes must be valid UTF-8 (the loader checks the whole file first): fields and list parts
/// are cut at ASCII bytes, so each is valid too, and becomes a string without being checked again.
struct TSVFields {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Field `i` is `starts[i] ..< starts[i + 1] - 1`; the last entry is one past the line's end.
    private var starts: [Int] = []

    init(bytes: UnsafeBufferPointer<UInt8>, capacity: Int) {
        self.bytes = bytes
        starts.reserveCapacity(capacity + 1)
    }

    /// Splits the line `lineStart ..< lineEnd` at its tabs.
    mutating func split(_ lineStart: Int, _ lineEnd: Int) {
        starts.removeAll(keepingCapacity: true)
        starts.append(lineStart)
        guard let base = bytes.baseAddress else { return }
        var i = lineStart
        while i < lineEnd, let tab = memchr(base + i, 0x09, lineEnd - i) {
            i = base.distance(to: tab.assumingMemoryBound(to: UInt8.self)) + 1
            starts.append(i)
        }
        starts.append(lineEnd + 1)
    }

    var count: Int { starts.count - 1 }

    @inline(__always)
    private func range(_ i: Int) -> Range<Int> { starts[i] ..< (starts[i + 1] - 1) }

    func isEmpty(_ i: Int) -> Bool { starts[i + 1] - 1 == starts[i] }

    /// The field as a string.
    func string(_ i: Int) -> String { text(range(i)) }

    /// The bytes of `range` as a string.
    private func text(_ range: Range<Int>) -> String {
        String(copying: UTF8Span(unchecked: UnsafeBufferPointer(rebasing: bytes[range]).span))
    }

    /// The field as a string, or nil when it is empty.
    func optional(_ i: Int) -> String? { isEmpty(i) ? nil : string(i) }

    /// Every field as a string, for the reference reader.
    func strings() -> [String] { (0..<count).map(string) }

    /// Whether the field is exactly these bytes.
    func equals(_ i: Int, _ literal: StaticString) -> Bool {
        let r = range(i)
        guard r.count == literal.utf8CodeUnitCount else { return false }
        let l = literal.utf8Start
        for k in 0..<r.count where bytes[r.lowerBound + k] != l[k] { return false }
        return true
    }

    /// Whether the field is exactly the UTF-8 of `s`.
    func equals(_ i: Int, utf8 s: [UInt8]) -> Bool {
        let r = range(i)
        guard r.count == s.count else { return false }
        for k in 0..<r.count where bytes[r.lowerBound + k] != s[k] { return false }
        return true
    }

    /// The parts of the field between semicolons, empty parts left out.
    func list(_ i: Int) -> [String] {
        let r = range(i)
        guard !r.isEmpty else { return [] }
        var parts: [String] = []
        var partStart = r.lowerBound
        for k in r.lowerBound...r.upperBound where k == r.upperBound || bytes[k] == 0x3B {
            if k > partStart { parts.append(text(partStart..<k)) }
            partStart = k + 1
        }
        return parts
    }

    /// Powers of ten that a `Double` holds exactly.
    private static let exactPowersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { x, _ in x * 10 } }

    /// The field as a number when it is written `-?D+(.D+)?` with at most 15 digits: then the
    /// digits as an integer and the power of ten are both exact, and one division rounds the
    /// quotient correctly, as `Double(String)` does. Nil for any other form.
    func plainDecimal(_ i: Int) -> Double? {
        let r = range(i)
        var k = r.lowerBound
        let negative = k < r.upperBound && bytes[k] == 0x2D
        if negative { k += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var integerDigits = 0
        var fractionDigits = 0
        var inFraction = false
        while k < r.upperBound {
            let b = bytes[k]
            if b >= 0x30 && b <= 0x39 {
                mantissa = mantissa &* 10 &+ UInt64(b &- 0x30)
                digits += 1
                if inFraction { fractionDigits += 1 } else { integerDigits += 1 }
            } else if b == 0x2E && !inFraction {
                inFraction = true
            } else {
                return nil
            }
            k += 1
        }
        guard integerDigits > 0, !inFraction || fractionDigits > 0, digits <= 15 else { return nil }
        let magnitude = Double(mantissa) / Self.exactPowersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }

    /// The field as a whole number when it is 1 to 18 ASCII digits; nil for any other form.
    func plainWholeNumber(_ i: Int) -> Int? {
        let r = range(i)
        guard !r.isEmpty, r.count <= 18 else { return nil }
        var n = 0
        for k in r {
            let b = bytes[k]
            guard b >= 0x30 && b <= 0x39 else { return nil }
            n = n * 10 + Int(b &- 0x30)
        }
        return n
    }
}
