import Foundation
import GeoExtract
import Gazetteer

/// Runs one invocation and turns every failure into a message and an exit code.
struct Runner {
    var arguments: [String]

    func run() -> ExitCode {
        let inv: Invocation
        do {
            inv = try Invocation.parse(arguments)
        } catch {
            Platform.printError("geomap: error: \(error.message)")
            Platform.printError("see 'geomap help\(error.command.map { $0 == .help ? "" : " " + $0.rawValue } ?? "")'")
            return .usage
        }
        switch inv.command {
        case .help:
            writeOut(Usage.text(for: inv.helpTopic) + "\n")
            return .ok
        case .version:
            writeOut(Usage.version + "\n")
            return .ok
        case .compare:
            return compare(inv.paths[0], inv.paths[1], toleranceKm: inv.toleranceKm)
        default:
            break
        }
        if inv.command == .events || inv.command == .map {
            // The lexicons are built on the other core while this one loads the gazetteer.
            DispatchQueue.global().async { EventExtractor.prepareLexicons() }
        } else if inv.command == .mentions {
            // Mentions need only the place-context words, not the event rules' lexicons.
            DispatchQueue.global().async { MentionExtractor.prepareLexicon() }
        }
        let gazetteer: Gazetteer
        do {
            gazetteer = try Gazetteer.load(path: inv.gazetteerPath, environment: Platform.environment)
        } catch {
            Platform.printError(error.description)
            return error == .bundledResourceMissing ? .noInput : (isUnreadable(error) ? .noInput : .dataError)
        }
        // Thousands of places and names: releasing them one by one costs more than the work on
        // a short article.
        Platform.keepUntilExit(gazetteer)
        switch inv.command {
        case .gazetteer:
            return GazetteerCommands.writeLayer(gazetteer, format: inv.format)
        case .lookup:
            return GazetteerCommands.lookup(inv.paths.joined(separator: " "), in: gazetteer, format: inv.formatGiven ? inv.format : nil)
        case .mentions:
            return runText(.mentions, inv, gazetteer)
        case .map:
            return map(inv, gazetteer)
        default:
            return runText(.events, inv, gazetteer)
        }
    }

    /// The bytes of a layer file (`compare`, `map --from`), or nil once the reason is on stderr.
    private func readLayer(_ path: String) -> Data? {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let why = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file"
            Platform.printError("\(path): error: \(why)")
            return nil
        }
    }

    /// `geomap compare OLD NEW`: the differences on stdout, exit 1 when there are any.
    private func compare(_ oldPath: String, _ newPath: String, toleranceKm: Double) -> ExitCode {
        var layers: [[ComparedFeature]] = []
        for path in [oldPath, newPath] {
            guard let data = readLayer(path) else { return .noInput }
            do {
                layers.append(try LayerReader.features(of: data))
            } catch {
                Platform.printError("\(path): error: \(error.message)")
                return .dataError
            }
        }
        let comparison = LayerComparison(old: layers[0], new: layers[1], toleranceKm: toleranceKm)
        writeOut(comparison.report)
        return comparison.isSame ? .ok : .someInputFailed
    }

    /// `geomap map`: the events of the inputs (or of --from FILE) drawn as an SVG map.
    private func map(_ inv: Invocation, _ gazetteer: Gazetteer) -> ExitCode {
        let layer: Data, origin: String
        var status = ExitCode.ok
        if let path = inv.fromPath {
            guard let data = readLayer(path) else { return .noInput }
            layer = data
            origin = path
        } else {
            // The events go through their GeoJSON text, so a map drawn from a saved layer is
            // the same map.
            let collected = ByteCollector()
            status = runText(.events, inv, gazetteer, sink: collected.append)
            if status == .noInput { return status }
            layer = collected.data
            origin = "<events>"
        }
        let drawing = MapCommand.draw(layer: layer, origin: origin, gazetteer: gazetteer, outPath: inv.outPath)
        return drawing == .ok ? status : drawing
    }

    private func isUnreadable(_ e: GazetteerError) -> Bool {
        if case .unreadable = e { return true }
        return false
    }

    private func writeOut(_ s: String) { Platform.printOut(s) }

    /// Reads the inputs, writes the layer, reports what was skipped.
    /// `sink` takes the layer's bytes instead of standard output.
    private func runText(_ layer: TextLayer, _ inv: Invocation, _ gazetteer: Gazetteer,
                         sink: ((UnsafeRawBufferPointer) -> Void)? = nil) -> ExitCode {
        var paths = inv.paths
        if paths.isEmpty {
            if Platform.standardInputHasData() {
                paths = ["-"]
            } else if let seeds = SeedLocator.seedsDirectory() {
                paths = [seeds]
            } else {
                Platform.printError("geomap: error: no input: give a PATH or pipe a text in (the sample seeds/ folder was not found)")
                return .noInput
            }
        }
        let (items, problems) = InputCollector.collect(paths)
        for p in problems { Platform.printError(p.description) }
        let pipeline = Pipeline(
            gazetteer: gazetteer, layer: layer,
            options: EventOptions(publicationDate: inv.date, includeUnlocated: inv.includeUnlocated))
        let writer = sink.map { FeatureWriter(format: inv.format, csvColumns: pipeline.columns, sink: $0) }
            ?? FeatureWriter(format: inv.format, csvColumns: pipeline.columns)
        writer.begin()
        var failures = problems.count
        var read = 0
        // Standard input is read at most once, by whichever worker gets it.
        let stdinData = StandardInputOnce()
        let format = inv.format, columns = pipeline.columns
        var progress = Progress(total: items.count)
        var done = 0
        BatchProcessor().run(items, stdin: { stdinData.read() }, transform: { doc in
            FeatureWriter.encode(pipeline.features(of: doc), format: format, csvColumns: columns)
        }) { _, result in
            switch result {
            case .success(let encoded):
                read += 1
                writer.writeEncoded(encoded)
                if inv.format == .geojsonseq { writer.flush() }
            case .failure(let e):
                failures += 1
                progress.clear()
                Platform.printError(e.description)
            }
            done += 1
            progress.update(done: done)
        }
        progress.clear()
        writer.end()
        if read == 0 && failures > 0 { return .noInput }
        return failures > 0 ? .someInputFailed : .ok
    }
}

/// Standard input, read once on first use (from whichever thread asks).
final class StandardInputOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func read() -> Data {
        lock.lock()
        defer { lock.unlock() }
        if let data { return data }
        let d = Platform.readStandardInput()
        data = d
        return d
    }
}
