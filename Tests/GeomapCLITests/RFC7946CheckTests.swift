import Foundation
import Testing

/// The RFC 7946 checker that every layer test relies on must itself reject what a strict reader
/// rejects; otherwise those tests could not fail. (It cannot tell [lat, lon] from [lon, lat] when
/// both are in range; the client tests check that the points land in Syria.)
@Suite("RFC 7946 checker")
struct RFC7946CheckTests {
    static let good = #"{"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":[40.95,34.457182]},"properties":{"name":"الباغوز"}}"#

    static func collection(_ features: String...) -> Data {
        Data(#"{"type":"FeatureCollection","features":[\#(features.joined(separator: ","))]}"#.utf8)
    }

    @Test func acceptsAGoodLayer() {
        #expect(RFC7946.problems(in: Self.collection(Self.good)).isEmpty)
        let unlocated = #"{"type":"Feature","id":7,"geometry":null,"properties":null}"#
        #expect(RFC7946.problems(in: Self.collection(Self.good, unlocated)).isEmpty)
        #expect(RFC7946.problems(inSequence: Data("\u{1E}\(Self.good)\n\u{1E}\(unlocated)\n".utf8)).isEmpty)
    }

    @Test(arguments: [
        #"{"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":[40.95,134.4]},"properties":{}}"#,
        #"{"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":[true,false]},"properties":{}}"#,
        #"{"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":["40.95","34.45"]},"properties":{}}"#,
        #"{"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":[40.95]},"properties":{}}"#,
        #"{"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":[40.123456789,34.45]},"properties":{}}"#,
        #"{"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":[40.95,34.45],"properties":{}},"properties":{}}"#,
        #"{"type":"Feature","id":"a","geometry":{"type":"Line","coordinates":[40.95,34.45]},"properties":{}}"#,
        #"{"type":"Feature","id":true,"geometry":null,"properties":{}}"#,
        #"{"type":"Feature","id":null,"geometry":null,"properties":{}}"#,
        #"{"type":"Feature","id":"a","geometry":null,"properties":[]}"#,
        #"{"type":"Feature","id":"a","geometry":null}"#,
        #"{"type":"Feature","id":"a","properties":{}}"#,
        #"{"type":"Feature","id":"a","geometry":null,"properties":{},"coordinates":[40.95,34.45]}"#,
        #"{"type":"Feature","id":"a","geometry":null,"properties":{},"bbox":[40,35,41]}"#,
        #"{"type":"Feature","id":"a","geometry":null,"properties":{},"crs":{"type":"name"}}"#,
        #"{"type":"feature","id":"a","geometry":null,"properties":{}}"#,
        #"[]"#,
    ])
    func rejectsABrokenFeature(_ feature: String) {
        #expect(!RFC7946.problems(in: Self.collection(feature)).isEmpty, "\(feature)")
        #expect(!RFC7946.problems(inSequence: Data("\u{1E}\(feature)\n".utf8)).isEmpty, "\(feature)")
    }

    @Test(arguments: [
        #"{"type":"FeatureCollection","features":{}}"#,
        #"{"type":"Collection","features":[]}"#,
        #"{"type":"FeatureCollection","features":[],"crs":{"type":"name","properties":{"name":"EPSG:4326"}}}"#,
        #"{"type":"FeatureCollection","features":[],"properties":{}}"#,
        "\u{FEFF}{\"type\":\"FeatureCollection\",\"features\":[]}",
        #"{"type":"FeatureCollection","features":[]"#,
    ])
    func rejectsABrokenCollection(_ text: String) {
        #expect(!RFC7946.problems(in: Data(text.utf8)).isEmpty, "\(text)")
    }

    @Test func rejectsABrokenSequence() {
        let good = Self.good
        for text in ["\(good)\n", "\u{1E}\(good)", "\u{1E}\(good)\n\u{1E}\(good)", "\u{1E}\(good)\n\u{1E}{\n",
                     "\u{1E}\(String(decoding: Self.collection(good), as: UTF8.self))\n"] {
            #expect(!RFC7946.problems(inSequence: Data(text.utf8)).isEmpty, "\(text)")
        }
    }
}
