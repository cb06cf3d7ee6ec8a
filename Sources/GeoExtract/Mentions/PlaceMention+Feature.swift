import Gazetteer

extension PlaceMention {
    /// The columns of the mentions layer, in CSV order.
    public static let columns = [
        "id", "source", "start", "end", "mention", "place_id", "name_en", "name_ar", "kind", "admin1", "admin2",
        "admin3", "in_area", "geo_precision", "confidence", "evidence", "latitude", "longitude",
    ]

    /// The mention as a GeoJSON Point feature of the mentions layer.
    public func feature(source: String) -> Feature {
        let id = Self.id(source: source, start: start, end: end)
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

    /// `source:start-end`, written straight into the string's bytes (interpolation builds it
    /// piece by piece).
    static func id(source: String, start: Int, end: Int) -> String {
        var source = source
        return source.withUTF8 { name in
            String(unsafeUninitializedCapacity: name.count + 42) { out in
                var n = 0
                for b in name { out[n] = b; n += 1 }
                out[n] = 0x3A  // :
                n += 1
                n += writeDecimal(start, into: out.baseAddress! + n)
                out[n] = 0x2D  // -
                n += 1
                n += writeDecimal(end, into: out.baseAddress! + n)
                return n
            }
        }
    }

    /// Writes `v` in decimal as `String(v)` does (at most 20 bytes); returns how many bytes.
    private static func writeDecimal(_ v: Int, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        return withUnsafeMutableBytes(of: &digits) { d in
            var m = v.magnitude
            var count = 0
            repeat {
                d[count] = UInt8(truncatingIfNeeded: m % 10) &+ 0x30
                m /= 10
                count += 1
            } while m > 0
            var n = 0
            if v < 0 { out[0] = 0x2D; n = 1 }
            for k in stride(from: count - 1, through: 0, by: -1) {
                out[n] = d[k]
                n += 1
            }
            return n
        }
    }

    /// 1 a town, village or site; 2 part of a town, a subdistrict, or a place standing in for one
    /// (a stand-in coordinate, a nearby place); 3 a larger area.
    public var geoPrecision: Int {
        if evidence == .nearQualifier { return 2 }
        if !place.hasOwnCoordinate { return max(2, place.kind.geoPrecision) }
        return place.kind.geoPrecision
    }
}
