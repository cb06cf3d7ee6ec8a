import Foundation
import Testing

/// Opens geomap's layers in GDAL/OGR, the reader underneath QGIS, and checks what a GIS user would
/// get: one Point layer in EPSG:4326, every feature, and the field types QGIS will infer.
///
/// `ogrinfo` comes from Debian's `gdal-bin`, which `.ci/run` installs. On a machine without it these
/// tests are skipped, except under CI (`CI` set), where a missing `ogrinfo` is a failure.
@Suite("GDAL/OGR opens every layer", .serialized, .enabled(if: OGR.isAvailable || Clients.isRequired))
struct GDALClientTests {
    @Test func eventsOfTheSeedsAreOnePointLayerWithTypedFields() throws {
        let run = try GeomapRunner.run([])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let info = try OGR.summary(of: run.stdout)
        #expect(info.geometry == "Point")
        #expect(info.isWGS84)
        #expect(info.featureCount == (try run.features().count))
        #expect(info.errors.isEmpty, "\(info.errors)")
        let expected = [
            "event_date": "Date",
            "fatalities": "Integer", "injured": "Integer",
            "geo_precision": "Integer", "time_precision": "Integer",
            "confidence": "Real",
            "event_type": "String", "sub_event_type": "String", "actor1": "String", "location": "String",
        ]
        for (field, type) in expected {
            #expect(info.fields[field] == type, "\(field): \(info.fields[field] ?? "missing")")
        }
    }

    @Test func mentionsAndGazetteerLayersOpen() throws {
        for arguments in [["mentions", "seeds"], ["gazetteer"]] {
            let run = try GeomapRunner.run(arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            let info = try OGR.summary(of: run.stdout)
            #expect(info.geometry == "Point", "\(arguments)")
            #expect(info.isWGS84, "\(arguments)")
            #expect(info.featureCount == (try run.features().count), "\(arguments)")
            #expect(info.fields["confidence"] == nil || info.fields["confidence"] == "Real", "\(arguments)")
            #expect(info.errors.isEmpty, "\(arguments): \(info.errors)")
        }
    }
}

/// A small reader of `ogrinfo -ro -al -so` output.
enum OGR {
    static let executable = Clients.onPath("ogrinfo")
    static var isAvailable: Bool { executable != nil }

    struct Summary {
        var geometry: String?
        var featureCount: Int?
        var isWGS84 = false
        var fields: [String: String] = [:]
        var errors: [String] = []
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "ogrinfo is not on PATH (install Debian's gdal-bin)" }
    }

    /// Writes `geojson` to a file with a .geojson name and summarises it with ogrinfo.
    static func summary(of geojson: Data) throws -> Summary {
        guard let executable else { throw Missing() }
        let dir = try GeomapRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("layer.geojson")
        try geojson.write(to: file)
        let run = try GeomapRunner.run(["-ro", "-al", "-so", file.path], executable: executable)
        let text = run.text + "\n" + run.stderr
        var summary = Summary()
        if run.status != 0 { summary.errors.append("ogrinfo exited \(run.status)") }
        for line in text.split(separator: "\n").map(String.init) {
            if line.hasPrefix("ERROR") {
                summary.errors.append(line)
            } else if line.hasPrefix("Geometry: ") {
                summary.geometry = String(line.dropFirst("Geometry: ".count))
            } else if line.hasPrefix("Feature Count: ") {
                summary.featureCount = Int(line.dropFirst("Feature Count: ".count))
            } else if line.contains("ID[\"EPSG\",4326]") {
                summary.isWGS84 = true
            } else if let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "),
                      let paren = line.lastIndex(of: "("), paren > colon {
                // "fatalities: Integer (0.0)" or "in_area: Integer(Boolean) (1.0)"
                let name = String(line[..<colon])
                let type = line[line.index(after: colon)..<paren].trimmingCharacters(in: .whitespaces)
                summary.fields[name] = type
            }
        }
        return summary
    }
}
