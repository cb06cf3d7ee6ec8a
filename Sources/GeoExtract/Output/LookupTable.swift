import Gazetteer

/// The readable table `geomap lookup` prints.
public enum LookupTable {
    public static func render(_ places: [Place], query: String) -> String {
        if places.isEmpty { return "" }
        var rows: [[String]] = [["id", "kind", "name_en", "name_ar", "admin", "lat", "lon"]]
        for p in places {
            let chain = [p.admin1?.name, p.admin2?.name, p.admin3?.name].compactMap { $0 }
            var dedup: [String] = []
            for c in chain where dedup.last != c { dedup.append(c) }
            rows.append([
                p.id, p.kind.rawValue, p.nameEn, p.nameAr, dedup.joined(separator: " > "),
                format(p.point.latitude), format(p.point.longitude),
            ])
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        var out = ""
        for r in rows {
            var line = ""
            for (i, c) in r.enumerated() {
                line += c
                if i < r.count - 1 { line += String(repeating: " ", count: widths[i] - c.count + 2) }
            }
            out += line + "\n"
        }
        return out
    }

    static func format(_ v: Double) -> String {
        let scaled = (v * 10000).rounded() / 10000
        return String(scaled)
    }
}
