import Gazetteer

extension PlaceMention {
    /// The columns of the mentions layer, in CSV order.
    public static let columns = [
        "id", "source", "start", "end", "mention", "place_id", "name_en", "name_ar", "kind", "admin1", "admin2",
        "admin3", "in_area", "geo_precision", "confidence", "evidence", "latitude", "longitude",
    ]

    /// The mention as a GeoJSON Point feature of the mentions layer.
    public func feature(source: String) -> Feature {
        let id = "\(source):\(start)-\(end)"
        return Feature(
            id: id,
            point: GeoPointValue(longitude: place.point.longitude, latitude: place.point.latitude),
            properties: [
                ("admin1", .optional(place.admin1?.name)),
                ("admin2", .optional(place.admin2?.name)),
                ("admin3", .optional(place.admin3?.name)),
                ("confidence", .double(confidence)),
                ("end", .int(end)),
                ("evidence", .string(evidence.rawValue)),
                ("geo_precision", .int(geoPrecision)),
                ("id", .string(id)),
                ("in_area", .bool(place.inArea)),
                ("kind", .string(place.kind.rawValue)),
                ("mention", .string(text)),
                ("name_ar", .string(place.nameAr)),
                ("name_en", .string(place.nameEn)),
                ("place_id", .string(place.id)),
                ("source", .string(source)),
                ("start", .int(start)),
            ])
    }

    /// 1 a town, village or site; 2 part of a town, a subdistrict, or a place standing in for one
    /// (a stand-in coordinate, a nearby place); 3 a larger area.
    public var geoPrecision: Int {
        if evidence == .nearQualifier { return 2 }
        if !place.hasOwnCoordinate { return max(2, place.kind.geoPrecision) }
        return place.kind.geoPrecision
    }
}
