import Foundation
import Gazetteer

/// One feature of a geomap layer, as read back from GeoJSON for comparison.
public struct ComparedFeature: Sendable {
    public var point: GeoPoint?
    /// Properties as JSON text of each value ("null", "3", "\"Armed clash\""), so any two layers
    /// compare exactly whatever their field types.
    public var properties: [String: String]

    var source: String { Self.plain(properties["source"]) }
    /// Events pair by type; mentions by the place they name.
    var kind: String { Self.plain(properties["event_type"] ?? properties["mention"]) }
    /// The span of text the feature came from, in Unicode scalars.
    var span: Range<Int>? {
        let start = Int(Self.plain(properties["evidence_start"] ?? properties["start"]))
        let end = Int(Self.plain(properties["evidence_end"] ?? properties["end"]))
        guard let start, let end, end >= start else { return nil }
        return start..<max(end, start + 1)
    }
    /// The place's English name (events: location; mentions: name_en).
    var place: String { Self.plain(properties["location"] ?? properties["name_en"]) }
    var label: String {
        let subType = Self.plain(properties["sub_event_type"])
        return "\(source): \(subType.isEmpty ? kind : subType) at \(place.isEmpty ? "no place" : place)"
    }

    static func plain(_ json: String?) -> String {
        guard let json else { return "" }
        if json.hasPrefix("\""), let s = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String {
            return s
        }
        return json == "null" ? "" : json
    }
}

/// What changed between two geomap outputs (GeoJSON or GeoJSON Text Sequences).
///
/// Features pair when they come from the same source, are of the same kind (event type, or the
/// mention's text) and their evidence overlaps; among several candidates the largest overlap wins,
/// then the nearest. A pair is *moved* when its points are further apart than the tolerance,
/// *changed* when any property other than the feature id and the offsets differs.
public struct LayerComparison: Sendable {
    public struct Moved: Sendable {
        public var old: ComparedFeature, new: ComparedFeature
        /// nil when one of the two has no geometry.
        public var distanceKm: Double?
    }
    public struct Changed: Sendable {
        public var old: ComparedFeature, new: ComparedFeature
        public var fields: [String]
    }

    public var paired = 0
    public var moved: [Moved] = []
    public var changed: [Changed] = []
    public var added: [ComparedFeature] = []
    public var removed: [ComparedFeature] = []
    public var toleranceKm: Double

    public var isSame: Bool { moved.isEmpty && changed.isEmpty && added.isEmpty && removed.isEmpty }

    /// Properties that shift whenever anything earlier in the output does; not a change in themselves.
    public static let incidental: Set<String> = ["id", "evidence_start", "evidence_end", "start", "end"]

    /// Pairs `old` with `new`; properties in `ignoring` never count as changed.
    public init(old: [ComparedFeature], new: [ComparedFeature], toleranceKm: Double,
                ignoring: Set<String> = LayerComparison.incidental) {
        self.toleranceKm = toleranceKm
        var candidates: [String: [Int]] = [:]
        for (i, f) in new.enumerated() { candidates[f.source + "\u{1F}" + f.kind, default: []].append(i) }
        var taken = [Bool](repeating: false, count: new.count)
        let newSpans = new.map(\.span)
        for o in old {
            let pool = candidates[o.source + "\u{1F}" + o.kind] ?? []
            let span = o.span
            var best: (index: Int, overlap: Int, distance: Double)?
            for i in pool where !taken[i] {
                let overlap = Self.overlap(span, newSpans[i])
                guard overlap > 0 else { continue }
                let distance = Self.distance(o.point, new[i].point) ?? .infinity
                if best == nil || overlap > best!.overlap || (overlap == best!.overlap && distance < best!.distance) {
                    best = (i, overlap, distance)
                }
            }
            guard let best else {
                removed.append(o)
                continue
            }
            taken[best.index] = true
            paired += 1
            let n = new[best.index]
            let located = (o.point == nil) == (n.point == nil)
            let distance = Self.distance(o.point, n.point)
            if !located || (distance ?? 0) > toleranceKm {
                moved.append(Moved(old: o, new: n, distanceKm: distance))
            }
            let fields = Set(o.properties.keys).union(n.properties.keys)
                .filter { !ignoring.contains($0) && o.properties[$0] != n.properties[$0] }
                .sorted()
            if !fields.isEmpty { changed.append(Changed(old: o, new: n, fields: fields)) }
        }
        added = new.indices.filter { !taken[$0] }.map { new[$0] }
    }

