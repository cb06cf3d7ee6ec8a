import Foundation

/// Runs `Tests/Clients/map_in_chromium.py` on one of the web map pages and returns its report.
enum WebMap {
    enum Library: String, CustomStringConvertible {
        case leaflet, maplibre
        var description: String { rawValue }

        var page: URL { Clients.scripts.appendingPathComponent("\(rawValue).html") }

        /// The folder with the library's .js and .css: Debian's libjs-leaflet, and maplibre-gl.js
        /// as `.ci/run` unpacks it from the PyPI wheel. LEAFLET_DIR and MAPLIBRE_DIR name others.
        var directory: URL {
            let environment = ProcessInfo.processInfo.environment
            switch self {
            case .leaflet:
                return URL(fileURLWithPath: environment["LEAFLET_DIR"] ?? "/usr/share/javascript/leaflet")
            case .maplibre:
                return environment["MAPLIBRE_DIR"].map { URL(fileURLWithPath: $0) }
                    ?? GeomapRunner.repositoryRoot.appendingPathComponent(".build-clients/maplibre")
            }
        }

        var script: String { self == .leaflet ? "leaflet.js" : "maplibre-gl.js" }

        var install: String {
            self == .leaflet ? "apt-get install chromium libjs-leaflet"
                : "apt-get install chromium, and maplibre-gl.js from the PyPI wheel maplibre==0.3.6 in .build-clients/maplibre (.ci/run does both)"
        }
    }

    static let chromium: URL? = ProcessInfo.processInfo.environment["CHROMIUM"].map { URL(fileURLWithPath: $0) }
        ?? Clients.onPath("chromium")

    static let python: URL? = Clients.onPath("python3")

    static func isAvailable(_ library: Library) -> Bool {
        chromium != nil && python != nil
            && FileManager.default.fileExists(atPath: library.directory.appendingPathComponent(library.script).path)
    }

    struct ScriptFailed: Error, CustomStringConvertible {
        var page: String
        var status: Int32
        var stderr: String
        var description: String { "map_in_chromium.py \(page) exited \(status): \(stderr.suffix(800))" }
    }

    /// Shows `geojson` on the library's page and returns the page's report (a JSON object). The
    /// screenshot goes to GEOMAP_SCREENSHOTS/`name`-`library`.png when that variable names a
    /// directory, and is checked to be a PNG either way.
    static func show(_ geojson: Data, with library: Library, name: String) throws -> [String: Any] {
        guard isAvailable(library), let python else { throw Clients.Missing(what: "\(library) in chromium", install: library.install) }
        return try Clients.withLayerFile(geojson) { file, dir in
            let shot = dir.appendingPathComponent("\(name)-\(library).png")
            var environment = ["PYTHONDONTWRITEBYTECODE": "1"]
            if let chromium { environment["CHROMIUM"] = chromium.path }
            let script = Clients.scripts.appendingPathComponent("map_in_chromium.py")
            let run = try GeomapRunner.run([script.path, library.page.path, library.directory.path, file.path, shot.path],
                                           environment: environment, executable: python)
            guard run.status == 0, let report = try? run.json() else {
                throw ScriptFailed(page: library.page.lastPathComponent, status: run.status, stderr: run.stderr)
            }
            let png = try Data(contentsOf: shot)
            guard png.starts(with: [0x89, 0x50, 0x4E, 0x47]), png.count > 1000 else {
                throw ScriptFailed(page: library.page.lastPathComponent, status: run.status, stderr: "the screenshot is not a PNG")
            }
            if let keep = ProcessInfo.processInfo.environment["GEOMAP_SCREENSHOTS"], !keep.isEmpty {
                let kept = URL(fileURLWithPath: keep).appendingPathComponent(shot.lastPathComponent)
                try FileManager.default.createDirectory(at: kept.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? FileManager.default.removeItem(at: kept)
                try FileManager.default.copyItem(at: shot, to: kept)
            }
            return report
        }
    }
}
