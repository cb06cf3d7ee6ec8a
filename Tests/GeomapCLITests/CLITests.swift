import Foundation
import Testing

/// End-to-end runs of the built binary: standard output, standard error and exit code.
@Suite("geomap command line", .serialized)
struct CLITests {
    static let article = "قصفت طائرات التحالف الدولي أمس مواقع لتنظيم داعش في بلدة هجين بريف دير الزور الشرقي.\n"

    @Test func defaultRunWritesEventsOfTheSeeds() throws {
        let r = try GeomapRunner.run([])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let json = try r.json()
        #expect(json["type"] as? String == "FeatureCollection")
        #expect(RFC7946.problems(in: r.stdout).isEmpty, "\(RFC7946.problems(in: r.stdout).prefix(5))")
        let features = try r.features()
        #expect(!features.isEmpty)
        let sources = Set(features.compactMap { ($0["properties"] as? [String: Any])?["source"] as? String })
        #expect(sources.allSatisfy { $0.hasSuffix(".txt") } && sources.count >= 4)
        for f in features {
            let geometry = f["geometry"] as? [String: Any]
            #expect(geometry?["type"] as? String == "Point")
        }
    }

    @Test func outputIsDeterministic() throws {
        let a = try GeomapRunner.run(["mentions", "seeds"])
        let b = try GeomapRunner.run(["mentions", "seeds"])
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
    }

    @Test func readsStandardInput() throws {
        let r = try GeomapRunner.run(["mentions"], stdin: Data(Self.article.utf8))
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let features = try r.features()
        let props = features.compactMap { $0["properties"] as? [String: Any] }
        #expect(props.allSatisfy { $0["source"] as? String == "-" })
        #expect(props.contains { $0["name_en"] as? String == "Hajin" })
    }

