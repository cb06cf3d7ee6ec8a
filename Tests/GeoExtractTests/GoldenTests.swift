import Foundation
import Testing
@testable import GeoExtract
@testable import Gazetteer

/// Whole outputs for the bundled seeds against recorded golden files: geometry within a distance
/// tolerance, every attribute exactly. Re-record with `GEOMAP_RECORD_GOLDEN=1 swift test`, and
/// read the diff before committing it.
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

    static func features(_ data: Data) throws -> [String: [String: Any]] {
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        var byId: [String: [String: Any]] = [:]
        for f in json?["features"] as? [[String: Any]] ?? [] {
            byId[f["id"] as? String ?? ""] = f
        }
        return byId
    }

    static func point(_ f: [String: Any]) -> GeoPoint? {
        guard let g = f["geometry"] as? [String: Any], let c = g["coordinates"] as? [Double], c.count == 2 else { return nil }
        return GeoPoint(latitude: c[1], longitude: c[0])
    }

    @Test("seeds match the golden output", arguments: [TextLayer.events, .mentions])
    func golden(_ layer: TextLayer) throws {
        let file = TestSupport.root.appendingPathComponent("Tests/GeoExtractTests/Golden/seeds.\(layer.rawValue).geojson")
        let actual = try Self.render(layer)
        if ProcessInfo.processInfo.environment["GEOMAP_RECORD_GOLDEN"] == "1" {
            try actual.write(to: file)
            return
        }
        let expected = try Self.features(Data(contentsOf: file))
        let got = try Self.features(actual)
        let added = Set(got.keys).subtracting(expected.keys).sorted(), removed = Set(expected.keys).subtracting(got.keys).sorted()
        #expect(added.isEmpty && removed.isEmpty, "added: \(added), removed: \(removed)")
        for (id, e) in expected {
            guard let g = got[id] else { continue }
            if let pe = Self.point(e), let pg = Self.point(g) {
                #expect(pe.distanceKm(to: pg) <= Self.toleranceKm, "\(id) moved \(pe.distanceKm(to: pg)) km")
            } else {
                #expect(Self.point(e) == nil && Self.point(g) == nil, "\(id): geometry appeared or vanished")
            }
            let pe = e["properties"] as? NSDictionary, pg = g["properties"] as? NSDictionary
            #expect(pe == pg, "\(id): attributes changed")
        }
    }
}
