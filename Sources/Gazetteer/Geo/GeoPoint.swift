import Foundation

/// A WGS 84 point.
public struct GeoPoint: Sendable, Equatable, Hashable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Great-circle distance in kilometres (haversine, mean Earth radius).
    public func distanceKm(to other: GeoPoint) -> Double {
        let r = 6371.0088
        let p1 = latitude * .pi / 180
        let p2 = other.latitude * .pi / 180
        let dp = p2 - p1
        let dl = (other.longitude - longitude) * .pi / 180
        let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
        return 2 * r * asin(min(1, h.squareRoot()))
    }
}
