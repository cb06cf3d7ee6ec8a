import Foundation
import Testing
@testable import Gazetteer

@Suite("gazetteer TSV reader")
struct TSVReaderTests {
    static let header = Place.tsvColumns.joined(separator: "\t")

    static func row(id: String = "C1", kind: String = "town", lat: String = "36.0", lon: String = "40.0", inArea: String = "1", origin: String = "source") -> String {
        [id, kind, "Town", "بلدة", origin, "", "", "", lat, lon, "Hasakah", "SY08", "", "", "", "", "", inArea, "osm", "", "", ""]
            .joined(separator: "\t")
    }

    func load(_ lines: [String]) throws(GazetteerError) -> Gazetteer {
        try Gazetteer(tsv: Data(lines.joined(separator: "\n").utf8), file: "test.tsv")
    }

    @Test func readsAWellFormedRow() throws {
        let g = try load([Self.header, Self.row()])
        #expect(g.places.count == 1)
        #expect(g.places[0].point == GeoPoint(latitude: 36, longitude: 40))
        #expect(g.places[0].admin1 == AdminUnit(name: "Hasakah", code: "SY08"))
    }

    @Test func acceptsCRLFAndBOM() throws {
        let text = "\u{FEFF}" + Self.header + "\r\n" + Self.row() + "\r\n"
        let g = try Gazetteer(tsv: Data(text.utf8), file: "crlf.tsv")
        #expect(g.places.count == 1)
    }

    /// The default row with some fields replaced.
    static func row(setting changes: [Int: String]) -> String {
        var f = fields(Substring(row()))
        for (i, v) in changes { f[i] = v }
        return f.joined(separator: "\t")
    }

    static func fields(_ row: Substring) -> [String] {
        row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }

    /// The 1-based column where field `index` of `row` starts.
    static func column(_ row: String, field index: Int) -> Int {
        let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
        return fields.prefix(index).reduce(1) { $0 + $1.count + 1 }
    }

    /// Each malformed row, and the line and column the error must name.
    static let malformed: [(row: String, line: Int, column: Int, field: String)] = [
        (row(lat: "north"), 2, column(row(), field: 8), "lat"),
        (row(lon: "400"), 2, column(row(), field: 9), "lon"),
        (row(kind: "castle"), 2, 4, "kind"),
        (row(inArea: "yes"), 2, column(row(), field: 17), "in_area"),
        (row(origin: "guess"), 2, column(row(), field: 4), "name_ar_origin"),
        (row(id: ""), 2, 1, "id"),
        ("C1\ttown\tTown", 2, column("C1\ttown\tTown\t", field: 3), "name_ar"),
    ]

    @Test("malformed rows name file, line and column", arguments: malformed)
    func malformedRow(_ c: (row: String, line: Int, column: Int, field: String)) {
        #expect {
            _ = try load([Self.header, c.row])
        } throws: { error in
            guard case .malformedRow(let file, let line, let column, let field, _) = error as? GazetteerError else { return false }
            return file == "test.tsv" && line == c.line && column == c.column && field == c.field
        }
    }

    /// Rows whose fields are in forms the byte reader leaves to the reference reader, or only
    /// just within the forms it reads itself.
    static let oddRows: [String] = [
        row(lat: "+36"), row(lat: "36."), row(lat: ".5"), row(lat: "1e1"), row(lat: "-0"), row(lat: "90"),
        row(lat: "36.12345678901234567890"), row(lat: "12.3456789012345"), row(lat: "12.34567890123456"), row(lat: "0000000000000036.5"),
        row(lon: "-180"), row(lon: "179.999999999999"), row(origin: ""), row(origin: "derived"), row(inArea: "0"),
        row(setting: [5: ";;دير;", 6: ";", 7: "A;;B"]), row(setting: [19: ";", 20: "SY08", 21: "a note"]),
        row(setting: [16: "007"]), row(setting: [16: "+5"]), row(setting: [16: "0", 12: "Al-Hasakeh", 13: ""]),
        row(setting: [3: "بَلْدَة"]), row(setting: [2: ""]), row(setting: [3: "", 1: "neighbourhood"]),
    ]

    @Test("the byte reader makes the places the reference reader makes", arguments: oddRows)
    func byteReaderAgreesWithReference(_ row: String) throws {
        let reference = try Place.parseTSV(fields: Self.fields(Substring(row)), file: "test.tsv", line: 2)
        let read = try load([Self.header, row]).places
        #expect(read == [reference], "row: \(row)")
    }

    @Test func byteReaderAgreesWithReferenceOnTheBundledRows() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Resources/gazetteer.tsv"), encoding: .utf8)
        let lines = text.split(separator: "\n").dropFirst()
        let reference = try lines.enumerated().map { i, line in
            try Place.parseTSV(fields: Self.fields(line), file: "g.tsv", line: i + 2)
        }
        let read = try Gazetteer(tsv: Data(text.utf8), file: "g.tsv").places
        #expect(read.count == reference.count)
        for (a, b) in zip(read, reference) { #expect(a == b, "row \(b.id)") }
    }

    @Test func duplicateIdsAreAnError() {
        #expect(throws: GazetteerError.duplicateId(file: "test.tsv", line: 3, id: "C1", firstLine: 2)) {
            _ = try load([Self.header, Self.row(), Self.row()])
        }
    }

    @Test func wrongHeaderIsAnError() {
        #expect {
            _ = try load(["id\tname", Self.row()])
        } throws: { error in
            if case .badHeader = error as? GazetteerError { return true }
            return false
        }
    }

    @Test func invalidUTF8NamesTheByte() {
        var data = Data((Self.header + "\n").utf8)
        let offset = data.count + 3
        data.append(contentsOf: Array("C1\t".utf8) + [0xFF] + Array("town".utf8))
        #expect(throws: GazetteerError.notUTF8(file: "bad.tsv", byteOffset: offset)) {
            _ = try Gazetteer(tsv: data, file: "bad.tsv")
        }
    }

    @Test func errorMessagesAreOneLineCompilerStyle() {
        let e = GazetteerError.malformedRow(file: "g.tsv", line: 12, column: 40, field: "lat", reason: "not a number: 'x'")
        #expect(e.description == "g.tsv:12:40: error: lat: not a number: 'x'")
    }
}
