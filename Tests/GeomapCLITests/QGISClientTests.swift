import Foundation
import Testing

/// Opens geomap's layers in QGIS itself (PyQGIS, headless, through the same "ogr" provider as
/// Add Vector Layer) and checks what an analyst gets: a valid Point layer in EPSG:4326 with every
/// feature, the field types QGIS stores, and every value and position read back as written,
/// Arabic text included.
///
/// Runs `Tests/Clients/qgis_layer.py` with Debian's system Python (`python3-qgis`,
/// `qgis-providers`, installed by `.ci/run`). Skipped where PyQGIS is missing, except under CI.
@Suite("PyQGIS opens every layer", .serialized, .enabled(if: PyQGIS.isAvailable || Clients.isRequired))
struct QGISClientTests {
    static let integer: Set = ["int", "qlonglong"]

    @Test(arguments: [[], ["events", "seeds", "--include-unlocated"]])
    func eventsAreOnePointLayerWithTypedFields(_ arguments: [String]) throws {
        let layer = try Self.expectReadBack(arguments)
        let expected: [String: Set<String>] = [
            "event_date": ["QDate"],
            "fatalities": Self.integer, "injured": Self.integer,
            "geo_precision": Self.integer, "time_precision": Self.integer,
            "confidence": ["double"],
            "event_type": ["QString"], "evidence": ["QString"], "location_ar": ["QString"],
        ]
        for (field, types) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(layer.fields[field].map(types.contains) == true,
                    "\(arguments): \(field) is \(layer.fields[field] ?? "missing") in QGIS, expected \(types.sorted())")
        }
    }

    @Test(arguments: [["mentions", "seeds"], ["gazetteer"]])
    func mentionsAndGazetteerLayersReadBackIntact(_ arguments: [String]) throws {
        let layer = try Self.expectReadBack(arguments)
        let expected: [String: Set<String>] = [
            "geo_precision": Self.integer, "in_area": ["bool"], "name_ar": ["QString"],
            "confidence": ["double"], "start": Self.integer, "population": Self.integer,
        ]
        for (field, types) in expected.sorted(by: { $0.key < $1.key }) {
            guard let type = layer.fields[field] else { continue }  // not every layer has every field
            #expect(types.contains(type), "\(arguments): \(field) is \(type) in QGIS, expected \(types.sorted())")
        }
    }

    /// Runs geomap with `arguments`, opens the output in QGIS and checks what every layer must be.
    static func expectReadBack(_ arguments: [String]) throws -> PyQGIS.Layer {
        let run = try GeomapRunner.run(arguments)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        let features = try run.features()
        let layer = try PyQGIS.open(run.stdout)
        try #require(layer.valid, "\(arguments): QGIS says the layer is not valid: \(layer.log)")
        #expect(layer.geometry == "Point", "\(arguments): geometry \(layer.geometry ?? "none")")
        #expect(layer.crs == "EPSG:4326", "\(arguments): crs \(layer.crs ?? "none")")
        #expect(layer.featureCount == features.count && layer.features.count == features.count,
                "\(arguments): QGIS counts \(layer.featureCount ?? -1) and reads \(layer.features.count), the file has \(features.count)")
        #expect(layer.log.isEmpty, "\(arguments): \(layer.log)")
        let readBack = PyQGIS.differences(between: features, and: layer)
        #expect(readBack.problems.isEmpty, "\(arguments): \(readBack.problems.prefix(5))")
        #expect(readBack.arabicValues > 0, "\(arguments): no Arabic text was compared")
        return layer
    }
}

/// Runs `Tests/Clients/qgis_layer.py` and compares what QGIS read with the GeoJSON.
enum PyQGIS {
    /// Debian's QGIS bindings import only in the system Python.
    static let python = URL(fileURLWithPath: "/usr/bin/python3")

    static let isAvailable: Bool = {
        guard FileManager.default.isExecutableFile(atPath: python.path) else { return false }
        let probe = try? GeomapRunner.run(["-c", "import qgis.core"], executable: python)
        return probe?.status == 0
    }()

