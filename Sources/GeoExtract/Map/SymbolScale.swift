/// How big an event's symbol is: its area grows in proportion to the fatalities; an event with
/// none reported (or 0) gets the smallest symbol.
package struct SymbolScale: Sendable, Equatable {
    /// The radius of a symbol with no fatalities reported, or 0.
    package var minimumRadius = 3.5
    /// The radius of one fatality; the radius of n is this times √n.
    package var radiusOfOne: Double
    /// The largest radius any symbol gets when the scale is fitted to the data.
    package static let largestRadius = 36.0

    /// A scale on which the deadliest event, `maxFatalities`, is at most `largestRadius`.
    package init(maxFatalities: Int) {
        radiusOfOne = min(4.5, Self.largestRadius / Double(max(1, maxFatalities)).squareRoot())
        minimumRadius = min(3.5, radiusOfOne)
    }

    package func radius(fatalities: Int?) -> Double {
        guard let f = fatalities, f > 0 else { return minimumRadius }
        return max(minimumRadius, radiusOfOne * Double(f).squareRoot())
    }

    /// Round fatality counts for the legend, smallest first: the largest round number not above
    /// the maximum, then about a fifth and a twenty-fifth of it.
    package static func keyValues(maxFatalities: Int) -> [Int] {
        guard maxFatalities >= 1 else { return [] }
        func round(below limit: Double) -> Int? {
            var best: Int?
            var decade = 1
            while Double(decade) <= limit {
                for step in [1, 2, 5] where Double(step * decade) <= limit { best = step * decade }
                decade *= 10
            }
            return best
        }
        guard let top = round(below: Double(maxFatalities)) else { return [] }
        var values = [top]
        for divisor in [5.0, 25.0] {
            if let v = round(below: Double(top) / divisor), !values.contains(v) { values.append(v) }
        }
        return values.sorted()
    }
}
