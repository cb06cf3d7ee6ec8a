import Gazetteer

extension Place {
    /// The columns of the gazetteer layer, in CSV order.
    public static let featureColumns = [
        "id", "kind", "name_en", "name_ar", "name_ar_origin", "ar_variants", "en_variants", "admin1", "admin1_code",
        "admin2", "admin2_code", "admin3", "admin3_code", "population", "in_area", "geo_precision", "coord_source",
        "latitude", "longitude",
    ]

    /// The place as a GeoJSON Point feature of the gazetteer layer.
    public func feature() -> Feature {
        Feature(
            id: id,
            point: GeoPointValue(longitude: point.longitude, latitude: point.latitude),
            properties: [
                ("id", .string(id)),
                ("kind", .string(kind.rawValue)),
                ("name_en", .string(nameEn)),
                ("name_ar", .string(nameAr)),
                ("name_ar_origin", .string(nameArFromSource ? "source" : "derived")),
                ("ar_variants", .string((arabicVariants + arabicDerived).joined(separator: ";"))),
                ("en_variants", .string(latinVariants.joined(separator: ";"))),
                ("admin1", .optional(admin1?.name)),
                ("admin1_code", .optional(admin1?.code)),
                ("admin2", .optional(admin2?.name)),
                ("admin2_code", .optional(admin2?.code)),
                ("admin3", .optional(admin3?.name)),
                ("admin3_code", .optional(admin3?.code)),
                ("population", .optional(population)),
                ("in_area", .bool(inArea)),
                ("geo_precision", .int(kind.geoPrecision)),
                ("coord_source", .string(coordSource)),
            ])
    }
}
