/// The colour of each ACLED event type on the map: the Okabe-Ito palette, which readers with
/// the common colour-vision deficiencies can still tell apart.
package enum EventPalette {
    /// ACLED's event types in ACLED's order: the legend's order.
    package static let eventTypes = [
        "Battles", "Explosions/Remote violence", "Violence against civilians",
        "Protests", "Riots", "Strategic developments",
    ]

    /// For a type that is not one of ACLED's.
    package static let otherColour = "#7F7F7F"

    package static func colour(of eventType: String) -> String {
        switch eventType {
        case "Battles": return "#D55E00"
        case "Explosions/Remote violence": return "#E69F00"
        case "Violence against civilians": return "#CC79A7"
        case "Protests": return "#009E73"
        case "Riots": return "#56B4E9"
        case "Strategic developments": return "#0072B2"
        default: return otherColour
        }
    }

    /// Where a type sorts: ACLED's types in their order, then any other by name.
    package static func rank(of eventType: String) -> Int {
        eventTypes.firstIndex(of: eventType) ?? eventTypes.count
    }
}
