import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import GeoExtract
@testable import Gazetteer

/// `geomap map`: the projection, the symbols, the labels and the SVG they are written as.
@Suite("drawing events on a map")
struct MapTests {
    static let baghuz = GeoPoint(latitude: 34.457182, longitude: 40.950003)
    static let deirEzZor = GeoPoint(latitude: 35.33588, longitude: 40.14084)

    static func event(_ type: String, at p: GeoPoint?, fatalities: Int? = nil, date: String? = nil,
                      en: String = "Al-Baghuz Fawqani", ar: String = "الباغوز فوقاني", id: String = "C5184",
                      order: Int = 0) -> MapEvent {
        MapEvent(id: "a.txt:\(order)", order: order, point: p, eventType: type, fatalities: fatalities, date: date,
                 location: en, locationAr: ar, placeId: id, source: "a.txt")
    }

    static let sample: [MapEvent] = [
        event("Battles", at: baghuz, fatalities: 6, date: "2019-02-12", order: 0),
        event("Battles", at: baghuz, fatalities: nil, order: 1),
        event("Explosions/Remote violence", at: baghuz, fatalities: 4, date: "2019-02-10", order: 2),
        event("Violence against civilians", at: deirEzZor, fatalities: 2, date: "2019-02-11",
              en: "Deir ez-Zor", ar: "دير الزور", id: "C5086", order: 3),
        event("Strategic developments", at: deirEzZor, en: "Deir ez-Zor", ar: "دير الزور", id: "C5086", order: 4),
        event("Protests", at: GeoPoint(latitude: 37.05, longitude: 41.22), en: "Qamishli", ar: "القامشلي", id: "C4360", order: 5),
    ]

    static func map(_ events: [MapEvent] = sample) -> EventMap {
        EventMap(events: events, gazetteer: TestSupport.gazetteer)
    }

    // MARK: projection

    @Test func placesOfTheAreaFallInsideTheFrameWithNorthUp() {
        let m = Self.map()
        let frame = m.projection.frame
        for p in [Self.baghuz, Self.deirEzZor, GeoPoint(latitude: 37.05, longitude: 41.22)] {
            #expect(frame.contains(m.projection.project(p)), "\(p)")
        }
        let south = m.projection.project(GeoPoint(latitude: 35, longitude: 40))
        let north = m.projection.project(GeoPoint(latitude: 36, longitude: 40))
        let east = m.projection.project(GeoPoint(latitude: 35, longitude: 41))
        #expect(north.y < south.y && abs(north.x - south.x) < 1e-9)
        #expect(east.x > south.x && abs(east.y - south.y) < 1e-9)
        // The frame covers the three governorates: Abu Kamal in the south-east, al-Malikiyah in the north-east.
        #expect(m.projection.bounds.south < 34.3 && m.projection.bounds.north > 37.1)
        #expect(m.projection.bounds.west < 38.2 && m.projection.bounds.east > 42.2)
    }

    @Test func theScaleBarIsAsLongAsTheDistanceItNames() {
        let p = Self.map().projection
        let km = p.scaleBarKm(maxPixels: 200)
        #expect([10.0, 20, 25, 50, 100].contains(km), "\(km)")
        let bar = km * p.pixelsPerKm
        #expect(bar <= 200 && bar > 80, "\(bar)")
        let y = p.project(GeoPoint(latitude: p.middleLatitude, longitude: 40)).y
        let from = p.unproject(MapPoint(x: 300, y: y)), to = p.unproject(MapPoint(x: 300 + bar, y: y))
        #expect(abs(from.distanceKm(to: to) - km) / km < 0.002, "\(from.distanceKm(to: to)) km for a \(km) km bar")
        // North-south the scale is the same.
        let top = p.unproject(MapPoint(x: 300, y: 200)), bottom = p.unproject(MapPoint(x: 300, y: 200 + bar))
        #expect(abs(top.distanceKm(to: bottom) - km) / km < 0.002)
    }

    @Test func eventsJustOutsideWidenTheFrameAndFarOnesAreCounted() {
        let nearIraq = Self.event("Battles", at: GeoPoint(latitude: 34.38, longitude: 42.9), en: "Al-Qaim", ar: "القائم", id: "x", order: 0)
        let moscow = Self.event("Strategic developments", at: GeoPoint(latitude: 55.75, longitude: 37.6), en: "Moscow", ar: "موسكو", id: "y", order: 1)
        let nowhere = Self.event("Battles", at: nil, en: "", ar: "", id: "", order: 2)
        let m = Self.map([nearIraq, moscow, nowhere])
        #expect(m.projection.frame.contains(m.projection.project(nearIraq.point!)))
        #expect(m.symbols.count == 1)
        #expect(m.outside == 1 && m.unlocated == 1)
        #expect(m.notes.contains("1 event too far outside the three governorates, not shown."), "\(m.notes)")
        #expect(m.notes.contains("1 event without a place, not shown."), "\(m.notes)")
    }

