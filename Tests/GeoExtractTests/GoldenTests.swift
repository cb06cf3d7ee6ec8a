import Foundation
import Testing
@testable import GeoExtract
@testable import Gazetteer

/// Whole outputs for the bundled seeds against recorded golden files, compared as `geomap compare`
/// does: geometry within a distance tolerance, every attribute exactly. Re-record with
/// `GEOMAP_RECORD_GOLDEN=1 swift test`, and read the diff before committing it.
@Suite("golden outputs of the seeds")
struct GoldenTests {
    static let toleranceKm = 0.05

    static func render(_ layer: TextLayer) throws -> Data {
        let pipeline = Pipeline(gazetteer: TestSupport.gazetteer, layer: layer)
        var out = Data()
        let writer = FeatureWriter(format: .geojson) { out.append(contentsOf: $0) }
        writer.begin()
        let seeds = TestSupport.root.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        for name in names {
            let data = try Data(contentsOf: seeds.appendingPathComponent(name))
            let doc = try Document.decode(data, source: name, path: name)
            for f in pipeline.features(of: doc) { writer.write(f) }
        }
        writer.end()
        return out
    }

    @Test("seeds match the golden output", arguments: [TextLayer.events, .mentions])
    func golden(_ layer: TextLayer) throws {
        let file = TestSupport.root.appendingPathComponent("Tests/GeoExtractTests/Golden/seeds.\(layer.rawValue).geojson")
        let actual = try Self.render(layer)
        if ProcessInfo.processInfo.environment["GEOMAP_RECORD_GOLDEN"] == "1" {
            try actual.write(to: file)
            return
        }
        // The same pairing and report as `geomap compare`, with every property significant.
        let comparison = LayerComparison(
            old: try LayerReader.features(of: Data(contentsOf: file)),
            new: try LayerReader.features(of: actual),
            toleranceKm: Self.toleranceKm, ignoring: [])
        #expect(comparison.paired > 0)
        let same = comparison.isSame
        #expect(same, "\(comparison.report)")
    }
}
