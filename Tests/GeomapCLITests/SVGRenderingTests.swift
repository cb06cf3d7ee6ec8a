import Foundation
import Testing

/// Renders `geomap map`'s SVG to PNG with librsvg, the renderer of GNOME and of many publishing
/// pipelines: a document it renders without error, at the size the SVG states, opens in a browser
/// and in Inkscape.
///
/// `rsvg-convert` comes from Debian's `librsvg2-bin`, which `.ci/run` installs. On a machine
/// without it these tests are skipped, except under CI (`CI` set), where a missing
/// `rsvg-convert` is a failure.
@Suite("librsvg renders the map", .serialized, .enabled(if: RSVG.isAvailable || Clients.isRequired))
struct SVGRenderingTests {
    @Test func theMapOfTheSeedsRendersAtItsStatedSize() throws {
        let run = try GeomapRunner.run(["map"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let stated = try #require(RSVG.statedSize(of: run.text), "no width and height on <svg>")
        let png = try RSVG.render(run.stdout)
        #expect(png.errors.isEmpty, "\(png.errors)")
        #expect(png.data.count > 10_000, "a PNG of \(png.data.count) bytes")
        let size = try #require(RSVG.pngSize(png.data), "not a PNG")
        #expect(size.width == stated.width && size.height == stated.height, "\(size) for an SVG of \(stated)")
    }
}

enum RSVG {
    static let executable = Clients.onPath("rsvg-convert")
    static var isAvailable: Bool { executable != nil }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "rsvg-convert is not on PATH (install Debian's librsvg2-bin)" }
    }

    /// The PNG rsvg-convert makes of `svg`, and anything it said on standard error.
    static func render(_ svg: Data) throws -> (data: Data, errors: [String]) {
        guard let executable else { throw Missing() }
        let dir = try GeomapRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("map.svg"), output = dir.appendingPathComponent("map.png")
        try svg.write(to: input)
        let run = try GeomapRunner.run(["--format", "png", "--output", output.path, input.path],
                                       executable: executable)
        var errors = run.stderr.split(separator: "\n").map(String.init)
        if run.status != 0 { errors.append("rsvg-convert exited \(run.status)") }
        return ((try? Data(contentsOf: output)) ?? Data(), errors)
    }

