import Gazetteer

extension EventMap {
    static let fontFamily = "'DejaVu Sans', 'Noto Sans Arabic', sans-serif"

    /// The map as a self-contained SVG 1.1 document in UTF-8.
    package var svg: String {
        let n = { (v: Double) in SVGText.number(v) }
        let frame = projection.frame
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="\(n(width))" height="\(n(height))" \
            viewBox="0 0 \(n(width)) \(n(height))" font-family="\(Self.fontFamily)">
            <title>\(SVGText.escape(title))</title>
            <desc>\(SVGText.escape(subtitle))</desc>
            <rect width="\(n(width))" height="\(n(height))" fill="#FFFFFF"/>
            <text x="\(n(frame.minX))" y="44" font-size="24" font-weight="bold" fill="#1A1A1A">\(SVGText.escape(title))</text>
            <text x="\(n(frame.minX))" y="70" font-size="14" fill="#555555">\(SVGText.escape(subtitle))</text>
            <defs><clipPath id="frame"><rect x="\(n(frame.minX))" y="\(n(frame.minY))" width="\(n(frame.width))" height="\(n(frame.height))"/></clipPath></defs>
            <rect x="\(n(frame.minX))" y="\(n(frame.minY))" width="\(n(frame.width))" height="\(n(frame.height))" fill="#F7F5F0"/>
            <g clip-path="url(#frame)">

            """
        out += graticuleLines
        out += "<g id=\"places\" fill=\"#8A8A8A\" fill-opacity=\"0.4\">\n"
        for p in backdrop { out += "<circle cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"1.1\"/>\n" }
        out += "</g>\n"
        out += "<g id=\"governorates\" fill=\"#A39C92\" text-anchor=\"middle\">\n"
        for r in regions {
            out += "<text x=\"\(n(r.at.x))\" y=\"\(n(r.at.y))\" font-size=\"\(n(Self.regionFontSize))\" font-weight=\"bold\" "
                + "letter-spacing=\"\(n(Self.regionLetterSpacing))\">\(SVGText.escape(r.english))</text>\n"
            out += "<text x=\"\(n(r.at.x))\" y=\"\(n(r.at.y + Self.regionArabicSize + 4))\" font-size=\"\(n(Self.regionArabicSize))\" "
                + "xml:lang=\"ar\" direction=\"rtl\" unicode-bidi=\"embed\">\(SVGText.escape(r.arabic))</text>\n"
        }
        out += "</g>\n"
        out += "<g id=\"events\" stroke=\"#FFFFFF\" stroke-width=\"0.8\" fill-opacity=\"0.88\">\n"
        for s in symbols {
            out += "<circle cx=\"\(n(s.center.x))\" cy=\"\(n(s.center.y))\" r=\"\(n(s.radius))\" fill=\"\(s.colour)\">"
                + "<title>\(SVGText.escape(Self.tooltip(s.event)))</title></circle>\n"
        }
        out += "</g>\n"
        let displaced = groups.filter { g in symbols.contains { $0.event.placeKey == g.key && $0.center != g.anchor } }
        if !displaced.isEmpty {
            out += "<g id=\"place-points\" fill=\"#1A1A1A\" stroke=\"#FFFFFF\" stroke-width=\"0.6\">\n"
            for g in displaced { out += "<circle cx=\"\(n(g.anchor.x))\" cy=\"\(n(g.anchor.y))\" r=\"1.6\"/>\n" }
            out += "</g>\n"
        }
        let leaders = labels.compactMap(\.leader)
        if !leaders.isEmpty {
            out += "<g id=\"leaders\" stroke=\"#555555\" stroke-width=\"0.7\">\n"
            for l in leaders {
                out += "<line x1=\"\(n(l.from.x))\" y1=\"\(n(l.from.y))\" x2=\"\(n(l.to.x))\" y2=\"\(n(l.to.y))\"/>\n"
            }
            out += "</g>\n"
        }
        out += "<g id=\"labels\" font-size=\"\(n(Self.labelFontSize))\" fill=\"#1A1A1A\" stroke=\"#FFFFFF\" "
            + "stroke-width=\"3\" stroke-linejoin=\"round\" stroke-opacity=\"0.9\" paint-order=\"stroke\">\n"
        for l in labels { out += Self.labelText(l) }
        out += "</g>\n</g>\n"
        out += "<rect x=\"\(n(frame.minX))\" y=\"\(n(frame.minY))\" width=\"\(n(frame.width))\" height=\"\(n(frame.height))\" "
            + "fill=\"none\" stroke=\"#9A958C\" stroke-width=\"1\"/>\n"
        out += graticuleLabels
        out += legend.svg
        out += "<text x=\"\(n(frame.minX))\" y=\"\(n(height - 12))\" font-size=\"10\" fill=\"#777777\">"
            + SVGText.escape("Events: geomap, from Arabic news reports (ACLED event types). Places: geomap gazetteer (OCHA, GeoNames, OpenStreetMap).")
            + "</text>\n"
        out += "</svg>\n"
        return out
    }

    /// The line under the title: the area, the dates and how many events.
    package var subtitle: String {
        let dates = dateRange.map { $0.first == $0.last ? $0.first : "\($0.first) – \($0.last)" } ?? "dates unknown"
        let events = eventCount == 1 ? "1 event" : "\(SVGText.count(eventCount)) events"
        let from = reports == 1 ? "1 report" : "\(SVGText.count(reports)) reports"
        return "Deir ez-Zor, Raqqa and Hasakah · \(dates) · \(events) from \(from)"
    }

    /// What a browser shows on hovering over an event.
    static func tooltip(_ e: MapEvent) -> String {
        var parts = [e.eventType]
        if let f = e.fatalities { parts.append(f == 1 ? "1 killed" : "\(f) killed") }
        parts.append(e.locationAr.isEmpty ? e.location : "\(e.location) · \(e.locationAr)")
        parts.append(e.date ?? "date unknown")
        if !e.source.isEmpty { parts.append(e.source) }
        return parts.joined(separator: " · ")
    }

    /// A place label: the English name, the Arabic name in a right-to-left span, the count.
    static func labelText(_ l: Label) -> String {
        let y = l.box.minY + labelFontSize * 1.0
        var s = "<text x=\"\(SVGText.number(l.anchorX))\" y=\"\(SVGText.number(y))\""
        if l.alignment != .start { s += " text-anchor=\"\(l.alignment.rawValue)\"" }
        s += ">" + SVGText.escape(l.english)
        if !l.arabic.isEmpty {
            if !l.english.isEmpty { s += " · " }
            s += "<tspan xml:lang=\"ar\" direction=\"rtl\" unicode-bidi=\"embed\">\(SVGText.escape(l.arabic))</tspan>"
            // A left-to-right mark after the Arabic keeps the count's brackets in the English run
            // for renderers that reorder the whole line (Inkscape's).
            s += "&#x200E;"
        }
        if l.count > 1 { s += " (\(l.count))" }
        return s + "</text>\n"
    }

    /// The whole degrees from `low` to `high`.
    static func wholeDegrees(_ low: Double, _ high: Double) -> [Int] {
        let first = Int(low.rounded(.up)), last = Int(high.rounded(.down))
        return first <= last ? Array(first...last) : []
    }

    /// The graticule's whole degrees and where they fall on the drawing: each meridian's x and
    /// each parallel's y.
    var graticule: (meridians: [(degree: Int, x: Double)], parallels: [(degree: Int, y: Double)]) {
        let b = projection.bounds
        let meridians = Self.wholeDegrees(b.west, b.east).map { lon in
            (lon, projection.project(GeoPoint(latitude: b.north, longitude: Double(lon))).x)
        }
        let parallels = Self.wholeDegrees(b.south, b.north).map { lat in
            (lat, projection.project(GeoPoint(latitude: Double(lat), longitude: b.west)).y)
        }
        return (meridians, parallels)
    }

    /// Whole degrees of longitude and latitude, faint, inside the frame.
    var graticuleLines: String {
        let f = projection.frame
        let (meridians, parallels) = graticule
        var out = "<g id=\"graticule\" stroke=\"#E4E0D8\" stroke-width=\"0.7\">\n"
        for (_, x) in meridians {
            out += "<line x1=\"\(SVGText.number(x))\" y1=\"\(SVGText.number(f.minY))\" x2=\"\(SVGText.number(x))\" y2=\"\(SVGText.number(f.maxY))\"/>\n"
        }
        for (_, y) in parallels {
            out += "<line x1=\"\(SVGText.number(f.minX))\" y1=\"\(SVGText.number(y))\" x2=\"\(SVGText.number(f.maxX))\" y2=\"\(SVGText.number(y))\"/>\n"
        }
        return out + "</g>\n"
    }

    /// The degrees of the graticule, outside the frame: longitudes under it, latitudes left of it.
    var graticuleLabels: String {
        let f = projection.frame
        let (meridians, parallels) = graticule
        var out = "<g id=\"graticule-labels\" font-size=\"10\" fill=\"#777777\">\n"
        for (lon, x) in meridians {
            out += "<text x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(f.maxY + 14))\" text-anchor=\"middle\">\(lon)°E</text>\n"
        }
        for (lat, y) in parallels {
            out += "<text x=\"\(SVGText.number(f.minX - 4))\" y=\"\(SVGText.number(y + 3.5))\" text-anchor=\"end\">\(lat)°N</text>\n"
        }
        return out + "</g>\n"
    }
}