    // MARK: symbols

    @Test(arguments: EventPalette.eventTypes)
    func eachTypeHasItsOwnColour(type: String) {
        let others = EventPalette.eventTypes.filter { $0 != type }.map(EventPalette.colour)
        #expect(!others.contains(EventPalette.colour(of: type)), "\(type)")
        #expect(EventPalette.colour(of: type) != EventPalette.otherColour)
        #expect(Self.map([Self.event(type, at: Self.baghuz)]).svg.contains("fill=\"\(EventPalette.colour(of: type))\""))
    }

    @Test func anUnknownTypeIsGrey() {
        #expect(EventPalette.colour(of: "Something else") == EventPalette.otherColour)
    }

    @Test func areaGrowsInProportionToFatalities() {
        let s = SymbolScale(maxFatalities: 10)
        #expect(s.radius(fatalities: nil) == s.radius(fatalities: 0))
        #expect(s.radius(fatalities: 0) < s.radius(fatalities: 1))
        let one = s.radius(fatalities: 1), four = s.radius(fatalities: 4), hundred = s.radius(fatalities: 9)
        #expect(abs(four * four / (one * one) - 4) < 1e-9)
        #expect(abs(hundred * hundred / (one * one) - 9) < 1e-9)
        // A massacre does not fill the map: the scale shrinks so that it stays within bounds.
        let big = SymbolScale(maxFatalities: 400)
        #expect(big.radius(fatalities: 400) <= SymbolScale.largestRadius + 1e-9)
        #expect(big.radius(fatalities: 100) > big.radius(fatalities: 25))
        #expect(SymbolScale.keyValues(maxFatalities: 6) == [1, 5])
        #expect(SymbolScale.keyValues(maxFatalities: 130) == [2, 20, 100])
        #expect(SymbolScale.keyValues(maxFatalities: 0) == [])
    }

    @Test func crowdedPlacesSpreadTheirSymbolsWithoutOverlap() {
        let many = (0..<20).map { Self.event("Battles", at: Self.baghuz, fatalities: $0 % 4, order: $0) }
        let symbols = Self.map(many).symbols
        #expect(symbols.count == 20)
        for i in symbols.indices {
            for j in symbols.indices where j > i {
                let d = symbols[i].center.distance(to: symbols[j].center)
                #expect(d >= symbols[i].radius + symbols[j].radius, "symbols \(i) and \(j) overlap")
            }
            #expect(symbols[i].center.distance(to: symbols[i].anchor) < 40)
        }
    }

    // MARK: labels

    @Test func oneLabelPerPlaceWithBothNamesAndTheCount() {
        let m = Self.map()
        #expect(m.labels.count == 3)
        let baghuz = m.labels.first { $0.english == "Al-Baghuz Fawqani" }
        #expect(baghuz?.arabic == "الباغوز فوقاني" && baghuz?.count == 3)
        #expect(baghuz?.text == "Al-Baghuz Fawqani · الباغوز فوقاني (3)")
        let svg = m.svg
        #expect(svg.contains("Al-Baghuz Fawqani · <tspan xml:lang=\"ar\" direction=\"rtl\" unicode-bidi=\"embed\">الباغوز فوقاني</tspan>&#x200E; (3)</text>"))
        #expect(svg.contains(">Qamishli · <tspan xml:lang=\"ar\" direction=\"rtl\" unicode-bidi=\"embed\">القامشلي</tspan>&#x200E;</text>"))
    }