    static func overlap(_ a: Range<Int>?, _ b: Range<Int>?) -> Int {
        guard let a, let b else { return a == nil && b == nil ? 1 : 0 }
        return max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
    }

    static func distance(_ a: GeoPoint?, _ b: GeoPoint?) -> Double? {
        guard let a, let b else { return nil }
        return a.distanceKm(to: b)
    }

    /// The report, one line per difference, then a summary line.
    public var report: String {
        var lines: [String] = []
        for m in moved {
            let how = m.distanceKm.map { String(format: "%.2f km", $0) }
                ?? (m.old.point == nil ? "now located" : "no longer located")
            lines.append("moved: \(m.old.label) -> \(m.new.place) (\(how))")
        }
        for c in changed {
            let diffs = c.fields.map { "\($0) \(c.old.properties[$0] ?? "absent") -> \(c.new.properties[$0] ?? "absent")" }
            lines.append("changed: \(c.old.label): " + diffs.joined(separator: "; "))
        }
        for r in removed { lines.append("removed: \(r.label)") }
        for a in added { lines.append("added: \(a.label)") }
        lines.append("\(paired) paired, \(moved.count) moved beyond \(String(format: "%g", toleranceKm)) km, "
            + "\(changed.count) changed, \(removed.count) removed, \(added.count) added")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Reads the features of a GeoJSON FeatureCollection or an RFC 8142 text sequence.
public enum LayerReader {
    public struct Failure: Error, Sendable {
        public var message: String
    }

    public static func features(of data: Data) throws(Failure) -> [ComparedFeature] {
        let objects: [Any]
        do {
            if data.first == 0x1E {
                objects = try data.split(separator: 0x1E).compactMap { chunk -> Any? in
                    let trimmed = chunk.drop { $0 == 0x0A || $0 == 0x20 }
                    return trimmed.isEmpty ? nil : try JSONSerialization.jsonObject(with: Data(trimmed))
                }
            } else {
                let root = try JSONSerialization.jsonObject(with: data)
                guard let collection = root as? [String: Any], collection["type"] as? String == "FeatureCollection",
                      let features = collection["features"] as? [Any] else {
                    throw Failure(message: "not a GeoJSON FeatureCollection")
                }
                objects = features
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(message: "not valid JSON: not a geomap layer")
        }
        var result: [ComparedFeature] = []
        for (n, object) in objects.enumerated() {
            guard let feature = object as? [String: Any], feature["type"] as? String == "Feature" else {
                throw Failure(message: "feature \(n + 1) is not a GeoJSON Feature")
            }
            var point: GeoPoint?
            if let geometry = feature["geometry"] as? [String: Any] {
                guard geometry["type"] as? String == "Point", let c = geometry["coordinates"] as? [Double], c.count >= 2 else {
                    throw Failure(message: "feature \(n + 1): geometry is not a Point")
                }
                point = GeoPoint(latitude: c[1], longitude: c[0])
            }
            var properties: [String: String] = [:]
            for (key, value) in feature["properties"] as? [String: Any] ?? [:] {
                properties[key] = jsonText(value)
            }
            result.append(ComparedFeature(point: point, properties: properties))
        }
        return result
    }

    private static func jsonText(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes]) {
            return String(decoding: data, as: UTF8.self)
        }
        return "\(value)"
    }
}