    /// What QGIS made of a layer (see the script's header).
    struct Layer {
        var valid = false
        var geometry: String?
        var crs: String?
        var featureCount: Int?
        var fields: [String: String] = [:]
        var features: [(xy: [Double]?, attributes: [String: Any])] = []
        var log: [String] = []
    }

    static func open(_ geojson: Data) throws -> Layer {
        guard isAvailable else {
            throw Clients.Missing(what: "PyQGIS", install: "apt-get install python3-qgis qgis-providers")
        }
        return try Clients.withLayerFile(geojson) { file, _ in
            let script = Clients.scripts.appendingPathComponent("qgis_layer.py")
            let run = try GeomapRunner.run([script.path, file.path], environment: ["QT_QPA_PLATFORM": "offscreen"],
                                           executable: python)
            guard run.status == 0, let report = try? run.json() else {
                throw ScriptFailed(status: run.status, stderr: run.stderr)
            }
            var layer = Layer()
            layer.valid = report["valid"] as? Bool ?? false
            layer.geometry = report["geometry"] as? String
            layer.crs = report["crs"] as? String
            layer.featureCount = report["featureCount"] as? Int
            layer.fields = report["fields"] as? [String: String] ?? [:]
            layer.log = report["log"] as? [String] ?? []
            for feature in report["features"] as? [[String: Any]] ?? [] {
                let xy = (feature["xy"] as? [NSNumber])?.map(\.doubleValue)
                layer.features.append((xy, feature["attributes"] as? [String: Any] ?? [:]))
            }
            return layer
        }
    }

    struct ScriptFailed: Error, CustomStringConvertible {
        var status: Int32
        var stderr: String
        var description: String { "qgis_layer.py exited \(status): \(stderr.suffix(800))" }
    }

    /// Every feature's position and every property, compared with what QGIS read, in file order.
    /// `arabicValues` counts the Arabic strings that were compared.
    static func differences(between features: [[String: Any]], and layer: Layer) -> (problems: [String], arabicValues: Int) {
        var problems: [String] = []
        var arabic = 0
        for (i, (feature, read)) in zip(features, layer.features).enumerated() {
            let coordinates = ((feature["geometry"] as? [String: Any])?["coordinates"] as? [NSNumber])?.map(\.doubleValue)
            switch (coordinates, read.xy) {
            case (nil, nil): break
            case let (c?, xy?) where c.count == 2 && xy.count == 2 && zip(c, xy).allSatisfy { abs($0 - $1) < 1e-9 }: break
            default: problems.append("feature \(i): position \(coordinates ?? []) reads back as \(read.xy ?? [])")
            }
            if let id = feature["id"] as? String, let readID = read.attributes["id"], !same(id, readID) {
                problems.append("feature \(i): id \(id) reads back as \(readID)")
            }
            for (key, value) in (feature["properties"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard let readValue = read.attributes[key] else {
                    problems.append("feature \(i): QGIS has no field \(key)")
                    continue
                }
                if !same(value, readValue) {
                    problems.append("feature \(i): \(key) \(value) reads back as \(readValue)")
                } else if let text = value as? String, text.unicodeScalars.contains(where: { (0x600...0x6FF).contains($0.value) }) {
                    arabic += 1
                }
            }
        }
        return (problems, arabic)
    }

    /// A GeoJSON value and what QGIS read for it: null as null, text as the same text (a date as
    /// its YYYY-MM-DD), numbers and booleans as the same number.
    static func same(_ written: Any, _ read: Any) -> Bool {
        switch written {
        case is NSNull: return read is NSNull
        case let text as String: return (read as? String) == text
        case let number as NSNumber:
            guard let readNumber = read as? NSNumber else { return false }
            return abs(number.doubleValue - readNumber.doubleValue) < 1e-9
        default: return false
        }
    }
}
