/// One row of the gazetteer: a place with its names, point and administrative chain.
public struct Place: Sendable, Equatable {
    /// Stable id: the OCHA P-code where there is one, else `gm:` and a slug.
    public var id: String
    public var kind: PlaceKind
    public var nameEn: String
    /// The primary Arabic name.
    public var nameAr: String
    /// Whether `nameAr` came from a public source (`true`) or was derived from the romanised name.
    public var nameArFromSource: Bool
    /// Other Arabic names that sources give.
    public var arabicVariants: [String]
    /// Arabic spellings derived from the romanised name; trusted only in place context.
    public var arabicDerived: [String]
    public var latinVariants: [String]
    public var point: GeoPoint
    public var admin1: AdminUnit?
    public var admin2: AdminUnit?
    public var admin3: AdminUnit?
    public var population: Int?
    /// Inside the Deir ez-Zor, Raqqa and Hasakah governorates.
    public var inArea: Bool
    /// Where the coordinate came from.
    public var coordSource: String
    /// Arabic names of this row that are also ordinary words or personal names.
    public var ambiguousArabic: [String]
    public var parentId: String?
    public var note: String

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
