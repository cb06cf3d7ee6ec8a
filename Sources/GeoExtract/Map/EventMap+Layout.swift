import Foundation
import Gazetteer

extension EventMap {
    // The drawing's proportions, in pixels.
    static let margin = 24.0
    /// Room left of the frame for the latitude labels.
    static let gutter = 28.0
    static let titleHeight = 92.0
    static let mapWidth = 940.0
    static let legendWidth = 290.0
    /// Room under the frame for the longitude labels and the credit line.
    static let footerHeight = 52.0
    static let labelFontSize = 12.0

    /// Degrees added around the governorates' places.
    static let padding = 0.12
    /// How far outside the governorates (in degrees) an event may be and still widen the frame.
    static let outsideMargin = 1.0

    /// The frame: the in-area places of the gazetteer, padded, widened for the events within
    /// `outsideMargin` of it; and those events.
    static func bounds(of gazetteer: Gazetteer, events: [MapEvent]) -> (MapProjection.Bounds, [MapEvent]) {
        let area = gazetteer.places.filter { $0.inArea && $0.hasOwnCoordinate }.map(\.point)
        var bounds = (MapProjection.Bounds(enclosing: area)
            ?? MapProjection.Bounds(enclosing: events.compactMap(\.point))
            ?? MapProjection.Bounds(west: 38.0, east: 42.4, south: 34.2, north: 37.4)).padded(by: padding)
        let reach = bounds.padded(by: outsideMargin)
        let inside = events.filter { $0.point.map(reach.contains) ?? false }
        for e in inside {
            let p = e.point!
            bounds.include(GeoPoint(latitude: p.latitude - padding, longitude: p.longitude - padding))
            bounds.include(GeoPoint(latitude: p.latitude + padding, longitude: p.longitude + padding))
        }
        return (bounds, inside)
    }

    /// The dots of the backdrop: settlements, neighbourhoods and sites of the three governorates
    /// that have a point of their own (not their subdistrict's), each pixel drawn once.
    static func backdrop(of gazetteer: Gazetteer, in projection: MapProjection) -> ([MapPoint], Int) {
        let places = gazetteer.places
            .filter { $0.inArea && $0.hasOwnCoordinate && ($0.kind.isSettlement || $0.kind.isFacility || $0.kind == .neighbourhood) }
            .sorted { $0.id < $1.id }
        var seen = Set<String>()
        var dots: [MapPoint] = []
        for place in places {
            let p = projection.project(place.point)
            let key = SVGText.number(p.x) + "," + SVGText.number(p.y)
            if seen.insert(key).inserted { dots.append(p) }
        }
        return (dots, places.count)
    }

    /// The three governorates' names at their points, moved up or down (by at most a few lines)
    /// off any event circle.
    static func regionLabels(of gazetteer: Gazetteer, in projection: MapProjection, avoiding symbols: [Symbol]) -> [RegionLabel] {
        var shortNames: [String: String] = [:]
        for place in gazetteer.places where place.inArea {
            if let unit = place.admin1, let code = unit.code, shortNames[code] == nil { shortNames[code] = unit.name }
        }
        let circles = symbols.map { MapRect(center: $0.center, radius: $0.radius) }
        return gazetteer.places
            .filter { $0.kind == .governorate && $0.inArea }
            .sorted { $0.id < $1.id }
            .map { place in
                let english = (shortNames[place.id] ?? place.nameEn.replacingOccurrences(of: " Governorate", with: "")).uppercased()
                var arabic = place.nameAr
                if arabic.hasPrefix("محافظة ") { arabic.removeFirst("محافظة ".count) }
                let point = projection.project(place.point)
                let w = max(regionWidth(english), SVGText.estimatedWidth(arabic, fontSize: regionArabicSize))
                func label(_ dy: Double) -> RegionLabel {
                    let at = MapPoint(x: point.x, y: point.y + dy)
                    let box = MapRect(x: at.x - w / 2, y: at.y - regionFontSize, width: w,
                                      height: regionFontSize + 4 + regionArabicSize + 4)
                    return RegionLabel(english: english, arabic: arabic, at: at, box: box)
                }
                for dy in [0.0, 36, -36, 72, -72, 108, -108] {
                    let candidate = label(dy)
                    let padded = candidate.box.insetBy(-4)
                    if !circles.contains(where: { $0.intersects(padded) }) { return candidate }
                }
                return label(0)
            }
    }

