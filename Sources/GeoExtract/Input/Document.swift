import Foundation
import Gazetteer

/// One input text, decoded: its name and its text with offsets fixed.
///
/// The text is what offsets count in: the BOM is dropped and CRLF and lone CR become LF, as
/// Python's text mode reads a file, so `text[start:end]` in a script is the span geomap reports.
public struct Document: Sendable {
    /// The name features carry in `source`: the file's name, or `-` for standard input.
    public var source: String
    /// Where the text came from, for messages (a path, or `<stdin>`).
    public var path: String
    public var text: String

    public init(source: String, path: String? = nil, text: String) {
        self.source = source
        self.path = path ?? source
        self.text = text
    }

    /// The text of a span given in UTF-8 bytes (token spans carry both counts).
    public func slice(utf8 range: Range<Int>) -> String {
        var text = self.text
        return text.withUTF8 { all in
            let part = UnsafeBufferPointer(rebasing: all[range])
            // A span that starts and ends between scalars is valid UTF-8, being the text's:
            // copied without checking it again.
            let startsAtScalar = range.lowerBound == all.count || all[range.lowerBound] & 0xC0 != 0x80
            let endsAtScalar = range.upperBound == all.count || all[range.upperBound] & 0xC0 != 0x80
            if startsAtScalar && endsAtScalar { return String(copying: UTF8Span(unchecked: part.span)) }
            return String(decoding: part, as: UTF8.self)
        }
    }

    /// Decodes bytes, or says why they are not a text geomap can read.
    public static func decode(_ data: Data, source: String, path: String) throws(InputError) -> Document {
        let result = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<Document, InputError> in
            Result { () throws(InputError) -> Document in try decode(raw.bindMemory(to: UInt8.self), source: source, path: path) }
        }
        return try result.get()
    }

    /// Decodes bytes read into memory, or says why they are not a text geomap can read.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, source: String, path: String) throws(InputError) -> Document {
            if bytes.isEmpty { throw .empty(path: path) }
            var start = 0
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
            let body = UnsafeBufferPointer(rebasing: bytes[start...])
            if let bad = UTF8Validation.firstInvalidOffset(body) {
                let offset = bad + start
                let sample = body.prefix(4096)
                if sample.contains(0) || looksBinary(sample) {
                    throw .binary(path: path, byteOffset: offset, byte: bytes[offset])
                }
                throw .notUTF8(path: path, byteOffset: offset, byte: bytes[offset])
            }
            if let nul = firstIndex(of: 0, in: body) { throw .binary(path: path, byteOffset: nul + start, byte: 0) }
            // Checked above: the string is made without checking the bytes again.
            var text = String(copying: UTF8Span(unchecked: body.span))
            if firstIndex(of: 0x0D, in: body) != nil {
                text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            }
            // Only white space: nothing to read (any other byte, ASCII or not, is text).
            if !body.contains(where: { b in b != 0x20 && (b < 0x09 || b > 0x0D) }) { throw .empty(path: path) }
            return Document(source: source, path: path, text: text)
    }

    /// Where `byte` first occurs, found with `memchr`.
    private static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, Int32(byte), bytes.count) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        var control = 0
        for b in bytes where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
        return control * 20 > bytes.count
    }
}

/// Why an input was skipped. Each names the input and, where it helps, the byte.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case notUTF8(path: String, byteOffset: Int, byte: UInt8)
    case binary(path: String, byteOffset: Int, byte: UInt8)
    case empty(path: String)
    case symlinkLoop(path: String)

    public var path: String {
        switch self {
        case .missing(let p), .unreadable(let p, _), .notUTF8(let p, _, _), .binary(let p, _, _), .empty(let p),
            .symlinkLoop(let p):
            return p
        }
    }

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): error: no such file or directory"
        case .unreadable(let path, let reason):
            return "\(path): error: cannot read (\(reason))"
        case .notUTF8(let path, let offset, let byte):
            return "\(path): error: not UTF-8 text (byte 0x\(hex(byte)) at offset \(offset))"
        case .binary(let path, let offset, let byte):
            return "\(path): error: binary data, not text (byte 0x\(hex(byte)) at offset \(offset))"
        case .empty(let path):
            return "\(path): error: empty file, no text to read"
        case .symlinkLoop(let path):
            return "\(path): error: symbolic link loop"
        }
    }

    private func hex(_ b: UInt8) -> String {
        let s = String(b, radix: 16, uppercase: true)
        return s.count == 1 ? "0" + s : s
    }
}
