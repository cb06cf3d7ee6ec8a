import Foundation
import Gazetteer

/// Longitude and latitude to pixels: equirectangular, longitudes shrunk by the cosine of the
/// middle latitude, north up. Distances are true along the meridians and along the middle
/// parallel, so one scale bar serves the map (to within a few percent at its edges).
package struct MapProjection: Sendable {
    /// A box of longitudes and latitudes, in degrees.
    package struct Bounds: Sendable, Equatable {
        package var west: Double, east: Double, south: Double, north: Double

        package init(west: Double, east: Double, south: Double, north: Double) {
            self.west = west
            self.east = east
            self.south = south
            self.north = north
        }

        /// The smallest box holding every point; nil for none.
        package init?(enclosing points: [GeoPoint]) {
            guard let first = points.first else { return nil }
            self.init(west: first.longitude, east: first.longitude, south: first.latitude, north: first.latitude)
            for p in points.dropFirst() { include(p) }
        }

        package mutating func include(_ p: GeoPoint) {
            west = min(west, p.longitude)
            east = max(east, p.longitude)
            south = min(south, p.latitude)
            north = max(north, p.latitude)
        }

        package func padded(by degrees: Double) -> Bounds {
            Bounds(west: west - degrees, east: east + degrees, south: south - degrees, north: north + degrees)
        }

        package func contains(_ p: GeoPoint) -> Bool {
            p.longitude >= west && p.longitude <= east && p.latitude >= south && p.latitude <= north
        }
    }

    /// Kilometres in one degree of latitude (mean Earth radius, as `GeoPoint.distanceKm`).
    package static let kmPerDegree = 6371.0088 * Double.pi / 180

    package let bounds: Bounds
    /// Where the map is drawn, in pixels.
    package let frame: MapRect
    /// Pixels per degree of latitude.
    package let pixelsPerDegree: Double
    private let cosMid: Double

    /// A projection of `bounds` onto a frame `width` pixels wide whose top-left corner is `origin`;
    /// the frame's height follows from the bounds.
    package init(bounds: Bounds, width: Double, origin: MapPoint) {
        self.bounds = bounds
        cosMid = cos((bounds.south + bounds.north) / 2 * .pi / 180)
        pixelsPerDegree = width / ((bounds.east - bounds.west) * cosMid)
        frame = MapRect(x: origin.x, y: origin.y, width: width, height: (bounds.north - bounds.south) * pixelsPerDegree)
    }

    /// The latitude at which the scale is true east-west.
    package var middleLatitude: Double { (bounds.south + bounds.north) / 2 }

    package func project(_ p: GeoPoint) -> MapPoint {
        MapPoint(x: frame.x + (p.longitude - bounds.west) * cosMid * pixelsPerDegree,
                 y: frame.y + (bounds.north - p.latitude) * pixelsPerDegree)
    }

    /// The geographic point drawn at `p`.
    package func unproject(_ p: MapPoint) -> GeoPoint {
        GeoPoint(latitude: bounds.north - (p.y - frame.y) / pixelsPerDegree,
                 longitude: bounds.west + (p.x - frame.x) / (cosMid * pixelsPerDegree))
    }

    package var pixelsPerKm: Double { pixelsPerDegree / Self.kmPerDegree }

    /// The longest round distance (1, 2, 2.5 or 5 times a power of ten km) whose bar fits in
    /// `maxPixels`.
    package func scaleBarKm(maxPixels: Double) -> Double {
        var best = 1.0
        var decade = 1.0
        while decade <= 10_000 {
            for step in [1.0, 2.0, 2.5, 5.0] where step * decade * pixelsPerKm <= maxPixels {
                best = step * decade
            }
            decade *= 10
        }
        return best
    }
}