    @Test func labelsOverlapNeitherEachOtherNorSymbolsAndStayInTheFrame() {
        // Places of the Euphrates valley, a few km apart, with several events each.
        let places = TestSupport.gazetteer.places
            .filter { $0.inArea && $0.kind == .town && $0.admin1?.name == "Deir ez-Zor" && $0.hasOwnCoordinate }
            .sorted { $0.id < $1.id }.prefix(25)
        var events: [MapEvent] = []
        for (i, p) in places.enumerated() {
            for k in 0..<(1 + i % 3) {
                events.append(Self.event(EventPalette.eventTypes[(i + k) % 6], at: p.point, fatalities: (i * k) % 5,
                                         en: p.nameEn, ar: p.nameAr, id: p.id, order: events.count))
            }
        }
        let m = Self.map(events)
        #expect(m.labels.count + m.unlabelled == places.count)
        #expect(m.labels.count >= places.count / 2, "only \(m.labels.count) of \(places.count) labelled")
        for (i, a) in m.labels.enumerated() {
            #expect(m.projection.frame.contains(a.box), "\(a.english)")
            for b in m.labels[(i + 1)...] { #expect(!a.box.intersects(b.box), "\(a.english) / \(b.english)") }
            for s in m.symbols {
                #expect(!a.box.intersects(MapRect(center: s.center, radius: s.radius)), "\(a.english) over a symbol of \(s.event.location)")
            }
        }
    }

    // MARK: the SVG

    @Test func textIsEscapedForXML() {
        #expect(SVGText.escape(#"a & <b> "c" 'd'"#) == "a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;")
        #expect(SVGText.escape("x\u{1}y") == "x\u{FFFD}y")
        let odd = Self.event("Riots", at: Self.deirEzZor, en: #"Tom & "Jerry" <here>"#, ar: "حي <الجورة> & 'x'", id: "z")
        let svg = Self.map([odd]).svg
        #expect(svg.contains("Tom &amp; &quot;Jerry&quot; &lt;here&gt;"))
        #expect(svg.contains("حي &lt;الجورة&gt; &amp; &apos;x&apos;"))
        #expect(!svg.contains("<here>"))
        #expect(Self.parse(svg).ok)
    }

    @Test func numbersAreWrittenTheSameEverywhere() {
        #expect(SVGText.number(3.14159) == "3.1")
        #expect(SVGText.number(-0.04) == "0")
        #expect(SVGText.number(2.0) == "2")
        #expect(SVGText.number(-12.25, decimals: 2) == "-12.25")
        #expect(SVGText.number(0.05, decimals: 2) == "0.05")
        #expect(SVGText.count(2035) == "2,035")
    }

    @Test func theSameEventsInAnyOrderGiveTheSameBytes() {
        let a = Self.map().svg
        let b = Self.map(Self.sample.reversed()).svg
        let c = Self.map().svg
        #expect(a == b)
        #expect(a == c)
    }

    @Test func theSVGIsWellFormedXMLWithTheRightParts() throws {
        let m = Self.map()
        let svg = m.svg
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let parsed = Self.parse(svg)
        #expect(parsed.ok, "\(parsed.error ?? "")")
        #expect(parsed.root == "svg")
        #expect(parsed.ids.isSuperset(of: ["places", "governorates", "events", "labels", "legend", "north-arrow"]))
        // One circle per event in the events group, one dot per backdrop place.
        #expect(parsed.circlesIn["events"] == Self.sample.count)
        #expect(parsed.circlesIn["places"] == m.backdrop.count)
        #expect(m.backdrop.count > 1000)
        #expect(svg.contains("font-family=\"'DejaVu Sans', 'Noto Sans Arabic', sans-serif\""))
        for name in ["HASAKAH", "RAQQA", "DEIR EZ-ZOR"] { #expect(svg.contains(">\(name)</text>"), "\(name)") }
        #expect(svg.contains("2019-02-10 – 2019-02-12"))
        #expect(svg.contains(">Battles</text>") && !svg.contains(">Riots</text>"))
        #expect(svg.contains(" km</text>"))
    }

    @Test func undatedEventsSayDatesUnknown() {
        let svg = Self.map([Self.event("Battles", at: Self.baghuz)]).svg
        #expect(svg.contains("· dates unknown ·"))
        #expect(Self.map([]).svg.contains(">no events</text>"))
        #expect(Self.parse(Self.map([]).svg).ok)
    }

    @Test func aMentionsLayerIsNotAnEventsLayer() {
        let mentions = #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[40.1,35.3]},"properties":{"mention":"دير الزور","name_en":"Deir ez-Zor"}}]}"#
        #expect(throws: LayerReader.Failure.self) { try MapEvent.events(ofLayer: Data(mentions.utf8)) }
        let events = #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[40.1,35.3]},"properties":{"event_type":"Battles","fatalities":3,"event_date":"2019-02-11","location":"Deir ez-Zor","location_ar":"دير الزور","place_id":"C5086","source":"a.txt","evidence_start":7}}]}"#
        let read = try? MapEvent.events(ofLayer: Data(events.utf8))
        #expect(read == [MapEvent(id: "a.txt:7", order: 0, point: GeoPoint(latitude: 35.3, longitude: 40.1), eventType: "Battles",
                                  fatalities: 3, date: "2019-02-11", location: "Deir ez-Zor", locationAr: "دير الزور",
                                  placeId: "C5086", source: "a.txt")])
    }

    /// Parses `svg` with Foundation's XML parser: whether it is well-formed, the root, the ids
    /// and how many circles each group holds.
    static func parse(_ svg: String) -> (ok: Bool, error: String?, root: String?, ids: Set<String>, circlesIn: [String: Int]) {
        final class Collector: NSObject, XMLParserDelegate {
            var root: String?
            var ids = Set<String>()
            var groups: [String?] = []
            var circles: [String: Int] = [:]
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String]) {
                if root == nil { root = name }
                if let id = attributes["id"] { ids.insert(id) }
                if name == "g" { groups.append(attributes["id"]) }
                if name == "circle", let group = groups.last(where: { $0 != nil }) ?? nil { circles[group, default: 0] += 1 }
            }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                if name == "g" { groups.removeLast() }
            }
        }
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        let ok = parser.parse()
        return (ok, parser.parserError.map { "\($0)" }, collector.root, collector.ids, collector.circles)
    }
}
