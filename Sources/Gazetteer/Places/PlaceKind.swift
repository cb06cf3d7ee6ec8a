/// What sort of place a gazetteer row is.
public enum PlaceKind: String, CaseIterable, Sendable, Codable {
    case governorate, district, subdistrict
    case city, town, village, hamlet, neighbourhood
    case camp, oilfield, gasfield, dam, airport, airbase, base, prison, crossing, landmark
    case region, river, mountain, road, country

    /// ACLED-style spatial precision of a point standing for this kind of place:
    /// 1 a town, village or site; 2 part of a town or a subdistrict; 3 a larger area.
    public var geoPrecision: Int {
        switch self {
        case .city, .town, .village, .hamlet, .camp, .oilfield, .gasfield, .dam, .airport, .airbase,
            .base, .prison, .crossing, .landmark:
            return 1
        case .neighbourhood, .subdistrict:
            return 2
        case .governorate, .district, .region, .river, .mountain, .road, .country:
            return 3
        }
    }

    /// Administrative units, whose bare names are shared with their seat towns.
    public var isAdministrative: Bool {
        self == .governorate || self == .district || self == .subdistrict
    }

    /// Populated places: what a bare name most often means.
    public var isSettlement: Bool {
        switch self {
        case .city, .town, .village, .hamlet: return true
        default: return false
        }
    }

    /// Facilities and sites named with a head noun (a camp, a field, an airport ...).
    public var isFacility: Bool {
        switch self {
        case .camp, .oilfield, .gasfield, .dam, .airport, .airbase, .base, .prison, .crossing, .landmark:
            return true
        default: return false
        }
    }

    /// Areas larger than a settlement, mapped to a representative point.
    public var isArea: Bool {
        switch self {
        case .region, .river, .mountain, .road, .country, .governorate, .district: return true
        default: return false
        }
    }

    /// A rank used to break ties between namesakes: larger places are mentioned more often.
    public var prominence: Int {
        switch self {
        case .country: return 9
        case .governorate: return 8
        case .city: return 7
        case .town: return 6
        case .district: return 5
        case .region, .river: return 5
        case .camp, .oilfield, .gasfield, .dam, .airport, .airbase, .prison, .crossing: return 5
        case .village: return 4
        case .subdistrict: return 4
        case .neighbourhood, .base, .landmark, .mountain, .road: return 3
        case .hamlet: return 2
        }
    }
}
