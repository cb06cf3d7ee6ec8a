import Gazetteer

extension MentionExtractor {
    struct Resolved {
        var match: NameIndex.Match
        var place: Int
        var evidence: PlaceMention.Evidence
        var confidence: Double
        var head: PlaceContextLexicon.Head?
    }

    /// Chooses one place for every candidate mention, with the evidence a reader would use, in
    /// this order of strength: a container named in the same phrase, the head noun (already applied
    /// when the candidates were gathered), the document's other places, then prominence.
    func resolve(_ candidates: [Candidate]) -> [Resolved] {
        let places = gazetteer.places
        var chosen = [Int?](repeating: nil, count: candidates.count)
        var evidence = [PlaceMention.Evidence](repeating: .prominence, count: candidates.count)
        // The candidate whose name starts at a token (candidates are in text order).
        func byStartToken(_ token: Int) -> Int? {
            let k = candidates.firstIndex(keyAtLeast: token) { $0.match.startToken }
            return k < candidates.count && candidates[k].match.startToken == token ? k : nil
        }

        // Names of one place need no evidence.
        for (i, c) in candidates.enumerated() where c.places.count == 1 {
            chosen[i] = c.places[0].place
            evidence[i] = .unique
        }
        // The document's anchors: in-area places resolved without doubt.
        // Each anchor place once: a long text names the same towns again and again, and the
        // distances below are to the nearest anchor (each telling still votes for its governorate).
        var anchors: [GeoPoint] = []
        var anchorPlaces: Set<Int> = []
        // A report names places of a governorate or three: a short list beats hashing their names.
        var governorateVotes: [(key: String, value: Int)] = []
        func addAnchor(_ index: Int) {
            let p = places[index]
            guard p.inArea, !p.kind.isArea, p.hasOwnCoordinate else { return }
            if anchorPlaces.insert(index).inserted { anchors.append(p.point) }
            if let a1 = p.admin1?.name {
                if let k = governorateVotes.firstIndex(where: { $0.key == a1 }) { governorateVotes[k].value += 1 } else { governorateVotes.append((a1, 1)) }
            }
        }
        for i in candidates.indices { if let p = chosen[i] { addAnchor(p) } }
        // The governorate most of the document's sure places lie in.
        let leading = governorateVotes.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })

        // Containers first (they are usually unique), then the names they qualify, right to left.
        for i in candidates.indices.reversed() where chosen[i] == nil {
            let c = candidates[i]
            var pool = c.places
            if let q = c.qualifier, let qi = byStartToken(q), let container = chosen[qi] ?? candidates[qi].places.first?.place {
                let inside = pool.filter { Self.lies(places[$0.place], within: places[container]) }
                if !inside.isEmpty && inside.count < pool.count {
                    pool = inside
                    if pool.count == 1 {
                        chosen[i] = pool[0].place
                        evidence[i] = .container
                        continue
                    }
                }
            }
            // The place noun narrows what is left to the sort it names (مخيم → a camp, حي → a neighbourhood).
            if let head = c.head {
                let fitting = pool.filter { head.accepts(places[$0.place].kind) }
                if !fitting.isEmpty && fitting.count < pool.count {
                    pool = fitting
                    if pool.count == 1 {
                        chosen[i] = pool[0].place
                        evidence[i] = .placeNoun
                        continue
                    }
                }
            }
            // Prefer sourced names over derived ones, and places with their own coordinate; but not
            // over the only reading in the governorate the document is about (الأسدية with أبو راسين
            // in Hasakah is Hasakah's أسدية, spelt with the article, not Raqqa's الأسدية).
            let sourced = pool.filter { $0.origin != .derived }
            if !sourced.isEmpty && sourced.count < pool.count {
                func documents(_ cands: [(place: Int, origin: NameIndex.Origin)]) -> Bool { cands.contains { places[$0.place].admin1?.name == leading?.key } }
                if leading == nil || documents(sourced) || !documents(pool) { pool = sourced }
            }
            if pool.count == 1 {
                chosen[i] = pool[0].place
                evidence[i] = c.head?.isPlaceNoun == true ? .placeNoun : .prominence
                continue
            }
            // The document: the governorate most of its sure places lie in, then the nearest.
            if let (gov, votes) = leading, votes > 0 {
                let same = pool.filter { places[$0.place].admin1?.name == gov }
                if !same.isEmpty && same.count < pool.count { pool = same }
            }
            if pool.count > 1 && !anchors.isEmpty {
                let settled = pool.filter { !places[$0.place].kind.isArea }
                if settled.count == pool.count {
                    let ranked = pool.map { cand -> (Int, Double) in
                        let p = places[cand.place]
                        let d = anchors.map { p.point.distanceKm(to: $0) }.min() ?? .infinity
                        return (cand.place, d)
                    }.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
                    // Only a clear difference in distance is evidence.
                    if ranked.count >= 2 && ranked[0].1 + 15 < ranked[1].1 {
                        chosen[i] = ranked[0].0
                        evidence[i] = .document
                        continue
                    }
                }
            }
            chosen[i] = pool.max { a, b in
                // A place's own main name before another place's alternative name, then prominence.
                let pa = places[a.place], pb = places[b.place]
                if pa.inArea == pb.inArea && pa.kind.isAdministrative == pb.kind.isAdministrative && a.origin != b.origin {
                    return a.origin > b.origin
                }
                return Self.prominenceOrder(pa, pb)
            }!.place
            evidence[i] = pool.count < c.places.count && c.head?.isPlaceNoun == true
                ? .placeNoun : .prominence
        }

        // محافظتي دير الزور والرقة: the dual place noun names governorates, which the gazetteer
        // knows by their full names only (محافظة دير الزور); the seat's name stands for its
        // governorate. (Few mentions have the head; the governorates are looked up only for them.)
        for (i, c) in candidates.enumerated() where c.head == .governorate {
            guard let p = chosen[i], places[p].kind != .governorate, let code = places[p].admin1?.code,
                let g = places.firstIndex(where: { $0.kind == .governorate && $0.admin1?.code == code })
            else { continue }
            chosen[i] = g
            evidence[i] = .placeNoun
        }

        var result: [Resolved] = []
        for (i, c) in candidates.enumerated() {
            guard var place = chosen[i] else { continue }
            // حي and a name we know only as a village far from every other place of the text: a
            // quarter of the town the report is about that has no row (حي الشبكة وسط بلدة الشحيل),
            // not the namesake village in another district. Likewise a quarter named without حي in
            // a text about another town (الحزام الأخضر of al-Bukamal is not Qamishli's حي الحزام).
            // (A place noun of a settlement, بلدة "البحرة الوسطى", says the row is meant.)
            // (A street named after a quarter, شارع الصناعة in Tal Abyad, is as generic: any town has one.)
            let generic = c.head == nil || c.head == .district || c.head == .area || c.head == .direction || c.street
            let quarterElsewhere = c.head == .neighbourhood && !c.street
                ? !c.head!.accepts(places[place].kind) : generic && places[place].kind == .neighbourhood
            if quarterElsewhere {
                let p = places[place]
                let near = chosen.indices.contains { j in
                    guard j != i, let q = chosen[j], q != place else { return false }
                    let other = places[q]
                    return other.inArea && !other.kind.isArea && other.hasOwnCoordinate && p.point.distanceKm(to: other.point) < 25
                }
                if !near { continue }
            }
            // A village read from a guessed spelling or an everyday word, or a hamlet, that lies far
            // from every other place the text names (منطقة مزار عين علي بمدينة الميادين is no village
            // of Hasakah 250 km away): a place the gazetteer lacks, not its namesake.
            // (A settlement's noun or a place it is said to lie in, ناحية عياش الواقعة بريف دير الزور
            // الغربي, says the row is meant.)
            let reading = c.places.first { $0.place == place }
            if Self.isMinor(places[place]), reading?.origin == .derived || c.ambiguous || places[place].kind == .hamlet,
                generic, c.qualifier == nil
            {
                let p = places[place]
                // (The places named around it: a long text is many reports.)
                let others = chosen.indices.clamped(to: max(0, i - 40)..<min(chosen.count, i + 41)).compactMap { j -> Place? in
                    guard j != i, let q = chosen[j], q != place else { return nil }
                    let other = places[q]
                    return other.inArea && !other.kind.isArea && other.hasOwnCoordinate ? other : nil
                }
                if others.count >= 2 && !others.contains(where: { p.point.distanceKm(to: $0.point) < 100 }) { continue }
            }
            var ev = evidence[i]
            // A name whose only reading lies far from the place the text says it is near or in:
            // the text wins, and the point is that place (منطقة الشيخ حمد، القريبة من بلدة الباغوز).
            if let q = c.qualifier, let qi = byStartToken(q), let container = chosen[qi] {
                let p = places[place], box = places[container]
                // A city or town, or an admin unit or region, keeps its own point: "البوكمال شرق دير
                // الزور" and "منطقة البوكمال شرق دير الزور" name the province's east, not a namesake
                // near the city. So does a place of the province a seat of the same name stands for
                // (بلدة الدوير شرقي دير الزور, 80 km down the Euphrates from the city).
                if !box.kind.isArea, p.kind != .city, p.kind != .town, !p.kind.isAdministrative, !p.kind.isArea,
                    !Self.lies(p, within: box), p.point.distanceKm(to: box.point) > 60,
                    !(box.namesItsGovernorate && p.admin1 != nil && p.admin1?.name == box.admin1?.name)
                {
                    place = container
                    ev = .nearQualifier
                }
            }
            let origin = c.places.first { $0.place == place }?.origin ?? .primary
            var confidence: Double
            switch ev {
            case .unique: confidence = 0.95
            case .container: confidence = 0.9
            case .placeNoun: confidence = 0.85
            case .document: confidence = 0.75
            case .prominence: confidence = c.places.count == 1 ? 0.9 : max(0.4, 0.8 - 0.05 * Double(c.places.count - 1))
            case .nearQualifier: confidence = 0.5
            }
            if origin == .derived { confidence *= 0.7 }
            if c.ambiguous { confidence *= 0.85 }
            confidence = (confidence * 100).rounded() / 100
            result.append(Resolved(match: c.match, place: place, evidence: ev, confidence: confidence, head: c.head))
        }
        return result
    }

    /// Whether place `p` lies in `container`: by administrative codes for admin units and
    /// governorate regions, by distance for towns.
    static func lies(_ p: Place, within container: Place) -> Bool {
        if p.id == container.id { return false }
        switch container.kind {
        case .governorate:
            return p.admin1?.code != nil && p.admin1?.code == container.admin1?.code
        case .district:
            return p.admin2?.code != nil && p.admin2?.code == container.admin2?.code
        case .subdistrict:
            return p.admin3?.code != nil && p.admin3?.code == container.admin3?.code
        case .region:
            if let a1 = container.admin1?.name {
                return p.admin1?.name == a1 && p.point.distanceKm(to: container.point) < 150
            }
            return p.inArea && p.point.distanceKm(to: container.point) < 250
        case .country:
            return !p.inArea || container.id == "gm:syria"
        case .city, .town:
            return p.point.distanceKm(to: container.point) < 25
        default:
            return p.point.distanceKm(to: container.point) < 10
        }
    }

    /// `a` ranks below `b`: settlements and sites over admin units of the same name (a bare name
    /// is the town; the unit needs its head noun), then own coordinates, kind, population, id.
    static func prominenceOrder(_ a: Place, _ b: Place) -> Bool {
        if a.inArea != b.inArea { return !a.inArea }
        if a.kind.isAdministrative != b.kind.isAdministrative { return a.kind.isAdministrative }
        if a.hasOwnCoordinate != b.hasOwnCoordinate { return !a.hasOwnCoordinate }
        if a.kind.prominence != b.kind.prominence { return a.kind.prominence < b.kind.prominence }
        let pa = a.population ?? 0, pb = b.population ?? 0
        if pa != pb { return pa < pb }
        return a.id > b.id
    }
}
