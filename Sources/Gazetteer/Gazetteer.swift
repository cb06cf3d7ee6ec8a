import Foundation

/// The places geomap knows, and the index that finds their names in text.
public final class Gazetteer: Sendable {
    public let places: [Place]
    public let index: NameIndex
    /// The file the gazetteer was read from (for messages).
    public let origin: String
    private let byId: [String: Int]

    /// Builds a gazetteer from places already read.
    public convenience init(places: [Place], origin: String = "<memory>") {
        var byId: [String: Int] = [:]
        byId.reserveCapacity(places.count)
        for (i, place) in places.enumerated() { byId[place.id] = i }
        self.init(places: places, origin: origin, byId: byId)
    }

    /// Builds a gazetteer from places already read and the position of each id among them.
    package init(places: [Place], origin: String, byId: [String: Int]) {
        self.places = places
        self.origin = origin
        var index = NameIndex(capacity: places.reduce(0) { n, place in
            n + (place.nameAr.isEmpty ? 0 : 1) + place.arabicVariants.count + place.arabicDerived.count
        })
        for (i, place) in places.enumerated() {
            let ambiguous = place.ambiguousArabic.isEmpty ? [] : place.ambiguousArabic.map(NameIndex.nameKey)
            func add(_ name: String, _ origin: NameIndex.Origin) {
                index.add(name: name, place: i, origin: origin, ambiguousKeys: ambiguous)
            }
            if !place.nameAr.isEmpty { add(place.nameAr, place.nameArFromSource ? .primary : .derived) }
            for v in place.arabicVariants { add(v, .variant) }
            for v in place.arabicDerived { add(v, .derived) }
        }
        self.byId = byId
        self.index = index
    }

    /// The place with this id.
    public func place(id: String) -> Place? {
        byId[id].map { places[$0] }
    }

    /// The index of the place with this id in `places`.
    public func placeIndex(id: String) -> Int? { byId[id] }

    /// Every place one of whose names is `name` (Arabic, with spelling variation and proclitics
    /// folded as in text, or English, case-insensitive), most prominent first.
    public func candidates(named name: String) -> [Place] {
        var found = Set<Int>()
        let text = TokenizedText(name)
        if !text.tokens.isEmpty {
            text.letters.withUnsafeBufferPointer { letters in
                if let m = index.longestMatch(at: 0, tokens: text.tokens, letters: letters), m.endToken == text.tokens.count {
                    for e in m.entries { found.insert(index.entries[e].place) }
                }
            }
        }
        let latin = ArabicNormalizer.normalize(name)
        if found.isEmpty && !latin.isEmpty {
            for (i, p) in places.enumerated() {
                if ArabicNormalizer.normalize(p.nameEn) == latin
                    || p.latinVariants.contains(where: { ArabicNormalizer.normalize($0) == latin })
                {
                    found.insert(i)
                }
            }
        }
        return found.sorted { a, b in
            let pa = places[a], pb = places[b]
            if pa.inArea != pb.inArea { return pa.inArea }
            if pa.kind.prominence != pb.kind.prominence { return pa.kind.prominence > pb.kind.prominence }
            if (pa.population ?? 0) != (pb.population ?? 0) { return (pa.population ?? 0) > (pb.population ?? 0) }
            return pa.id < pb.id
        }.map { places[$0] }
    }

    /// The administrative units a place lies in, largest first, as gazetteer rows where known.
    public func adminChain(of place: Place) -> [AdminUnit] {
        [place.admin1, place.admin2, place.admin3].compactMap { $0 }
    }

    /// The gazetteer row of an administrative unit, by its P-code.
    public func adminPlace(_ unit: AdminUnit?) -> Place? {
        guard let code = unit?.code else { return nil }
        return place(id: code)
    }
}
