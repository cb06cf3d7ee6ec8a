import Gazetteer

/// What the user asks of event extraction.
public struct EventOptions: Sendable {
    /// The date the reports were published, when they do not say it themselves (`--date`).
    public var publicationDate: CivilDate?
    /// Write events with no place, with a null geometry.
    public var includeUnlocated: Bool

    public init(publicationDate: CivilDate? = nil, includeUnlocated: Bool = false) {
        self.publicationDate = publicationDate
        self.includeUnlocated = includeUnlocated
    }
}

/// An incident a report says happened: what, where, when, who, and at what cost.
public struct Event: Sendable, Equatable {
    public var source: String
    public var eventType: EventType
    public var trigger: String
    /// The clause or sentence that states the event, and its span in scalars.
    public var evidence: String
    public var evidenceStart: Int
    public var evidenceEnd: Int
    public var actor1: String?
    public var actor2: String?
    public var fatalities: Int?
    public var injured: Int?
    /// People arrested, released, displaced or evacuated, when the text gives a number.
    public var affected: Int?
    public var date: CivilDate?
    /// ACLED time precision: 1 the day, 2 the week, 3 the month.
    public var timePrecision: Int?
    public var location: PlaceMention?
    /// ACLED geo precision: 1 the named place, 2 near it or part of a region, 3 a larger region.
    public var geoPrecision: Int?
    public var confidence: Double
    /// The kind of incident the trigger belongs to (a release and a displacement are both
    /// ACLED's "Other", but never the same incident).
    package var family: EventLexicon.Family? = nil
    /// Stated in a headline: the body's telling of the same incident replaces it.
    package var headline = false
    /// The toll is ACLED's value for a vague count (قتلى، عشرات): a stated one replaces it.
    package var tollVague = false
    /// Recalled as an earlier incident (وسبق أن قتل شخص الشهر الفائت): never one with the incident
    /// the report tells now, however alike their type and place.
    package var recalled = false
    /// Told by a word that names no way of fighting (هجوم، استهداف): a summary its detail may type.
    package var generic = false
    /// Another place an incident already told reached (كما طال القصف قرى غربي تل أبيض): a later
    /// "the shelling" or toll refers to that incident, not to this place of it.
    package var reached = false

    /// Takes a toll told in another clause of the same incident: it fills what is unknown, a stated
    /// count replaces ACLED's value for a vague one ("قتلى وجرحى", then "قتل عنصر"), and of two
    /// stated counts the larger is the incident's (a commander killed in the strike, then 17 dead).
    package mutating func take(fatalities f: Int?, injured i: Int?, vague: Bool) {
        guard f != nil || i != nil else { return }
        if tollVague && !vague {
            fatalities = f ?? fatalities
            injured = i ?? injured
            tollVague = false
            return
        }
        fatalities = Self.fuller(fatalities, f, vague: vague)
        injured = Self.fuller(injured, i, vague: vague)
    }

    private static func fuller(_ known: Int?, _ told: Int?, vague: Bool) -> Int? {
        guard let known else { return told }
        guard let told, !vague else { return known }
        return max(known, told)
    }

    /// Said to have killed and wounded no one (دون وقوع إصابات).
    package var hurtNoOne: Bool { fatalities == 0 && injured == 0 }
    /// Killed or wounded someone.
    package var hurtSomeone: Bool { (fatalities ?? 0) > 0 || (injured ?? 0) > 0 }
    /// Told in a clause that opens with كما, "also": another incident beside the one told before.
    package var toldAsAlso: Bool { evidence.hasPrefix("كما") || evidence.hasPrefix("وكما") }

    /// Fills what this telling leaves out from `other`, another telling of the same incident: its
    /// toll (as `take` does), its parties (never one party on both sides) and its day.
    package mutating func fillGaps(from other: Event) {
        take(fatalities: other.fatalities, injured: other.injured, vague: other.tollVague)
        if actor1 == nil { actor1 = other.actor1 }
        if actor2 == nil { actor2 = other.actor2 == actor1 ? nil : other.actor2 }
        if date == nil, other.date != nil {
            date = other.date
            timePrecision = other.timePrecision
        }
    }

    /// The stable id: the source and where the evidence starts, and the type.
    public var id: String {
        "\(source):\(evidenceStart):\(eventType.code)\(location.map { ":" + $0.place.id } ?? "")"
    }

    /// The columns of the events layer: ACLED's where it has them, in its order, then geomap's.
    public static let columns = [
        "id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "admin2",
        "admin3", "location", "latitude", "longitude", "geo_precision", "source", "evidence", "fatalities",
        "injured", "affected", "location_ar", "place_id", "trigger", "confidence", "evidence_start", "evidence_end",
    ]

    /// The event as a GeoJSON feature; nil when it has no place and unlocated events are not wanted.
    public func feature(includeUnlocated: Bool) -> Feature? {
        if location == nil && !includeUnlocated { return nil }
        let place = location?.place
        let id = self.id  // made once: it is the feature's id and its first property
        return Feature(
            id: id,
            point: place.map { GeoPointValue(longitude: $0.point.longitude, latitude: $0.point.latitude) },
            // In key order, as the GeoJSON is written (the CSV takes its own column order).
            properties: [
                ("actor1", .optional(actor1)),
                ("actor2", .optional(actor2)),
                ("admin1", .optional(place?.admin1?.name)),
                ("admin2", .optional(place?.admin2?.name)),
                ("admin3", .optional(place?.admin3?.name)),
                ("affected", .optional(affected)),
                ("confidence", .double(confidence)),
                ("event_date", .optional(date?.description)),
                ("event_type", .string(eventType.eventType)),
                ("evidence", .string(evidence)),
                ("evidence_end", .int(evidenceEnd)),
                ("evidence_start", .int(evidenceStart)),
                ("fatalities", .optional(fatalities)),
                ("geo_precision", .optional(geoPrecision)),
                ("id", .string(id)),
                ("injured", .optional(injured)),
                ("location", .optional(place?.nameEn)),
                ("location_ar", .optional(place?.nameAr)),
                ("place_id", .optional(place?.id)),
                ("source", .string(source)),
                ("sub_event_type", .string(eventType.subEventType)),
                ("time_precision", .optional(timePrecision)),
                ("trigger", .string(trigger)),
            ])
    }
}
