import Foundation

/// A strict check of the RFC 7946 rules a GeoJSON reader relies on, for geomap's layers: a
/// FeatureCollection of Features, each with a string or number id, a Point geometry (or null)
/// of two finite numbers in range, longitude first, properties an object, and no member that
/// RFC 7946 removed (crs) or that would be foreign at the top level.
enum RFC7946 {
    static func problems(in data: Data) -> [String] {
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            return ["not a JSON object"]
        }
        var problems: [String] = []
        if root["type"] as? String != "FeatureCollection" { problems.append("top level is not a FeatureCollection") }
        if root["crs"] != nil { problems.append("crs member (removed by RFC 7946)") }
        guard let features = root["features"] as? [[String: Any]] else { return problems + ["features is not an array"] }
        for (i, f) in features.enumerated() {
            if f["type"] as? String != "Feature" { problems.append("feature \(i): type is not Feature") }
            if let id = f["id"], !(id is String || id is NSNumber) { problems.append("feature \(i): id is neither string nor number") }
            if !(f["properties"] is [String: Any] || f["properties"] is NSNull) { problems.append("feature \(i): properties") }
            guard let g = f["geometry"] else { problems.append("feature \(i): no geometry member"); continue }
            if g is NSNull { continue }
            guard let geometry = g as? [String: Any], geometry["type"] as? String == "Point",
                let c = geometry["coordinates"] as? [NSNumber], c.count == 2
            else {
                problems.append("feature \(i): geometry is not a 2D Point")
                continue
            }
            let lon = c[0].doubleValue, lat = c[1].doubleValue
            if !(-180...180).contains(lon) || !(-90...90).contains(lat) { problems.append("feature \(i): coordinates out of range") }
        }
        return problems
    }
}
