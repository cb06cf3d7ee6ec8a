import Gazetteer

/// A map of events over the gazetteer's places, laid out and ready to be written as SVG
/// (`EventMap+SVG.swift`).
///
/// The frame covers the places of the three governorates, widened for events just outside;
/// the gazetteer's places are a faint backdrop of dots, in which the river valleys show; each
/// event is a circle coloured by its ACLED type, its area in proportion to the fatalities;
/// events at one place are set side by side around it and the place gets one label, in English
/// and Arabic, with the number of events. Everything is sorted, so the same events give the
/// same drawing.
package struct EventMap: Sendable {
    /// One event's circle.
    package struct Symbol: Sendable, Equatable {
        package var event: MapEvent
        /// Where the place is.
        package var anchor: MapPoint
        /// Where the circle is drawn: the place, or beside it when the place is crowded.
        package var center: MapPoint
        package var radius: Double
        package var colour: String
    }

    /// The events at one place.
    package struct PlaceGroup: Sendable, Equatable {
        package var key: String
        package var english: String
        package var arabic: String
        package var anchor: MapPoint
        package var events: Int
        package var fatalities: Int
        /// The circles of its events, together.
        package var extent: MapRect
    }

    /// A place's label, placed where it collides with nothing else.
    package struct Label: Sendable, Equatable {
        package enum Alignment: String, Sendable { case start, middle, end }
        package var english: String
        package var arabic: String
        package var count: Int
        /// The room the text takes (estimated).
        package var box: MapRect
        package var alignment: Alignment
        /// The line from the place to a label set away from it.
        package var leader: (from: MapPoint, to: MapPoint)?

        /// The whole label as one reads it: "Al-Baghuz Fawqani · الباغوز فوقاني (14)".
        package var text: String {
            var s = english
            if !arabic.isEmpty { s += (s.isEmpty ? "" : " · ") + arabic }
            if count > 1 { s += " (\(count))" }
            return s
        }

        package var anchorX: Double {
            switch alignment {
            case .start: return box.minX
            case .middle: return box.mid.x
            case .end: return box.maxX
            }
        }

        package static func == (a: Label, b: Label) -> Bool {
            a.english == b.english && a.arabic == b.arabic && a.count == b.count && a.box == b.box
                && a.alignment == b.alignment && a.leader?.from == b.leader?.from && a.leader?.to == b.leader?.to
        }
    }

    /// A governorate's name, at its administrative unit's point.
    package struct RegionLabel: Sendable, Equatable {
        package var english: String
        package var arabic: String
        package var at: MapPoint
        package var box: MapRect
    }

    package var title: String
    package var projection: MapProjection
    /// The whole drawing's size.
    package var width: Double
    package var height: Double
    /// The panel beside the map with the legend, the scale and the notes.
    package var legendFrame: MapRect
    /// The gazetteer's places, one dot each (places drawn at the same pixel once).
    package var backdrop: [MapPoint]
    /// How many gazetteer places the backdrop shows.
    package var backdropPlaces: Int
    package var regions: [RegionLabel]
    /// Largest first, so small circles are drawn over large ones.
    package var symbols: [Symbol]
    package var groups: [PlaceGroup]
    package var labels: [Label]
    /// Places whose label found no room.
    package var unlabelled: Int
    package var scale: SymbolScale
    package var maxFatalities: Int
    /// The ACLED types present, in ACLED's order, with their counts.
    package var types: [(type: String, count: Int)]
    /// The first and last event_date, or nil when no event has one.
    package var dateRange: (first: String, last: String)?
    package var undated: Int
    /// Events with no place, and events too far outside the three governorates to draw.
    package var unlocated: Int
    package var outside: Int
    /// How many events, and from how many reports.
    package var eventCount: Int
    package var reports: Int

    /// Lays out `events` over `gazetteer`'s places.
    package init(events: [MapEvent], gazetteer: Gazetteer, title: String = "Events in north-east Syria") {
        self.title = title
        eventCount = events.count
        reports = Set(events.map(\.source)).count
        let dates = events.compactMap(\.date).sorted()
        dateRange = dates.first.map { ($0, dates.last!) }
        undated = events.count - dates.count
        var counts: [String: Int] = [:]
        for e in events { counts[e.eventType, default: 0] += 1 }
        types = counts.map { (type: $0.key, count: $0.value) }
            .sorted { (EventPalette.rank(of: $0.type), $0.type) < (EventPalette.rank(of: $1.type), $1.type) }

        let located = events.filter { $0.point != nil }
        unlocated = events.count - located.count
        let (bounds, inside) = Self.bounds(of: gazetteer, events: located)
        outside = located.count - inside.count
        projection = MapProjection(bounds: bounds, width: Self.mapWidth,
                                   origin: MapPoint(x: Self.margin + Self.gutter, y: Self.titleHeight))
        legendFrame = MapRect(x: projection.frame.maxX + Self.margin, y: projection.frame.minY,
                              width: Self.legendWidth, height: projection.frame.height)
        width = legendFrame.maxX + Self.margin

        (backdrop, backdropPlaces) = Self.backdrop(of: gazetteer, in: projection)
        maxFatalities = inside.compactMap(\.fatalities).max() ?? 0
        scale = SymbolScale(maxFatalities: maxFatalities)
        symbols = Self.packSymbols(inside, projection: projection, scale: scale)
        regions = Self.regionLabels(of: gazetteer, in: projection, avoiding: symbols)
        groups = Self.placeGroups(symbols)
        (labels, unlabelled) = Self.placeLabels(groups, symbols: symbols, regions: regions, frame: projection.frame)
        height = 0
        height = (legend.bottom + Self.footerHeight).rounded(.up)
    }
}
