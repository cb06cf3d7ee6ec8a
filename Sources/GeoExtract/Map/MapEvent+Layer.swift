import Foundation

extension MapEvent {
    /// The events of a layer read by `LayerReader` (GeoJSON or a GeoJSON text sequence).
    /// Fails when a feature is not an event, e.g. when the layer is one of mentions.
    package static func events(of features: [ComparedFeature]) throws(LayerReader.Failure) -> [MapEvent] {
        var events: [MapEvent] = []
        events.reserveCapacity(features.count)
        for (n, f) in features.enumerated() {
            let type = ComparedFeature.plain(f.properties["event_type"])
            guard !type.isEmpty else {
                throw LayerReader.Failure(message: "not an events layer (feature \(n + 1) has no event_type)")
            }
            func text(_ key: String) -> String { ComparedFeature.plain(f.properties[key]) }
            let date = text("event_date")
            events.append(MapEvent(
                id: "\(text("source")):\(text("evidence_start"))",
                order: n,
                point: f.point,
                eventType: type,
                fatalities: Int(text("fatalities")),
                date: date.isEmpty ? nil : date,
                location: text("location"),
                locationAr: text("location_ar"),
                placeId: text("place_id").isEmpty ? nil : text("place_id"),
                source: text("source")))
        }
        return events
    }

    /// The events of a GeoJSON layer's bytes.
    package static func events(ofLayer data: Data) throws(LayerReader.Failure) -> [MapEvent] {
        try events(of: LayerReader.features(of: data))
    }
}
