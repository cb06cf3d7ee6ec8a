/// Reading gazetteer rows from tab-separated text.
extension Place {
    /// The columns of `gazetteer.tsv`, in order.
    public static let tsvColumns = [
        "id", "kind", "name_en", "name_ar", "name_ar_origin", "ar_variants", "ar_derived", "en_variants",
        "lat", "lon", "admin1", "admin1_code", "admin2", "admin2_code", "admin3", "admin3_code",
        "population", "in_area", "coord_source", "ambiguous_ar", "parent_id", "note",
    ]

    /// Parses one data row. `fields` are the row's tab-separated fields; `line` is its 1-based line.
    /// Errors name the 1-based column (counted in characters, as editors count them).
    package static func parseTSV(fields: [String], file: String, line: Int) throws(GazetteerError) -> Place {
        func fail(_ index: Int, _ reason: String) -> GazetteerError {
            var column = 1
            for f in fields.prefix(index) { column += f.count + 1 }
            let name = index < tsvColumns.count ? tsvColumns[index] : "field \(index + 1)"
            return .malformedRow(file: file, line: line, column: column, field: name, reason: reason)
        }
        guard fields.count == tsvColumns.count else {
            let index = min(fields.count, tsvColumns.count)
            throw fail(index, "expected \(tsvColumns.count) tab-separated fields, found \(fields.count)")
        }
        func text(_ i: Int) -> String { fields[i] }
        func list(_ i: Int) -> [String] {
            fields[i].isEmpty ? [] : fields[i].utf8.split(separator: 0x3B).map { String(Substring($0)) }
        }
        func optional(_ i: Int) -> String? { fields[i].isEmpty ? nil : fields[i] }
        func coordinate(_ i: Int, range: ClosedRange<Double>) throws(GazetteerError) -> Double {
            guard let v = Double(fields[i]), v.isFinite else {
                throw fail(i, fields[i].isEmpty ? "missing coordinate" : "not a number: '\(fields[i])'")
            }
            guard range.contains(v) else { throw fail(i, "out of range: \(fields[i])") }
            return v
        }
        func unit(_ name: Int, _ code: Int) -> AdminUnit? {
            fields[name].isEmpty ? nil : AdminUnit(name: text(name), code: optional(code))
        }

        guard !fields[0].isEmpty else { throw fail(0, "empty id") }
        guard let kind = PlaceKind(rawValue: text(1)) else {
            throw fail(1, "unknown kind '\(fields[1])' (expected one of \(PlaceKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard !fields[2].isEmpty || !fields[3].isEmpty else { throw fail(2, "a place needs an English or an Arabic name") }
        let origin: Bool
        switch fields[4] {
        case "source", "": origin = true
        case "derived": origin = false
        default: throw fail(4, "expected 'source' or 'derived', found '\(fields[4])'")
        }
        let lat = try coordinate(8, range: -90...90)
        let lon = try coordinate(9, range: -180...180)
        var population: Int?
        if !fields[16].isEmpty {
            guard let p = Int(fields[16]), p >= 0 else { throw fail(16, "not a whole number: '\(fields[16])'") }
            population = p
        }
        let inArea: Bool
        switch fields[17] {
        case "1": inArea = true
        case "0": inArea = false
        default: throw fail(17, "expected 0 or 1, found '\(fields[17])'")
        }
        return Place(
            id: text(0), kind: kind, nameEn: text(2), nameAr: text(3), nameArFromSource: origin,
            arabicVariants: list(5), arabicDerived: list(6), latinVariants: list(7),
            point: GeoPoint(latitude: lat, longitude: lon),
            admin1: unit(10, 11), admin2: unit(12, 13), admin3: unit(14, 15),
            population: population, inArea: inArea, coordSource: text(18), ambiguousArabic: list(19),
            parentId: optional(20), note: text(21))
    }
}
