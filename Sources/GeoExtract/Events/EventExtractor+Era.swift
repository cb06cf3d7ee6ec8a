import Gazetteer

extension EventExtractor {
    /// The day Assad's government fell: the army and the security forces the reports name after it
    /// are the new government's.
    static let fallOfAssad = CivilDate(year: 2024, month: 12, day: 8)!

    /// The words that name the SDF's Asayish and no one else (the SDF's internal security forces
    /// and the new government's share the name قوى الأمن الداخلي), and the region the SDF's
    /// statements are headed with (قوى الأمن الداخلي في شمال وشرق سوريا).
    static let asayishKeys = WordPattern.keys(["الأسايش", "الآسايش", "الاسايش", "أسايش", "آسايش", "والأسايش", "والآسايش",
                                               "للأسايش", "للآسايش", "روجآفا"])
    static let northKeys = WordPattern.keys(["شمال", "لشمال"])
    static let andEastKey = WordPattern.keys(["وشرق"])

    /// Each event's government forces named for its day (the event's, else the report's): after the
    /// fall of Assad the army is the new government's, and so are the internal security forces
    /// unless the report speaks for the SDF's Asayish (names them, or the north and east of Syria,
    /// or names the SDF and no government force); before it the Ministry of the Interior's men are
    /// Assad's. An event with no day keeps the names it was given.
    func nameForTheirTime(_ events: inout [Event], ctx: Context) {
        var speaksForAsayish: Bool?
        func asayishReport() -> Bool {
            if let known = speaksForAsayish { return known }
            let keys = ctx.keys
            var named = false
            for (i, k) in keys.enumerated() where Self.asayishKeys.contains(k)
                || (Self.northKeys.contains(k) && i + 1 < keys.count && Self.andEastKey.contains(keys[i + 1])) {
                named = true
                break
            }
            if !named {
                let names = Set(ctx.actors.map(\.name))
                named = names.contains(ActorLexicon.sdf) && !names.contains(ActorLexicon.saa) && !names.contains(ActorLexicon.syriaPolice)
            }
            speaksForAsayish = named
            return named
        }
        func named(_ actor: String?, after: Bool) -> String? {
            guard let a = actor else { return nil }
            if !after { return a == ActorLexicon.syriaPolice ? ActorLexicon.saa : a }
            if a == ActorLexicon.saa { return ActorLexicon.syriaMilitary }
            if a == ActorLexicon.asayish && !asayishReport() { return ActorLexicon.syriaPolice }
            return a
        }
        for k in events.indices {
            guard let day = events[k].date ?? ctx.published else { continue }
            let after = day >= Self.fallOfAssad
            let (a1, a2) = (named(events[k].actor1, after: after), named(events[k].actor2, after: after))
            guard a1 != events[k].actor1 || a2 != events[k].actor2 else { continue }
            events[k].actor1 = a1
            events[k].actor2 = a1 == a2 && events[k].eventType != .armedClash ? nil : a2
        }
    }
}