    @Test func offsetsSkipTheBOMAndFoldCRLF() throws {
        let dir = try GeomapRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let body = "سطر أول\r\nغارات على بلدة هجين\r\n"
        var bytes = Data([0xEF, 0xBB, 0xBF])
        bytes.append(Data(body.utf8))
        let file = dir.appendingPathComponent("bom.txt")
        try bytes.write(to: file)
        let r = try GeomapRunner.run(["mentions", file.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let decoded = Array(body.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars)
        let props = try r.features().compactMap { $0["properties"] as? [String: Any] }
        let hajin = try #require(props.first { $0["name_en"] as? String == "Hajin" })
        let start = try #require(hajin["start"] as? Int), end = try #require(hajin["end"] as? Int)
        #expect(String(String.UnicodeScalarView(decoded[start..<end])) == hajin["mention"] as? String)
        #expect(hajin["mention"] as? String == "هجين")
    }

    @Test func missingFileAloneIsNoInput() throws {
        let r = try GeomapRunner.run(["events", "no/such/file.txt"])
        #expect(r.status == 66)
        #expect(r.stderr.contains("no/such/file.txt: error: no such file or directory"))
        #expect(try r.json()["type"] as? String == "FeatureCollection")
    }

    @Test func badInputsAreSkippedAndTheRestIsWritten() throws {
        let dir = try GeomapRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.article.utf8).write(to: dir.appendingPathComponent("a-good.txt"))
        var latin1 = Data("غارات على ".utf8)
        let badOffset = latin1.count
        latin1.append(contentsOf: [0xFF, 0xFE, 0x41])
        try latin1.write(to: dir.appendingPathComponent("b-latin1.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("c-image.png"))
        try Data().write(to: dir.appendingPathComponent("d-empty.txt"))
        try Data(Self.article.utf8).write(to: dir.appendingPathComponent(".hidden.txt"))
        let r = try GeomapRunner.run(["mentions", dir.path, "missing.txt"])
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasSuffix("b-latin1.txt: error: not UTF-8 text (byte 0xFF at offset \(badOffset))") }, "\(lines)")
        #expect(lines.contains { $0.contains("c-image.png: error: binary data") }, "\(lines)")
        #expect(lines.contains { $0.contains("d-empty.txt: error: empty file") }, "\(lines)")
        #expect(lines.contains { $0.contains("missing.txt: error: no such file or directory") }, "\(lines)")
        #expect(lines.count == 4, "one line per bad input: \(lines)")
        let sources = Set(try r.features().compactMap { ($0["properties"] as? [String: Any])?["source"] as? String })
        #expect(sources == ["a-good.txt"])
    }

    @Test func unreadableFileIsReportedAndTheRestIsWritten() throws {
        let dir = try GeomapRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.article.utf8).write(to: dir.appendingPathComponent("a.txt"))
        let locked = dir.appendingPathComponent("b-locked.txt")
        try Data(Self.article.utf8).write(to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        // The superuser reads any file; then there is nothing unreadable to report.
        let fd = open(locked.path, O_RDONLY)
        let readable = fd >= 0
        if readable { close(fd) }
        let r = try GeomapRunner.run(["mentions", dir.path])
        let sources = Set(try r.features().compactMap { ($0["properties"] as? [String: Any])?["source"] as? String })
        if readable {
            #expect(r.status == 0 && sources == ["a.txt", "b-locked.txt"])
        } else {
            #expect(r.status == 1)
            #expect(r.stderr.contains("b-locked.txt: error: "), "\(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1)
            #expect(sources == ["a.txt"])
        }
    }

    @Test func symlinkLoopIsReportedNotFollowed() throws {
        let dir = try GeomapRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.article.utf8).write(to: dir.appendingPathComponent("a.txt"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("loop").path, withDestinationPath: dir.path)
        let r = try GeomapRunner.run(["mentions", dir.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("loop: error: symbolic link loop"), "\(r.stderr)")
        #expect(!(try r.features()).isEmpty)
    }

    @Test func malformedGazetteerIsBadData() throws {
        let dir = try GeomapRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = try String(contentsOf: GeomapRunner.repositoryRoot.appendingPathComponent("Resources/gazetteer.tsv"), encoding: .utf8)
        var lines = good.split(separator: "\n", omittingEmptySubsequences: false).prefix(5).map(String.init)
        var fields = lines[3].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        fields[8] = "north"
        lines[3] = fields.joined(separator: "\t")
        let file = dir.appendingPathComponent("broken.tsv")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let column = fields.prefix(8).reduce(1) { $0 + $1.count + 1 }
        let r = try GeomapRunner.run(["--gazetteer", file.path, "events"], stdin: Data(Self.article.utf8))
        #expect(r.status == 65)
        #expect(r.stderr == "\(file.path):4:\(column): error: lat: not a number: 'north'\n")
        #expect(r.stdout.isEmpty)
        let viaEnv = try GeomapRunner.run(["events"], stdin: Data(Self.article.utf8), environment: ["GEOMAP_GAZETTEER": file.path])
        #expect(viaEnv.status == 65)
    }

    @Test func badUsageIsExit64() throws {
        let r = try GeomapRunner.run(["--format", "kml"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("geomap: error: unknown format 'kml'"))
        #expect(try GeomapRunner.run(["--no-such-option"]).status == 64)
        #expect(try GeomapRunner.run(["--date", "yesterday"]).status == 64)
    }

    @Test func helpTeachesWithExamples() throws {
        let r = try GeomapRunner.run(["--help"])
        #expect(r.status == 0)
        #expect(r.text.contains("USAGE") && r.text.contains("EXAMPLES"))
        let sub = try GeomapRunner.run(["help", "mentions"])
        #expect(sub.status == 0 && sub.text.contains("geomap mentions"))
        #expect(try GeomapRunner.run(["--version"]).text.hasPrefix("geomap "))
    }

    @Test func lookupPrintsCandidates() throws {
        let r = try GeomapRunner.run(["lookup", "الهول"])
        #expect(r.status == 0)
        #expect(r.text.contains("Al-Hol") || r.text.contains("Hole"))
        let geo = try GeomapRunner.run(["lookup", "الهول", "--format", "geojson"])
        #expect(try !geo.features().isEmpty)
        #expect(try GeomapRunner.run(["lookup", "Atlantis"]).status == 1)
    }

    @Test func everyLayerIsValidRFC7946() throws {
        for args in [["mentions", "seeds"], ["events", "seeds", "--include-unlocated"], ["gazetteer"], ["lookup", "الرقة", "--format", "geojson"]] {
            let r = try GeomapRunner.run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(RFC7946.problems(in: r.stdout).isEmpty, "\(args): \(RFC7946.problems(in: r.stdout).prefix(5))")
        }
    }

    @Test func everyLayerIsValidAsAGeoJSONTextSequence() throws {
        for args in [["mentions", "seeds"], ["events", "seeds", "--include-unlocated"], ["gazetteer"], ["lookup", "الرقة"]] {
            let seq = try GeomapRunner.run(args + ["--format", "geojsonseq"])
            #expect(seq.status == 0, "\(args): \(seq.stderr)")
            #expect(RFC7946.problems(inSequence: seq.stdout).isEmpty, "\(args): \(RFC7946.problems(inSequence: seq.stdout).prefix(5))")
            // The same features as the FeatureCollection, in the same order.
            let recordIDs = seq.stdout.split(separator: 0x1E).map { record in
                ((try? JSONSerialization.jsonObject(with: Data(record))) as? [String: Any])?["id"] as? String
            }
            let featureIDs = try GeomapRunner.run(args + ["--format", "geojson"]).features().map { $0["id"] as? String }
            #expect(!recordIDs.isEmpty && recordIDs == featureIDs, "\(args)")
        }
    }

    @Test func gazetteerLayerHasEveryRow() throws {
        let r = try GeomapRunner.run(["gazetteer"])
        #expect(r.status == 0)
        let rows = try String(contentsOf: GeomapRunner.repositoryRoot.appendingPathComponent("Resources/gazetteer.tsv"), encoding: .utf8)
            .split(separator: "\n").count - 1
        #expect(try r.features().count == rows)
    }

    @Test func compareExitsOneOnDifferencesAndNamesThem() throws {
        let dir = try GeomapRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let old = dir.appendingPathComponent("old.geojson"), new = dir.appendingPathComponent("new.geojson")
        try GeomapRunner.run(["events", "seeds"]).stdout.write(to: old)
        let same = try GeomapRunner.run(["compare", old.path, old.path])
        #expect(same.status == 0 && same.text.contains(" 0 moved") && same.text.contains("0 added"), "\(same.text)")

        // Move the first event about 20 km and drop the last one.
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: old)) as! [String: Any]
        var features = json["features"] as! [[String: Any]]
        var geometry = features[0]["geometry"] as! [String: Any]
        var c = geometry["coordinates"] as! [Double]
        c[1] += 0.2
        geometry["coordinates"] = c
        features[0]["geometry"] = geometry
        features.removeLast()
        json["features"] = features
        try JSONSerialization.data(withJSONObject: json).write(to: new)
        let differs = try GeomapRunner.run(["compare", old.path, new.path, "--tolerance-km", "5"])
        #expect(differs.status == 1)
        #expect(differs.text.contains("moved: ") && differs.text.contains("removed: ") && differs.text.contains("1 moved beyond 5 km"), "\(differs.text)")
        #expect(try GeomapRunner.run(["compare", old.path, new.path, "--tolerance-km", "50"]).text.contains("0 moved beyond 50 km"))

        let missing = try GeomapRunner.run(["compare", old.path, dir.appendingPathComponent("nope.geojson").path])
        #expect(missing.status == 66 && missing.stderr.contains("nope.geojson: error: no such file"))
        let notLayer = try GeomapRunner.run(["compare", "README.md", old.path])
        #expect(notLayer.status == 65 && notLayer.stderr.hasPrefix("README.md: error:"))
        #expect(try GeomapRunner.run(["compare", old.path]).status == 64)
        #expect(try GeomapRunner.run(["compare", old.path, old.path, "--tolerance-km", "far"]).status == 64)
    }
}
