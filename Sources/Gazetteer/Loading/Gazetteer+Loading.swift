import Foundation

extension Gazetteer {
    /// The environment variable that names a gazetteer file to use instead of the bundled one.
    public static let environmentVariable = "GEOMAP_GAZETTEER"

    /// Loads the gazetteer: from `path` when given, else from `GEOMAP_GAZETTEER`, else the bundled file.
    public static func load(path: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(GazetteerError) -> Gazetteer
    {
        if let path, !path.isEmpty { return try load(contentsOf: path) }
        if let path = environment[environmentVariable], !path.isEmpty { return try load(contentsOf: path) }
        return try loadBundled()
    }

    /// Loads the gazetteer bundled with the library.
    public static func loadBundled() throws(GazetteerError) -> Gazetteer {
        guard let path = bundledPath() else { throw .bundledResourceMissing }
        return try load(contentsOf: path)
    }

    /// Where the bundled gazetteer is, looked for without `Bundle.module` (which traps when the
    /// resource bundle is not beside a copied binary).
    public static func bundledPath() -> String? {
        let fm = FileManager.default
        var dirs: [URL] = []
        if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
            dirs.append(exe)
            dirs.append(exe.deletingLastPathComponent().appendingPathComponent("share/geomap"))
        }
        dirs.append(Bundle.main.bundleURL)
        for dir in dirs {
            for bundle in ["geomap_Gazetteer.resources", "geomap_Gazetteer.bundle", "geomap_Gazetteer.bundle/Contents/Resources"] {
                let candidate = dir.appendingPathComponent(bundle).appendingPathComponent("gazetteer.tsv").path
                if fm.isReadableFile(atPath: candidate) { return candidate }
            }
            let flat = dir.appendingPathComponent("gazetteer.tsv").path
            if fm.isReadableFile(atPath: flat) { return flat }
        }
        return nil
    }

    /// Loads a gazetteer file.
    public static func load(contentsOf path: String) throws(GazetteerError) -> Gazetteer {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(file: path, reason: Self.reason(error))
        }
        return try Gazetteer(tsv: data, file: path)
    }

    /// Parses gazetteer TSV bytes; `file` names them in errors.
    public convenience init(tsv data: Data, file: String) throws(GazetteerError) {
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .notUTF8(file: file, byteOffset: Self.firstInvalidUTF8Offset(data))
        }
        var places: [Place] = []
        var firstLine: [String: Int] = [:]
        var lineNumber = 0
        var sawHeader = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            if lineNumber == 1, line.first == "\u{FEFF}" { line = line.dropFirst() }
            if line.isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if !sawHeader {
                let names = fields.map(String.init)
                guard names == Place.tsvColumns else {
                    throw .badHeader(file: file, expected: Place.tsvColumns, found: names)
                }
                sawHeader = true
                continue
            }
            let place = try Place.parseTSV(fields: fields, file: file, line: lineNumber)
            if let first = firstLine[place.id] {
                throw .duplicateId(file: file, line: lineNumber, id: place.id, firstLine: first)
            }
            firstLine[place.id] = lineNumber
            places.append(place)
        }
        guard sawHeader else { throw .badHeader(file: file, expected: Place.tsvColumns, found: []) }
        self.init(places: places, origin: file)
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileReadNoSuchFileError: return "no such file"
            case NSFileReadNoPermissionError: return "permission denied"
            default: break
            }
        }
        return ns.localizedDescription
    }

    /// Offset of the first byte that is not part of a valid UTF-8 sequence.
    public static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        data.withUnsafeBytes { raw in
            UTF8Validation.firstInvalidOffset(raw.bindMemory(to: UInt8.self)) ?? data.count
        }
    }
}
