import Gazetteer

/// A place named in a text and the gazetteer place it was resolved to.
public struct PlaceMention: Sendable, Equatable {
    /// Span of the mention in the document, in Unicode scalars, end exclusive.
    public var start: Int
    public var end: Int
    /// Tokens `startToken..<endToken` of the document's tokenisation.
    public var startToken: Int
    public var endToken: Int
    /// The text of the mention as written.
    public var text: String
    public var place: Place
    /// What decided between the candidates.
    public var evidence: Evidence
    public var confidence: Double
    /// The head noun written before the name (بلدة، مخيم ...), if any.
    package var head: PlaceContextLexicon.Head?

    /// What decided the resolution of a mention, strongest first.
    public enum Evidence: String, Sendable {
        /// The name belongs to one place only.
        case unique
        /// A container named in the same phrase (بريف الرقة، في محافظة الحسكة).
        case container
        /// The place noun before the name (مخيم، حقل، حي).
        case placeNoun = "place-noun"
        /// The other places of the document.
        case document
        /// Size and rank, when nothing else tells.
        case prominence
        /// The name's only candidates lie far from the place the text says it is near; the point is
        /// that near place.
        case nearQualifier = "near-qualifier"
    }
}
