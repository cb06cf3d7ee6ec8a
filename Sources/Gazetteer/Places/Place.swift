/// One row of the gazetteer: a place with its names, point and administrative chain.
///
/// A class: mentions and events refer to their place, and a reference is copied without
/// touching each of its strings.
public final class Place: Sendable, Equatable {
    /// Stable id: the OCHA P-code where there is one, else `gm:` and a slug.
    public let id: String
    public let kind: PlaceKind
    public let nameEn: String
    /// The primary Arabic name.
    public let nameAr: String
    /// Whether `nameAr` came from a public source (`true`) or was derived from the romanised name.
    public let nameArFromSource: Bool
    /// Other Arabic names that sources give.
    public let arabicVariants: [String]
    /// Arabic spellings derived from the romanised name; trusted only in place context.
    public let arabicDerived: [String]
    public let latinVariants: [String]
    public let point: GeoPoint
    public let admin1: AdminUnit?
    public let admin2: AdminUnit?
    public let admin3: AdminUnit?
    public let population: Int?
    /// Inside the Deir ez-Zor, Raqqa and Hasakah governorates.
    public let inArea: Bool
    /// Where the coordinate came from.
    public let coordSource: String
    /// Arabic names of this row that are also ordinary words or personal names.
    public let ambiguousArabic: [String]
    public let parentId: String?
    public let note: String

    public init(
        id: String, kind: PlaceKind, nameEn: String, nameAr: String, nameArFromSource: Bool = true,
        arabicVariants: [String] = [], arabicDerived: [String] = [], latinVariants: [String] = [],
        point: GeoPoint, admin1: AdminUnit? = nil, admin2: AdminUnit? = nil, admin3: AdminUnit? = nil,
        population: Int? = nil, inArea: Bool, coordSource: String = "", ambiguousArabic: [String] = [],
        parentId: String? = nil, note: String = ""
    ) {
        self.id = id
        self.kind = kind
        self.nameEn = nameEn
        self.nameAr = nameAr
        self.nameArFromSource = nameArFromSource
        self.arabicVariants = arabicVariants
        self.arabicDerived = arabicDerived
        self.latinVariants = latinVariants
        self.point = point
        self.admin1 = admin1
        self.admin2 = admin2
        self.admin3 = admin3
        self.population = population
        self.inArea = inArea
        self.coordSource = coordSource
        self.ambiguousArabic = ambiguousArabic
        self.parentId = parentId
        self.note = note
    }

    /// Whether the coordinate is the place's own, not its subdistrict's stand-in point.
    public var hasOwnCoordinate: Bool { coordSource != "admin3_centroid" }

    /// A city that bears its governorate's name (Deir ez-Zor, Raqqa, Hasakah): reports write "in
    /// Deir ez-Zor" or "east of Deir ez-Zor" for the province as often as for the city.
    public var namesItsGovernorate: Bool { kind == .city && admin1 != nil && nameEn == admin1?.name }

    public static func == (a: Place, b: Place) -> Bool {
        a === b || (a.id == b.id && a.kind == b.kind && a.nameEn == b.nameEn && a.nameAr == b.nameAr
            && a.nameArFromSource == b.nameArFromSource && a.arabicVariants == b.arabicVariants
            && a.arabicDerived == b.arabicDerived && a.latinVariants == b.latinVariants && a.point == b.point
            && a.admin1 == b.admin1 && a.admin2 == b.admin2 && a.admin3 == b.admin3 && a.population == b.population
            && a.inArea == b.inArea && a.coordSource == b.coordSource && a.ambiguousArabic == b.ambiguousArabic
            && a.parentId == b.parentId && a.note == b.note)
    }
}

/// An administrative unit named in a place's chain.
public struct AdminUnit: Sendable, Equatable, Hashable {
    public var name: String
    public var code: String?

    public init(name: String, code: String? = nil) {
        self.name = name
        self.code = code
    }
}
