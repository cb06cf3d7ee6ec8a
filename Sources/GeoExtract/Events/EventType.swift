/// ACLED's event types and sub-event types.
public enum EventType: String, CaseIterable, Sendable {
    case armedClash, governmentRegainsTerritory, nonStateActorOvertakesTerritory
    case airDroneStrike, shelling, remoteExplosive, suicideBomb, grenade
    case attack, abduction, sexualViolence
    case peacefulProtest, protestWithIntervention, excessiveForceAgainstProtesters
    case violentDemonstration, mobViolence
    case agreement, arrests, changeToGroupActivity, disruptedWeaponsUse, headquartersEstablished,
        lootingPropertyDestruction, nonViolentTransferOfTerritory, otherStrategic

    /// The ACLED `event_type` string.
    public var eventType: String {
        switch self {
        case .armedClash, .governmentRegainsTerritory, .nonStateActorOvertakesTerritory: return "Battles"
        case .airDroneStrike, .shelling, .remoteExplosive, .suicideBomb, .grenade: return "Explosions/Remote violence"
        case .attack, .abduction, .sexualViolence: return "Violence against civilians"
        case .peacefulProtest, .protestWithIntervention, .excessiveForceAgainstProtesters: return "Protests"
        case .violentDemonstration, .mobViolence: return "Riots"
        default: return "Strategic developments"
        }
    }

    /// The ACLED `sub_event_type` string.
    public var subEventType: String {
        switch self {
        case .armedClash: return "Armed clash"
        case .governmentRegainsTerritory: return "Government regains territory"
        case .nonStateActorOvertakesTerritory: return "Non-state actor overtakes territory"
        case .airDroneStrike: return "Air/drone strike"
        case .shelling: return "Shelling/artillery/missile attack"
        case .remoteExplosive: return "Remote explosive/landmine/IED"
        case .suicideBomb: return "Suicide bomb"
        case .grenade: return "Grenade"
        case .attack: return "Attack"
        case .abduction: return "Abduction/forced disappearance"
        case .sexualViolence: return "Sexual violence"
        case .peacefulProtest: return "Peaceful protest"
        case .protestWithIntervention: return "Protest with intervention"
        case .excessiveForceAgainstProtesters: return "Excessive force against protesters"
        case .violentDemonstration: return "Violent demonstration"
        case .mobViolence: return "Mob violence"
        case .agreement: return "Agreement"
        case .arrests: return "Arrests"
        case .changeToGroupActivity: return "Change to group/activity"
        case .disruptedWeaponsUse: return "Disrupted weapons use"
        case .headquartersEstablished: return "Headquarters or base established"
        case .lootingPropertyDestruction: return "Looting/property destruction"
        case .nonViolentTransferOfTerritory: return "Non-violent transfer of territory"
        case .otherStrategic: return "Other"
        }
    }

    /// A short code used in ids.
    public var code: String { rawValue }

    /// ACLED's precedence when one incident fits several types: the more specific or the more
    /// violent wins (a suicide bombing in a battle is the battle's context, not a second event).
    public var precedence: Int {
        switch self {
        case .nonStateActorOvertakesTerritory, .governmentRegainsTerritory: return 90
        case .suicideBomb: return 85
        case .airDroneStrike: return 80
        case .armedClash: return 75
        case .shelling: return 70
        case .remoteExplosive: return 68
        case .grenade: return 66
        case .attack: return 60
        case .abduction: return 55
        case .sexualViolence: return 55
        case .excessiveForceAgainstProtesters: return 50
        case .violentDemonstration, .mobViolence: return 48
        case .protestWithIntervention: return 46
        case .peacefulProtest: return 40
        case .arrests: return 35
        case .disruptedWeaponsUse: return 34
        case .agreement: return 30
        case .nonViolentTransferOfTerritory: return 28
        case .headquartersEstablished: return 26
        case .lootingPropertyDestruction: return 24
        case .changeToGroupActivity: return 20
        case .otherStrategic: return 10
        }
    }
}
