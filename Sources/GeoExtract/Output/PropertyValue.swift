/// A value of a flat feature property: what GDAL, QGIS and spreadsheets each read as one type.
public enum PropertyValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null

    public static func optional(_ s: String?) -> PropertyValue { s.map(PropertyValue.string) ?? .null }
    public static func optional(_ i: Int?) -> PropertyValue { i.map(PropertyValue.int) ?? .null }
}

/// A GeoJSON Feature with a Point geometry (or none) and flat properties.
public struct Feature: Sendable, Equatable {
    public var id: String
    public var point: GeoPointValue?
    public var properties: [(key: String, value: PropertyValue)]

    public init(id: String, point: GeoPointValue?, properties: [(key: String, value: PropertyValue)]) {
        self.id = id
        self.point = point
        self.properties = properties
    }

    public static func == (a: Feature, b: Feature) -> Bool {
        a.id == b.id && a.point == b.point && a.properties.map(\.key) == b.properties.map(\.key)
            && a.properties.map(\.value) == b.properties.map(\.value)
    }

    public subscript(key: String) -> PropertyValue? {
        properties.first { $0.key == key }?.value
    }
}

/// Longitude and latitude as written: rounded to 6 decimals (about 0.1 m).
public struct GeoPointValue: Sendable, Equatable {
    public var longitude: Double
    public var latitude: Double

    public init(longitude: Double, latitude: Double) {
        self.longitude = Self.round6(longitude)
        self.latitude = Self.round6(latitude)
    }

    static func round6(_ v: Double) -> Double { (v * 1_000_000).rounded() / 1_000_000 }
}
