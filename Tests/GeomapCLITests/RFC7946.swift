import Foundation

/// A strict check of the RFC 7946 rules a GeoJSON reader relies on, for geomap's layers: UTF-8
/// JSON without a byte order mark; a FeatureCollection of Features, each with a string or number
/// id, an object (or null) for properties, and a Point geometry (or null) of two finite numbers
/// in range, longitude first, written with at most 7 decimals; no `crs` (removed by RFC 7946) and
/// no member that would redefine a GeoJSON object (section 7.1: a Feature with `coordinates`, a
/// geometry with `properties`, ...). `problems(inSequence:)` checks RFC 8142 GeoJSON Text
/// Sequences: every record is RS, one Feature, LF.
enum RFC7946 {
    static func problems(in data: Data) -> [String] {
        if let bomProblem = bomProblem(data) { return [bomProblem] }
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            return ["not a JSON object"]
        }
        var problems: [String] = []
        if root["type"] as? String != "FeatureCollection" { problems.append("top level is not a FeatureCollection") }
        if root["crs"] != nil { problems.append("crs member (removed by RFC 7946)") }
        problems += foreignMembers(in: root, forbidden: ["coordinates", "geometries", "geometry", "properties"], label: "feature collection")
        if let bbox = root["bbox"] { problems += bboxProblems(bbox, label: "feature collection") }
        guard let features = root["features"] as? [Any] else { return problems + ["features is not an array"] }
        for (i, f) in features.enumerated() {
            problems += featureProblems(f, label: "feature \(i)")
        }
        return problems + precisionProblems(in: data)
    }

    /// RFC 8142: the text is a run of records, each an ASCII record separator (0x1E), one JSON
    /// text and a line feed; for geomap each record is a Feature that `problems(in:)` would accept
    /// inside a FeatureCollection.
    static func problems(inSequence data: Data) -> [String] {
        if data.isEmpty { return [] }
        if let bomProblem = bomProblem(data) { return [bomProblem] }
        let bytes = [UInt8](data)
        guard bytes.first == 0x1E else { return ["text before the first record separator"] }
        var problems: [String] = []
        let records = bytes.split(separator: 0x1E, omittingEmptySubsequences: false).dropFirst()
        for (i, record) in records.enumerated() {
            let label = "record \(i)"
            guard record.last == 0x0A else {
                problems.append("\(label): does not end with a line feed")
                continue
            }
            let text = Data(record)
            guard let feature = try? JSONSerialization.jsonObject(with: text) else {
                problems.append("\(label): not JSON")
                continue
            }
            problems += featureProblems(feature, label: label) + precisionProblems(in: text, label: label)
        }
        return problems
    }

    static func featureProblems(_ value: Any, label: String) -> [String] {
        guard let f = value as? [String: Any] else { return ["\(label): not an object"] }
        var problems: [String] = []
        if f["type"] as? String != "Feature" { problems.append("\(label): type is not Feature") }
        if let id = f["id"], !(id is String || isNumber(id)) { problems.append("\(label): id is neither string nor number") }
        if !(f["properties"] is [String: Any] || f["properties"] is NSNull) { problems.append("\(label): properties is neither object nor null") }
        if f["crs"] != nil { problems.append("\(label): crs member (removed by RFC 7946)") }
        problems += foreignMembers(in: f, forbidden: ["coordinates", "geometries", "features"], label: label)
        if let bbox = f["bbox"] { problems += bboxProblems(bbox, label: label) }
        guard let g = f["geometry"] else { return problems + ["\(label): no geometry member"] }
        if g is NSNull { return problems }
        guard let geometry = g as? [String: Any], geometry["type"] as? String == "Point",
            let c = geometry["coordinates"] as? [Any], c.count == 2, c.allSatisfy(isNumber)
        else {
            return problems + ["\(label): geometry is not a 2D Point of two numbers"]
        }
        problems += foreignMembers(in: geometry, forbidden: ["geometry", "properties", "features", "geometries"], label: "\(label) geometry")
        let lon = (c[0] as! NSNumber).doubleValue, lat = (c[1] as! NSNumber).doubleValue
        if !(-180...180).contains(lon) || !(-90...90).contains(lat) {
            problems.append("\(label): coordinates [\(lon), \(lat)] out of range (or not longitude first)")
        }
        return problems
    }

    /// A JSON number: NSNumber, but not the one JSONSerialization makes of true and false.
    static func isNumber(_ value: Any) -> Bool {
        guard let n = value as? NSNumber else { return false }
        return String(cString: n.objCType) != "c" && n.doubleValue.isFinite
    }

    private static func bomProblem(_ data: Data) -> String? {
        data.starts(with: [0xEF, 0xBB, 0xBF]) ? "byte order mark before the JSON text" : nil
    }

    private static func foreignMembers(in object: [String: Any], forbidden: [String], label: String) -> [String] {
        forbidden.filter { object[$0] != nil }.map { "\(label): has a '\($0)' member, which redefines GeoJSON" }
    }

    private static func bboxProblems(_ value: Any, label: String) -> [String] {
        guard let box = value as? [Any], box.count == 4, box.allSatisfy(isNumber) else {
            return ["\(label): bbox is not four numbers"]
        }
        let v = box.map { ($0 as! NSNumber).doubleValue }
        return v[1] <= v[3] ? [] : ["\(label): bbox south is above north"]
    }

    /// geomap writes coordinates with 6 decimals (about 10 cm, RFC 7946 section 11.2); more than
    /// 7 is noise a reader has to carry. Read from the text, since a parsed Double has no decimals.
    private static func precisionProblems(in data: Data, label: String = "") -> [String] {
        let text = String(decoding: data, as: UTF8.self)
        var problems: [String] = []
        for match in text.matches(of: /"coordinates"\s*:\s*\[([^\]]*)\]/) {
            for number in match.output.1.split(separator: ",") {
                let decimals = number.split(separator: ".").dropFirst().first?.prefix { $0.isNumber }.count ?? 0
                if decimals > 7 {
                    problems.append("\(label.isEmpty ? "" : label + ": ")coordinate \(number) has \(decimals) decimals")
                }
            }
        }
        return problems
    }
}