    static let regionFontSize = 15.0
    static let regionArabicSize = 13.0
    static let regionLetterSpacing = 3.0

    static func regionWidth(_ english: String) -> Double {
        SVGText.estimatedWidth(english, fontSize: regionFontSize) + Double(english.count) * regionLetterSpacing
    }

    /// The events' circles, largest first. Each goes on its place if the spot is free, else on
    /// the nearest free spot of a spiral around it, so that every event stays visible.
    static func packSymbols(_ events: [MapEvent], projection: MapProjection, scale: SymbolScale) -> [Symbol] {
        let ordered = events.map { e in
            Symbol(event: e, anchor: projection.project(e.point!), center: projection.project(e.point!),
                   radius: scale.radius(fatalities: e.fatalities), colour: EventPalette.colour(of: e.eventType))
        }.sorted { a, b in
            if a.radius != b.radius { return a.radius > b.radius }
            if a.event.placeKey != b.event.placeKey { return a.event.placeKey < b.event.placeKey }
            let ra = EventPalette.rank(of: a.event.eventType), rb = EventPalette.rank(of: b.event.eventType)
            if ra != rb { return ra < rb }
            if a.event.eventType != b.event.eventType { return a.event.eventType < b.event.eventType }
            if (a.event.date ?? "") != (b.event.date ?? "") { return (a.event.date ?? "") < (b.event.date ?? "") }
            return a.event.order < b.event.order
        }
        let gap = 1.0
        let cell = 2 * SymbolScale.largestRadius + 2 * gap
        var grid: [Int: [Int]] = [:]
        func cellKey(_ x: Double, _ y: Double) -> Int { Int((x / cell).rounded(.down)) * 100_003 + Int((y / cell).rounded(.down)) }
        var placed: [Symbol] = []
        placed.reserveCapacity(ordered.count)
        let goldenAngle = 2.399963229728653
        for var symbol in ordered {
            func isFree(_ c: MapPoint) -> Bool {
                let cx = Int((c.x / cell).rounded(.down)), cy = Int((c.y / cell).rounded(.down))
                for dx in -1...1 {
                    for dy in -1...1 {
                        for i in grid[(cx + dx) * 100_003 + cy + dy] ?? [] {
                            if placed[i].center.distance(to: c) < placed[i].radius + symbol.radius + gap { return false }
                        }
                    }
                }
                return true
            }
            var center = symbol.anchor
            var step = 0
            // Give up after a ring about 60 px out: a place that crowded is drawn overlapping.
            while !isFree(center) && step < 1500 {
                step += 1
                let angle = Double(step) * goldenAngle
                let distance = 1.6 * Double(step).squareRoot()
                center = MapPoint(x: symbol.anchor.x + distance * cos(angle), y: symbol.anchor.y + distance * sin(angle))
            }
            if step == 1500 { center = symbol.anchor }
            symbol.center = center
            grid[cellKey(center.x, center.y), default: []].append(placed.count)
            placed.append(symbol)
        }
        return placed
    }

    /// The places of the symbols, the most eventful first.
    static func placeGroups(_ symbols: [Symbol]) -> [PlaceGroup] {
        var byKey: [String: PlaceGroup] = [:]
        for s in symbols {
            let circle = MapRect(center: s.center, radius: s.radius)
            if var g = byKey[s.event.placeKey] {
                g.events += 1
                g.fatalities += s.event.fatalities ?? 0
                g.extent = g.extent.union(circle)
                byKey[s.event.placeKey] = g
            } else {
                byKey[s.event.placeKey] = PlaceGroup(
                    key: s.event.placeKey, english: s.event.location, arabic: s.event.locationAr, anchor: s.anchor,
                    events: 1, fatalities: s.event.fatalities ?? 0, extent: circle)
            }
        }
        return byKey.values.sorted { a, b in
            if a.events != b.events { return a.events > b.events }
            if a.fatalities != b.fatalities { return a.fatalities > b.fatalities }
            if a.english != b.english { return a.english < b.english }
            return a.key < b.key
        }
    }

