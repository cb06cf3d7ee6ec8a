import Foundation

/// What the client tests share: where the client scripts live, how programs are found, and
/// whether a missing client is skipped (a developer's machine) or a failure (CI, where `.ci/run`
/// installs every client).
enum Clients {
    /// Tests/Clients: the scripts and pages that open a layer in each client.
    static let scripts = GeomapRunner.repositoryRoot.appendingPathComponent("Tests/Clients")

    static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// An executable on PATH, or nil.
    static func onPath(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: "\($0)/\(name)") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// A client is missing: skipped off CI, a failure under CI.
    struct Missing: Error, CustomStringConvertible {
        var what: String
        var install: String
        var description: String { "\(what) is missing (\(install))" }
    }

    /// Writes a layer to a .geojson file in a fresh temporary directory, which `body` may also
    /// use, and removes the directory afterwards.
    static func withLayerFile<T>(_ geojson: Data, _ body: (URL, URL) throws -> T) throws -> T {
        let dir = try GeomapRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("layer.geojson")
        try geojson.write(to: file)
        return try body(file, dir)
    }

    /// Features that have a geometry.
    static func located(_ features: [[String: Any]]) -> Int {
        features.filter { $0["geometry"] is [String: Any] }.count
    }
}
