import Gazetteer

/// An event as the map draws it: where, what, when, at what cost, and the place's names.
package struct MapEvent: Sendable, Equatable {
    /// The source and where the evidence starts (a layer's feature ids are not read back).
    package var id: String
    /// The position in the layer: the last tie-breaker of every ordering, so output is stable.
    package var order: Int
    /// nil when the event has no place (a layer written with --include-unlocated).
    package var point: GeoPoint?
    /// ACLED's event_type ("Battles", ...).
    package var eventType: String
    package var fatalities: Int?
    /// The day, as YYYY-MM-DD, when known.
    package var date: String?
    package var location: String
    package var locationAr: String
    package var placeId: String?
    package var source: String

    package init(id: String, order: Int = 0, point: GeoPoint?, eventType: String, fatalities: Int? = nil, date: String? = nil,
                 location: String, locationAr: String = "", placeId: String? = nil, source: String = "") {
        self.id = id
        self.order = order
        self.point = point
        self.eventType = eventType
        self.fatalities = fatalities
        self.date = date
        self.location = location
        self.locationAr = locationAr
        self.placeId = placeId
        self.source = source
    }

    /// What groups the events drawn at one place: the gazetteer id, else the name and point.
    package var placeKey: String {
        if let placeId, !placeId.isEmpty { return placeId }
        let where_ = point.map { "\($0.latitude),\($0.longitude)" } ?? ""
        return location + "@" + where_
    }
}
