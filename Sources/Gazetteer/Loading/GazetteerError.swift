/// Why a gazetteer could not be loaded. Every case names the file and, for bad rows, the line and
/// the column, so a user can open the file at the place and fix it.
public enum GazetteerError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case notUTF8(file: String, byteOffset: Int)
    case badHeader(file: String, expected: [String], found: [String])
    case malformedRow(file: String, line: Int, column: Int, field: String, reason: String)
    case duplicateId(file: String, line: Int, id: String, firstLine: Int)
    case bundledResourceMissing

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): error: cannot read gazetteer (\(reason))"
        case .notUTF8(let file, let offset):
            return "\(file): error: gazetteer is not UTF-8 text (bad byte at offset \(offset))"
        case .badHeader(let file, let expected, let found):
            let missing = expected.filter { !found.contains($0) }
            let detail = missing.isEmpty ? "columns out of order" : "missing column \(missing.joined(separator: ", "))"
            return "\(file):1: error: not a geomap gazetteer header (\(detail))"
        case .malformedRow(let file, let line, let column, let field, let reason):
            return "\(file):\(line):\(column): error: \(field): \(reason)"
        case .duplicateId(let file, let line, let id, let firstLine):
            return "\(file):\(line):1: error: id: duplicate id '\(id)' (first on line \(firstLine))"
        case .bundledResourceMissing:
            return "error: the bundled gazetteer was not found beside the program; "
                + "pass --gazetteer FILE or set GEOMAP_GAZETTEER"
        }
    }
}
