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