    /// One label per place, greedily: the most eventful place first, at the first spot around
    /// its circles where the label overlaps no circle, no other label and no governorate name
    /// and stays in the frame; then further out with a leader line; then over governorate names.
    /// A place left with no room is counted, not drawn.
    static func placeLabels(_ groups: [PlaceGroup], symbols: [Symbol], regions: [RegionLabel],
                            frame: MapRect) -> ([Label], Int) {
        let fontSize = labelFontSize
        let height = fontSize * 1.3
        let inner = frame.insetBy(3)
        let circles = symbols.map { MapRect(center: $0.center, radius: $0.radius) }
        var taken: [MapRect] = []
        var labels: [Label] = []
        var unlabelled = 0
        for group in groups {
            var label = Label(english: group.english.isEmpty && group.arabic.isEmpty ? "Unnamed place" : group.english,
                              arabic: group.arabic, count: group.events,
                              box: MapRect(x: 0, y: 0, width: 0, height: height), alignment: .start, leader: nil)
            let width = labelWidth(label, fontSize: fontSize)
            let e = group.extent
            let gap = 3.0
            func candidates(_ d: Double) -> [(MapRect, Label.Alignment)] {
                let midY = e.mid.y - height / 2
                return [
                    (MapRect(x: e.maxX + gap + d, y: midY, width: width, height: height), .start),
                    (MapRect(x: e.minX - gap - d - width, y: midY, width: width, height: height), .end),
                    (MapRect(x: e.maxX + d * 0.7, y: e.minY - height - d * 0.7, width: width, height: height), .start),
                    (MapRect(x: e.maxX + d * 0.7, y: e.maxY + d * 0.7, width: width, height: height), .start),
                    (MapRect(x: e.minX - width - d * 0.7, y: e.minY - height - d * 0.7, width: width, height: height), .end),
                    (MapRect(x: e.minX - width - d * 0.7, y: e.maxY + d * 0.7, width: width, height: height), .end),
                    (MapRect(x: e.mid.x - width / 2, y: e.minY - gap - height - d, width: width, height: height), .middle),
                    (MapRect(x: e.mid.x - width / 2, y: e.maxY + gap + d, width: width, height: height), .middle),
                ]
            }
            func fits(_ box: MapRect, avoidingRegions: Bool) -> Bool {
                guard inner.contains(box) else { return false }
                let padded = box.insetBy(-1.5)
                if circles.contains(where: { $0.intersects(padded) }) { return false }
                if taken.contains(where: { $0.intersects(padded) }) { return false }
                if avoidingRegions && regions.contains(where: { $0.box.intersects(padded) }) { return false }
                return true
            }
            var found: (MapRect, Label.Alignment, Double)?
            search: for avoidingRegions in [true, false] {
                for d in [0.0, 14, 28, 44, 64, 90] {
                    for (box, alignment) in candidates(d) where fits(box, avoidingRegions: avoidingRegions) {
                        found = (box, alignment, d)
                        break search
                    }
                }
            }
            guard let (box, alignment, distance) = found else {
                unlabelled += 1
                continue
            }
            label.box = box
            label.alignment = alignment
            if distance > 0 {
                label.leader = (from: nearest(in: e, to: box.mid), to: nearest(in: box, to: e.mid))
            }
            taken.append(box)
            labels.append(label)
        }
        return (labels, unlabelled)
    }

    static func labelWidth(_ label: Label, fontSize: Double) -> Double {
        SVGText.estimatedWidth(label.text, fontSize: fontSize) + 2
    }

    /// The point of `rect` nearest to `p`.
    static func nearest(in rect: MapRect, to p: MapPoint) -> MapPoint {
        MapPoint(x: min(max(p.x, rect.minX), rect.maxX), y: min(max(p.y, rect.minY), rect.maxY))
    }
}
