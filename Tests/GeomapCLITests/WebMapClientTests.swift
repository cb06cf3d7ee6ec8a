import Foundation
import Testing

/// Shows geomap's layers on the web maps analysts build, in headless Chromium: Leaflet's GeoJSON
/// layer (SVG) and MapLibre GL JS's GeoJSON source with a circle layer (WebGL). Each page reports
/// what it drew; every located feature must be drawn where it belongs, with no JavaScript error,
/// and a screenshot is saved (to GEOMAP_SCREENSHOTS, when that names a directory).
///
/// Needs Debian's `chromium` and `libjs-leaflet`, and MapLibre's maplibre-gl.js, which `.ci/run`
/// takes from the PyPI wheel `maplibre` into .build-clients/maplibre. Skipped where they are
/// missing, except under CI.
@Suite("Leaflet and MapLibre draw every layer", .serialized)
struct WebMapClientTests {
    static let layers: [[String]] = [[], ["events", "seeds", "--include-unlocated"], ["mentions", "seeds"]]

    @Test(.enabled(if: WebMap.isAvailable(.leaflet) || Clients.isRequired), arguments: layers)
    func leafletDrawsEveryLocatedFeature(_ arguments: [String]) throws {
        let (report, features) = try Self.show(arguments, with: .leaflet)
        let located = Clients.located(features)
        #expect(report["layers"] as? Int == located, "\(arguments): \(located) located features, Leaflet made layers: \(report)")
        #expect(report["paths"] as? Int == located, "\(arguments): \(located) located features, Leaflet drew: \(report)")
    }

    @Test(.enabled(if: WebMap.isAvailable(.maplibre) || Clients.isRequired), arguments: layers)
    func mapLibreDrawsEveryLocatedFeature(_ arguments: [String]) throws {
        let (report, features) = try Self.show(arguments, with: .maplibre)
        let located = Clients.located(features)
        #expect(report["source"] as? Int == located, "\(arguments): \(located) located features, the source holds: \(report)")
        #expect(report["rendered"] as? Int == located, "\(arguments): \(located) located features, MapLibre rendered: \(report)")
    }

    /// Runs geomap with `arguments`, shows the output on `library`'s page and checks what every
    /// page reports: no error, every feature read, every located one painted at its position, and
    /// most in Syria (a file with latitude first puts them far north of it).
    static func show(_ arguments: [String], with library: WebMap.Library) throws -> ([String: Any], [[String: Any]]) {
        let run = try GeomapRunner.run(arguments)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        let features = try run.features()
        let located = Clients.located(features)
        let name = (["geomap"] + arguments.prefix(1)).joined(separator: "-") + (arguments.count > 2 ? "-all" : "")
        let report = try WebMap.show(run.stdout, with: library, name: name)
        #expect(report["errors"] as? [String] == [], "\(arguments): \(library) page: \(report["errors"] ?? "no report")")
        #expect(report["features"] as? Int == features.count, "\(arguments): \(features.count) features, the page read: \(report)")
        #expect(report["located"] as? Int == located, "\(arguments): \(located) located features, the page found: \(report)")
        #expect(report["painted"] as? Int == located, "\(arguments): \(located) located features, painted on screen: \(report)")
        let inSyria = report["inSyria"] as? Int ?? 0
        #expect(located > 0 && inSyria * 2 > located, "\(arguments): \(inSyria) of \(located) points in Syria: \(report)")
        return (report, features)
    }
}
