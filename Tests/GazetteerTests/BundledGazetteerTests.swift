import Foundation
import Testing
@testable import Gazetteer

/// Checks of the data itself: the bundled gazetteer must load, and hold what a user relies on.
@Suite("bundled gazetteer data")
struct BundledGazetteerTests {
    static let gazetteer: Gazetteer = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! Gazetteer.load(contentsOf: root.appendingPathComponent("Resources/gazetteer.tsv").path)
    }()

    /// Generous extents of the three governorates (south, west, north, east).
    static let extents: [String: (Double, Double, Double, Double)] = [
        "Hasakah": (35.45, 39.55, 37.40, 42.45),
        "Raqqa": (34.90, 37.95, 36.85, 40.20),
        "Deir ez-Zor": (34.15, 38.70, 36.20, 41.50),
    ]

    @Test func idsAreUnique() {
        let ids = Self.gazetteer.places.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func inAreaRowsLieInTheirGovernorate() {
        for p in Self.gazetteer.places where p.inArea {
            guard let a1 = p.admin1?.name, let (s, w, n, e) = Self.extents[a1] else { continue }
            let inside: Bool = (s...n).contains(p.point.latitude) && (w...e).contains(p.point.longitude)
            let what = "\(p.id) \(p.nameEn) at \(p.point.latitude),\(p.point.longitude) outside \(a1)"
            #expect(inside, Comment(rawValue: what))
        }
    }

    /// Every in-area row has an Arabic name, except a few villages and quarters whose romanised
    /// name gave no derived spelling the build could use (one that keeps every word of the name
    /// and is not an everyday word): they keep only their English name.
    @Test func inAreaRowsHaveAnArabicName() {
        let unnamed = Self.gazetteer.places.filter { $0.inArea && $0.nameAr.isEmpty }
        for p in unnamed {
            #expect([.village, .hamlet, .neighbourhood].contains(p.kind), "\(p.id) \(p.nameEn) has no Arabic name")
        }
        #expect(unnamed.count <= 30, "\(unnamed.count) in-area places have no Arabic name")
    }

    @Test func holdsTheAdminUnits() {
        let kinds = Dictionary(grouping: Self.gazetteer.places.filter(\.inArea), by: \.kind)
        #expect(kinds[.governorate]?.count == 3)
        #expect(kinds[.district]?.count == 10)
        #expect(kinds[.subdistrict]?.count == 40)
        let settlements: Int = [PlaceKind.village, .town, .hamlet, .city].reduce(0) { $0 + (kinds[$1]?.count ?? 0) }
        #expect(settlements > 1800)
    }

    /// Places every report names, against Wikipedia's infobox coordinates (the reference data's
    /// wikipedia_named_places.tsv): each must resolve from its Arabic name within 2 km.
    static let designCard: [(arabic: String, kind: PlaceKind?, lat: Double, lon: Double)] = [
        ("الباغوز فوقاني", nil, 34.45861, 40.95056),
        ("الهول", .town, 36.3914, 41.1514),
        ("مخيم الهول", .camp, 36.37556, 41.14861),
        ("عين عيسى", .town, 36.38528, 38.85944),
        ("الطبقة", nil, 35.8376, 38.5483),
    ]

    /// Al-Omar has no point in any source: Wikipedia's text puts it 10 km north of Mayadin, The
    /// National 10 km east, both on the east bank of the Euphrates.
    @Test func alOmarLiesWhereTheTextsPutIt() throws {
        let field = try #require(Self.gazetteer.candidates(named: "حقل العمر النفطي").first { $0.kind == .oilfield })
        let mayadin = try #require(Self.gazetteer.candidates(named: "الميادين").first { $0.kind == .city })
        let d = field.point.distanceKm(to: mayadin.point)
        #expect((7...13).contains(d), "al-Omar is \(d) km from Mayadin")
        #expect(field.point.longitude > mayadin.point.longitude && field.point.latitude > mayadin.point.latitude)
    }

    @Test("design card places resolve within 2 km", arguments: designCard)
    func designCardPlace(_ c: (arabic: String, kind: PlaceKind?, lat: Double, lon: Double)) throws {
        let found = Self.gazetteer.candidates(named: c.arabic).filter { c.kind == nil || $0.kind == c.kind }
        let best = try #require(found.first, "\(c.arabic) not found")
        let d = best.point.distanceKm(to: GeoPoint(latitude: c.lat, longitude: c.lon))
        #expect(d <= 2, "\(c.arabic) is \(d) km from the reference point")
    }
}
