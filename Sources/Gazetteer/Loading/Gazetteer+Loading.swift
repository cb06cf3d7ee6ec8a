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
        let parsed = data.withUnsafeBytes { raw -> Result<(places: [Place], byId: [String: Int]), GazetteerError> in
            Result { () throws(GazetteerError) in try Self.placesAndIds(raw.bindMemory(to: UInt8.self), file: file) }
        }
        let (places, byId) = try parsed.get()
        self.init(places: places, origin: file, byId: byId)
    }

    /// The places of gazetteer TSV bytes.
    package static func parseRows(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(GazetteerError) -> [Place] {
        try placesAndIds(bytes, file: file).places
    }

    /// Splits the bytes into lines (LF, with an optional CR before it) and fields (TAB) in one
    /// pass, making strings only of the fields that a place keeps; notes where each id is.
    static func placesAndIds(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(GazetteerError)
        -> (places: [Place], byId: [String: Int])
    {
        if let bad = UTF8Validation.firstInvalidOffset(bytes) { throw .notUTF8(file: file, byteOffset: bad) }
        var places: [Place] = []
        places.reserveCapacity(bytes.count / 200)
        var lines: [Int] = []
        lines.reserveCapacity(bytes.count / 200)
        var byId: [String: Int] = [:]
        byId.reserveCapacity(bytes.count / 200)
        var lineNumber = 0
        var sawHeader = false
        var row = TSVFields(bytes: bytes, capacity: Place.tsvColumns.count)
        var lineStart = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { lineStart = 3 }
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = bytes.count
            if let base = bytes.baseAddress, let lf = memchr(base + lineStart, 0x0A, bytes.count - lineStart) {
                lineEnd = base.distance(to: lf.assumingMemoryBound(to: UInt8.self))
            }
            let next = lineEnd + 1
            if lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            defer { lineStart = next }
            if lineEnd == lineStart { continue }
            row.split(lineStart, lineEnd)
            if !sawHeader {
                let fields = row.strings()
                guard fields == Place.tsvColumns else {
                    throw .badHeader(file: file, expected: Place.tsvColumns, found: fields)
                }
                sawHeader = true
                continue
            }
            let place: Place
            if let plain = Place.parsePlainTSV(row) {
                place = plain
            } else {
                place = try Place.parseTSV(fields: row.strings(), file: file, line: lineNumber)
            }
            if let first = byId.updateValue(places.count, forKey: place.id) {
                throw .duplicateId(file: file, line: lineNumber, id: place.id, firstLine: lines[first])
            }
            places.append(place)
            lines.append(lineNumber)
        }
        guard sawHeader else { throw .badHeader(file: file, expected: Place.tsvColumns, found: []) }
        return (places, byId)
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
