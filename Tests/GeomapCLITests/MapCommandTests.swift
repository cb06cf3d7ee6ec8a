import Foundation
import Testing

/// `geomap map` end to end: the SVG of the seeds, the same SVG from a saved layer, and the exit
/// codes of a bad --from.
@Suite("geomap map", .serialized)
struct MapCommandTests {
    @Test func mapOfTheSeedsIsAnSVGOnStandardOutput() throws {
        let r = try GeomapRunner.run(["map"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        #expect(r.text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        #expect(r.text.hasSuffix("</svg>\n"))
        #expect(r.text.contains("Al-Baghuz Fawqani · <tspan xml:lang=\"ar\""))
    }

    @Test func aSavedLayerGivesTheSameMapAsTheSeeds() throws {
        let dir = try GeomapRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let direct = try GeomapRunner.run(["map"])
        #expect(direct.status == 0, "stderr: \(direct.stderr)")
        for format in ["geojson", "geojsonseq"] {
            let events = try GeomapRunner.run(["events", "--format", format, "seeds"])
            #expect(events.status == 0, "\(format): \(events.stderr)")
            let layer = dir.appendingPathComponent("events.\(format)")
            try events.stdout.write(to: layer)
            let fromFile = try GeomapRunner.run(["map", "--from", layer.path])
            #expect(fromFile.status == 0, "\(format): \(fromFile.stderr)")
            #expect(fromFile.stdout == direct.stdout, "\(format): the map from the saved layer differs")
        }
        let out = dir.appendingPathComponent("map.svg")
        let written = try GeomapRunner.run(["map", "--out", out.path, "seeds"])
        #expect(written.status == 0 && written.stdout.isEmpty, "stderr: \(written.stderr)")
        #expect(try Data(contentsOf: out) == direct.stdout)
    }

    @Test func aMissingLayerIsNoInput() throws {
        let r = try GeomapRunner.run(["map", "--from", "no/such/events.geojson"])
        #expect(r.status == 66)
        #expect(r.stderr == "no/such/events.geojson: error: no such file\n")
        #expect(r.stdout.isEmpty)
    }

    @Test(arguments: [
        ("not json", "not valid JSON: not a geomap layer"),
        (#"{"type":"Point","coordinates":[40,35]}"#, "not a GeoJSON FeatureCollection"),
        (#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"mention":"x"}}]}"#,
         "not an events layer (feature 1 has no event_type)"),
    ])
    func aLayerThatIsNotOfEventsIsBadData(content: String, message: String) throws {
        let dir = try GeomapRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("layer.geojson")
        try Data(content.utf8).write(to: file)
        let r = try GeomapRunner.run(["map", "--from", file.path])
        #expect(r.status == 65, "\(content)")
        #expect(r.stderr == "\(file.path): error: \(message)\n", "\(content)")
        #expect(r.stdout.isEmpty)
    }

    @Test(arguments: [
        (["map", "--from", "a.geojson", "seeds"], "map draws either --from FILE or the events of PATHs, not both"),
        (["map", "--format", "csv"], "map writes SVG; --format does not apply"),
        (["events", "--out", "x.svg"], "--out is an option of map"),
        (["map", "--from"], "option --from needs a value"),
    ])
    func misusedOptionsAreUsageErrors(arguments: [String], message: String) throws {
        let r = try GeomapRunner.run(arguments)
        #expect(r.status == 64, "\(arguments)")
        #expect(r.stderr.hasPrefix("geomap: error: \(message)\n"), "\(arguments): \(r.stderr)")
    }

    @Test func helpExplainsMap() throws {
        let r = try GeomapRunner.run(["help", "map"])
        #expect(r.status == 0)
        #expect(r.text.contains("geomap map --from LAYER"))
        #expect(try GeomapRunner.run(["help"]).text.contains("geomap map [PATH ...]"))
    }
}
