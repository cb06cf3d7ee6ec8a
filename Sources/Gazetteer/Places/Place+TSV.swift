/// Reading gazetteer rows from tab-separated text.
extension Place {
    /// The columns of `gazetteer.tsv`, in order.
    public static let tsvColumns = [
        "id", "kind", "name_en", "name_ar", "name_ar_origin", "ar_variants", "ar_derived", "en_variants",
        "lat", "lon", "admin1", "admin1_code", "admin2", "admin2_code", "admin3", "admin3_code",
        "population", "in_area", "coord_source", "ambiguous_ar", "parent_id", "note",
    ]

    /// Each kind with the UTF-8 of its name in the file.
    private static let kindNames = PlaceKind.allCases.map { (utf8: Array($0.rawValue.utf8), kind: $0) }

    /// Reads one data row from its bytes when every field is in its plain form; nil when any
    /// field is not, and then `parseTSV(fields:file:line:)` decides (and names the error). The
    /// place is the one that reader would make.
    static func parsePlainTSV(_ row: TSVFields) -> Place? {
        guard row.count == tsvColumns.count, !row.isEmpty(0), !row.isEmpty(2) || !row.isEmpty(3) else { return nil }
        guard let kind = kindNames.first(where: { row.equals(1, utf8: $0.utf8) })?.kind else { return nil }
        let origin: Bool
        if row.isEmpty(4) || row.equals(4, "source") {
            origin = true
        } else if row.equals(4, "derived") {
            origin = false
        } else {
            return nil
        }
        guard let lat = row.plainDecimal(8), (-90...90).contains(lat),
            let lon = row.plainDecimal(9), (-180...180).contains(lon)
        else { return nil }
        var population: Int?
        if !row.isEmpty(16) {
            guard let p = row.plainWholeNumber(16) else { return nil }
            population = p
        }
        let inArea: Bool
        if row.equals(17, "1") {
            inArea = true
        } else if row.equals(17, "0") {
            inArea = false
        } else {
            return nil
        }
        func unit(_ name: Int, _ code: Int) -> AdminUnit? {
            row.isEmpty(name) ? nil : AdminUnit(name: row.string(name), code: row.optional(code))
        }
        return Place(
            id: row.string(0), kind: kind, nameEn: row.string(2), nameAr: row.string(3), nameArFromSource: origin,
            arabicVariants: row.list(5), arabicDerived: row.list(6), latinVariants: row.list(7),
            point: GeoPoint(latitude: lat, longitude: lon),
            admin1: unit(10, 11), admin2: unit(12, 13), admin3: unit(14, 15),
            population: population, inArea: inArea, coordSource: row.string(18), ambiguousArabic: row.list(19),
            parentId: row.optional(20), note: row.string(21))
    }

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
