import Gazetteer

/// Finds the events of an analysed document.
public struct EventExtractor: Sendable {
    public let options: EventOptions

    public init(options: EventOptions) {
        self.options = options
    }

    public func events(in analysis: MentionExtractor.Analysis) -> [Event] {
        []
    }
}
