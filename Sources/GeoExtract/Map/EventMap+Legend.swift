extension EventMap {
    /// The panel beside the map: event types, the size key, the scale bar and a north arrow,
    /// then notes on what the map leaves out; and where the panel ends.
    package var legend: (svg: String, bottom: Double) {
        let n = { (v: Double) in SVGText.number(v) }
        let x0 = legendFrame.minX + 16, right = legendFrame.maxX - 16
        var y = legendFrame.minY + 28
        var body = ""
        func heading(_ text: String) {
            body += "<text x=\"\(n(x0))\" y=\"\(n(y))\" font-size=\"13\" font-weight=\"bold\" fill=\"#1A1A1A\">\(SVGText.escape(text))</text>\n"
            y += 20
        }

        heading("Event type")
        if types.isEmpty {
            body += "<text x=\"\(n(x0))\" y=\"\(n(y))\" font-size=\"12\" fill=\"#555555\">no events</text>\n"
            y += 20
        }
        for (type, count) in types {
            body += "<circle cx=\"\(n(x0 + 7))\" cy=\"\(n(y - 4))\" r=\"6\" fill=\"\(EventPalette.colour(of: type))\" "
                + "stroke=\"#FFFFFF\" stroke-width=\"0.8\"/>\n"
            body += "<text x=\"\(n(x0 + 20))\" y=\"\(n(y))\" font-size=\"12\" fill=\"#1A1A1A\">\(SVGText.escape(type))</text>\n"
            body += "<text x=\"\(n(right))\" y=\"\(n(y))\" font-size=\"12\" fill=\"#666666\" text-anchor=\"end\">\(SVGText.count(count))</text>\n"
            y += 20
        }

        y += 10
        heading("Fatalities (circle area)")
        let keys: [(Int?, String)] = [(nil, "none reported, or 0")]
            + SymbolScale.keyValues(maxFatalities: maxFatalities).map { ($0, $0 == 1 ? "1 killed" : "\(SVGText.count($0)) killed") }
        let widest = keys.map { scale.radius(fatalities: $0.0) }.max() ?? scale.minimumRadius
        for (value, text) in keys {
            let r = scale.radius(fatalities: value)
            let rowHeight = max(2 * r, 12)
            let cy = y - 8 + rowHeight / 2
            body += "<circle cx=\"\(n(x0 + widest))\" cy=\"\(n(cy))\" r=\"\(n(r))\" fill=\"#9A9A9A\" stroke=\"#FFFFFF\" stroke-width=\"0.8\"/>\n"
            body += "<text x=\"\(n(x0 + 2 * widest + 10))\" y=\"\(n(cy + 4))\" font-size=\"12\" fill=\"#1A1A1A\">\(SVGText.escape(text))</text>\n"
            y += rowHeight + 8
        }

        y += 10
        heading("Scale")
        let km = projection.scaleBarKm(maxPixels: right - x0 - 60)
        let bar = km * projection.pixelsPerKm
        body += "<rect x=\"\(n(x0))\" y=\"\(n(y - 6))\" width=\"\(n(bar / 2))\" height=\"6\" fill=\"#333333\" stroke=\"#333333\" stroke-width=\"0.8\"/>\n"
        body += "<rect x=\"\(n(x0 + bar / 2))\" y=\"\(n(y - 6))\" width=\"\(n(bar / 2))\" height=\"6\" fill=\"#FFFFFF\" stroke=\"#333333\" stroke-width=\"0.8\"/>\n"
        body += "<g font-size=\"11\" fill=\"#1A1A1A\" text-anchor=\"middle\">\n"
        body += "<text x=\"\(n(x0))\" y=\"\(n(y + 10))\">0</text>\n"
        body += "<text x=\"\(n(x0 + bar / 2))\" y=\"\(n(y + 10))\">\(SVGText.number(km / 2))</text>\n"
        body += "<text x=\"\(n(x0 + bar))\" y=\"\(n(y + 10))\">\(SVGText.number(km)) km</text>\n"
        body += "</g>\n"
        // North arrow, at the right of the scale bar.
        let ax = right - 10, ay = y - 16
        body += "<g id=\"north-arrow\"><path d=\"M \(n(ax)) \(n(ay)) L \(n(ax + 7)) \(n(ay + 20)) L \(n(ax)) \(n(ay + 15)) L \(n(ax - 7)) \(n(ay + 20)) Z\" "
            + "fill=\"#333333\"/><text x=\"\(n(ax))\" y=\"\(n(ay - 4))\" font-size=\"12\" font-weight=\"bold\" fill=\"#333333\" text-anchor=\"middle\">N</text></g>\n"
        y += 30

        body += "<g font-size=\"11\" fill=\"#555555\">\n"
        for note in notes {
            for line in Self.wrap(note, width: right - x0, fontSize: 11) {
                body += "<text x=\"\(n(x0))\" y=\"\(n(y))\">\(SVGText.escape(line))</text>\n"
                y += 14
            }
            y += 6
        }
        body += "</g>\n"

        let bottom = max(legendFrame.maxY, y + 4)
        let panel = "<g id=\"legend\">\n<rect x=\"\(n(legendFrame.minX))\" y=\"\(n(legendFrame.minY))\" width=\"\(n(legendFrame.width))\" "
            + "height=\"\(n(bottom - legendFrame.minY))\" fill=\"#FBFAF8\" stroke=\"#D8D4CC\" stroke-width=\"1\"/>\n"
        return (panel + body + "</g>\n", bottom)
    }

    /// What the reader should know about the drawing and what it leaves out, one sentence each.
    package var notes: [String] {
        var notes: [String] = []
        notes.append("Grey dots: the \(SVGText.count(backdropPlaces)) towns, villages and sites of the gazetteer; "
            + "the Euphrates and Khabur valleys show where they crowd.")
        if groups.contains(where: { $0.events > 1 }) {
            notes.append("Events at one place are set side by side around it (black dot); the number after a name counts them.")
        }
        if undated > 0 { notes.append("\(Self.events(undated)) without a known date.") }
        if unlocated > 0 { notes.append("\(Self.events(unlocated)) without a place, not shown.") }
        if outside > 0 { notes.append("\(Self.events(outside)) too far outside the three governorates, not shown.") }
        if unlabelled > 0 {
            notes.append(unlabelled == 1 ? "1 place not labelled for lack of room." : "\(SVGText.count(unlabelled)) places not labelled for lack of room.")
        }
        notes.append("Equirectangular projection; the scale is true at \(SVGText.number(projection.middleLatitude))° N.")
        return notes
    }

    static func events(_ count: Int) -> String {
        count == 1 ? "1 event" : "\(SVGText.count(count)) events"
    }

    /// `text` broken at spaces into lines no wider than `width` (estimated).
    static func wrap(_ text: String, width: Double, fontSize: Double) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if !line.isEmpty && SVGText.estimatedWidth(candidate, fontSize: fontSize) > width {
                lines.append(line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
