import GeoExtract

/// What the command line asks for, parsed.
struct Invocation {
    enum Command: String, CaseIterable {
        case events, mentions, gazetteer, lookup, compare, map, help, version
    }

    var command: Command = .events
    var paths: [String] = []
    var format: OutputFormat = .geojson
    var formatGiven = false
    var gazetteerPath: String?
    var date: CivilDate?
    var includeUnlocated = false
    /// How far a paired feature may move before `compare` reports it.
    var toleranceKm = 1.0
    /// map: where the SVG goes (standard output when nil), and the events layer to draw
    /// instead of extracting one.
    var outPath: String?
    var fromPath: String?
    /// The subcommand `help` explains.
    var helpTopic: Command?

    /// A usage error, said in one line.
    struct UsageError: Error {
        var message: String
        var command: Command?
    }

    static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        var inv = Invocation()
        var args = arguments[...]
        if let first = args.first, let command = Command(rawValue: first) {
            inv.command = command
            args = args.dropFirst()
        }
        var onlyPaths = false
        var commandGiven = inv.command != .events || arguments.first == "events"
        while let arg = args.popFirst() {
            // Options may come before the command: geomap --gazetteer FILE mentions DIR.
            if !commandGiven, !onlyPaths, inv.paths.isEmpty, let command = Command(rawValue: arg) {
                inv.command = command
                commandGiven = true
                continue
            }
            if onlyPaths || arg == "-" || !arg.hasPrefix("-") {
                inv.paths.append(arg)
                continue
            }
            var name = arg
            var inlineValue: String?
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inlineValue = String(arg[arg.index(after: eq)...])
            }
            func value() throws(UsageError) -> String {
                if let inlineValue { return inlineValue }
                guard let v = args.popFirst() else {
                    throw UsageError(message: "option \(name) needs a value", command: inv.command)
                }
                return v
            }
            switch name {
            case "--":
                onlyPaths = true
            case "-h", "--help":
                inv.helpTopic = inv.command == .help ? nil : inv.command
                inv.command = .help
            case "-V", "--version":
                inv.command = .version
            case "-f", "--format":
                let v = try value()
                guard let f = OutputFormat(rawValue: v) else {
                    throw UsageError(
                        message: "unknown format '\(v)' (expected \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))",
                        command: inv.command)
                }
                inv.format = f
                inv.formatGiven = true
            case "--gazetteer":
                inv.gazetteerPath = try value()
            case "--date":
                let v = try value()
                guard let d = CivilDate(iso: v) else {
                    throw UsageError(message: "--date takes a day as YYYY-MM-DD, not '\(v)'", command: inv.command)
                }
                inv.date = d
            case "--tolerance-km":
                let v = try value()
                guard let km = Double(v), km >= 0, km.isFinite else {
                    throw UsageError(message: "--tolerance-km takes a distance in km, not '\(v)'", command: inv.command)
                }
                inv.toleranceKm = km
            case "--out", "-o":
                inv.outPath = try value()
            case "--from":
                inv.fromPath = try value()
            case "--include-unlocated":
                inv.includeUnlocated = true
            default:
                throw UsageError(message: "unknown option '\(arg)'", command: inv.command)
            }
        }
        if inv.command == .help, let topic = inv.paths.first {
            guard let c = Command(rawValue: topic) else {
                throw UsageError(message: "no help on '\(topic)': not a geomap command", command: nil)
            }
            inv.helpTopic = c
            inv.paths.removeFirst()
        }
        if inv.command == .lookup && inv.paths.isEmpty {
            throw UsageError(message: "lookup needs a NAME", command: .lookup)
        }
        if inv.command == .compare && inv.paths.count != 2 {
            throw UsageError(message: "compare needs two layers, OLD and NEW (got \(inv.paths.count))", command: .compare)
        }
        if inv.command != .map && inv.command != .help && (inv.outPath != nil || inv.fromPath != nil) {
            throw UsageError(message: "\(inv.outPath != nil ? "--out" : "--from") is an option of map", command: inv.command)
        }
        if inv.command == .map && inv.formatGiven {
            throw UsageError(message: "map writes SVG; --format does not apply", command: .map)
        }
        if inv.command == .map && inv.fromPath != nil && !inv.paths.isEmpty {
            throw UsageError(message: "map draws either --from FILE or the events of PATHs, not both", command: .map)
        }
        if inv.command == .gazetteer && !inv.paths.isEmpty {
            throw UsageError(message: "gazetteer takes no PATH (use --gazetteer FILE to read another file)", command: .gazetteer)
        }
        return inv
    }
}
