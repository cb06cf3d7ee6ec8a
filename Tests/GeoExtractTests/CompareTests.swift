import Foundation
import Testing
@testable import GeoExtract
@testable import Gazetteer

/// `geomap compare`: pairing two outputs and naming what moved, changed, appeared or vanished.
@Suite("comparing two layers")
struct CompareTests {
    static func feature(_ type: String, at lon: Double, _ lat: Double, span: (Int, Int),
                        source: String = "a.txt", fatalities: String = "null", id: String = "x") -> String {
        """
        {"type":"Feature","id":"\(id)","geometry":{"type":"Point","coordinates":[\(lon),\(lat)]},\
        "properties":{"source":"\(source)","event_type":"\(type)","location":"P","fatalities":\(fatalities),\
        "evidence_start":\(span.0),"evidence_end":\(span.1),"id":"\(id)"}}
        """
    }

    static func layer(_ features: [String]) throws -> [ComparedFeature] {
        try LayerReader.features(of: Data((#"{"type":"FeatureCollection","features":["# + features.joined(separator: ",") + "]}").utf8))
    }

    @Test func identicalLayersAreTheSame() throws {
        let a = try Self.layer([Self.feature("Battles", at: 40.9, 34.5, span: (0, 50)), Self.feature("Protests", at: 40.1, 35.3, span: (60, 90))])
        let c = LayerComparison(old: a, new: a, toleranceKm: 0.1)
        #expect(c.isSame && c.paired == 2)
    }

    @Test func reportsMovesBeyondTheToleranceChangesAdditionsAndRemovals() throws {
        let old = try Self.layer([
            Self.feature("Battles", at: 40.90, 34.50, span: (0, 50), id: "1"),
            Self.feature("Riots", at: 40.10, 35.30, span: (60, 90), id: "2"),
            Self.feature("Protests", at: 40.10, 35.30, span: (100, 120), id: "3"),
        ])
        let new = try Self.layer([
            // Same event, 0.1 degree of longitude east (about 9 km), evidence re-cut, id renumbered.
            Self.feature("Battles", at: 41.00, 34.50, span: (10, 60), id: "9"),
            Self.feature("Riots", at: 40.10, 35.30, span: (60, 90), fatalities: "2", id: "2"),
            Self.feature("Protests", at: 40.10, 35.30, span: (300, 320), id: "3"),
        ])
        let c = LayerComparison(old: old, new: new, toleranceKm: 1)
        #expect(c.paired == 2)
        #expect(c.moved.count == 1)
        let km = try #require(c.moved.first?.distanceKm)
        #expect(km > 8 && km < 10)
        #expect(c.changed.map(\.fields) == [["fatalities"]])
        #expect(c.removed.count == 1 && c.added.count == 1)
        #expect(c.report.hasSuffix("2 paired, 1 moved beyond 1 km, 1 changed, 1 removed, 1 added\n"))
        // A wider tolerance forgives the move, not the rest.
        let wide = LayerComparison(old: old, new: new, toleranceKm: 20)
        #expect(wide.moved.isEmpty && !wide.isSame)
    }

    @Test func pairsOnlyTheSameTypeFromTheSameSource() throws {
        let old = try Self.layer([Self.feature("Battles", at: 40.9, 34.5, span: (0, 50))])
        let otherType = try Self.layer([Self.feature("Riots", at: 40.9, 34.5, span: (0, 50))])
        let otherSource = try Self.layer([Self.feature("Battles", at: 40.9, 34.5, span: (0, 50), source: "b.txt")])
        for new in [otherType, otherSource] {
            let c = LayerComparison(old: old, new: new, toleranceKm: 1)
            #expect(c.paired == 0 && c.removed.count == 1 && c.added.count == 1)
        }
    }

    @Test func readsTextSequencesAndRejectsWhatIsNotALayer() throws {
        let seq = Data(("\u{1E}" + Self.feature("Battles", at: 40.9, 34.5, span: (0, 5)) + "\n").utf8)
        #expect(try LayerReader.features(of: seq).count == 1)
        #expect(throws: LayerReader.Failure.self) { try LayerReader.features(of: Data("not json".utf8)) }
        #expect(throws: LayerReader.Failure.self) { try LayerReader.features(of: Data(#"{"type":"Feature"}"#.utf8)) }
        #expect(throws: LayerReader.Failure.self) {
            try LayerReader.features(of: Data(#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[]}}]}"#.utf8))
        }
    }
}