    /// The width and height attributes of the root element, in whole pixels.
    static func statedSize(of svg: String) -> (width: Int, height: Int)? {
        guard let start = svg.range(of: "<svg "), let end = svg[start.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = svg[start.upperBound..<end]
        func attribute(_ name: String) -> Int? {
            guard let r = tag.range(of: " \(name)=\"") else { return nil }
            return Int(tag[r.upperBound...].prefix { $0 != "\"" })
        }
        guard let w = attribute("width"), let h = attribute("height") else { return nil }
        return (w, h)
    }

    /// Width and height from a PNG's IHDR chunk.
    static func pngSize(_ png: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](png.prefix(24))
        guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
              bytes[12..<16] == [0x49, 0x48, 0x44, 0x52] else { return nil }
        func u32(_ i: Int) -> Int { bytes[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (u32(16), u32(20))
    }
}

/// Opens `geomap map`'s SVG in headless Chromium (Tests/Clients/svg.html through
/// map_in_chromium.py): the browser's XML parser reads it, and it shows as an image at the size
/// the SVG states. Skipped off CI when Chromium is missing; under CI a missing Chromium fails.
@Suite("a browser shows the map", .serialized, .enabled(if: WebMap.chromium != nil || Clients.isRequired))
struct SVGInBrowserTests {
    @Test func theMapOfTheSeedsOpensInChromium() throws {
        let run = try GeomapRunner.run(["map"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let stated = try #require(RSVG.statedSize(of: run.text), "no width and height on <svg>")
        let report = try Self.show(run.stdout)
        #expect(report["parsed"] as? Bool == true, "\(report)")
        #expect(report["root"] as? String == "svg", "\(report)")
        #expect((report["errors"] as? [Any])?.isEmpty == true, "\(report)")
        #expect((report["texts"] as? Int ?? 0) > 10, "\(report)")
        #expect(report["width"] as? Int == stated.width && report["height"] as? Int == stated.height, "\(report) for \(stated)")
    }

    @Test func aBrokenSVGIsCaught() throws {
        // The check itself: an SVG with an unclosed element is reported as unparsed.
        let report = try Self.show(Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><g></svg>".utf8))
        #expect(report["parsed"] as? Bool == false, "\(report)")
    }

    static func show(_ svg: Data) throws -> [String: Any] {
        guard let chromium = WebMap.chromium, let python = WebMap.python else {
            throw Clients.Missing(what: "chromium", install: "apt-get install chromium")
        }
        return try Clients.withLayerFile(svg) { file, dir in
            let empty = dir.appendingPathComponent("nothing")
            try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
            let shot = dir.appendingPathComponent("map.png")
            let script = Clients.scripts.appendingPathComponent("map_in_chromium.py")
            let page = Clients.scripts.appendingPathComponent("svg.html")
            let run = try GeomapRunner.run([script.path, page.path, empty.path, file.path, shot.path],
                                           environment: ["PYTHONDONTWRITEBYTECODE": "1", "CHROMIUM": chromium.path], executable: python)
            guard run.status == 0, let report = try? run.json() else {
                throw WebMap.ScriptFailed(page: "svg.html", status: run.status, stderr: run.stderr)
            }
            return report
        }
    }
}

/// Opens `geomap map`'s SVG in Inkscape, the editor a newsroom would finish the map in, and exports
/// it to PNG. Inkscape exits 0 even when it cannot read a file, so the check reads what it says on
/// standard error and the PNG it writes. Skipped off CI when Inkscape is missing (Debian's
/// `inkscape`, which `.ci/run` installs); under CI a missing Inkscape fails.
@Suite("Inkscape opens the map", .serialized, .enabled(if: Inkscape.executable != nil || Clients.isRequired))
struct InkscapeTests {
    @Test func theMapOfTheSeedsOpensAndExports() throws {
        let run = try GeomapRunner.run(["map"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let stated = try #require(RSVG.statedSize(of: run.text), "no width and height on <svg>")
        let export = try Inkscape.export(run.stdout)
        #expect(export.problems.isEmpty, "\(export.problems)")
        let size = try #require(export.png.flatMap(RSVG.pngSize), "Inkscape wrote no PNG")
        #expect(size.width == stated.width && size.height == stated.height, "\(size) for an SVG of \(stated)")
    }

    @Test func aBrokenSVGIsCaught() throws {
        let export = try Inkscape.export(Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><g></svg>".utf8))
        #expect(!export.problems.isEmpty || export.png == nil)
    }
}

enum Inkscape {
    static let executable: URL? = Clients.onPath("inkscape")

    /// The lines of Inkscape's standard error that say it could not read the file, and the PNG it
    /// exported, if any.
    static func export(_ svg: Data) throws -> (problems: [String], png: Data?) {
        guard let executable else { throw Clients.Missing(what: "inkscape", install: "apt-get install inkscape") }
        let dir = try GeomapRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("map.svg")
        let out = dir.appendingPathComponent("map.png")
        try svg.write(to: file)
        // Its settings and caches stay in the scratch folder.
        let run = try GeomapRunner.run([file.path, "--export-type=png", "--export-filename=\(out.path)"],
                                       environment: ["HOME": dir.path, "XDG_CONFIG_HOME": dir.path, "XDG_CACHE_HOME": dir.path],
                                       executable: executable)
        let problems = run.stderr.split(separator: "\n").map(String.init).filter { line in
            ["parser error", "cannot be opened", "Failed to open", "failed to create document"].contains { line.contains($0) }
        }
        return (problems, try? Data(contentsOf: out))
    }
}
