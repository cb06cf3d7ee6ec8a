import Foundation
import Gazetteer

/// The layers geomap writes from texts.
public enum TextLayer: String, Sendable {
    case mentions
    case events
}

/// Reads inputs one at a time, extracts a layer from each and hands its features on as soon as
/// the input is done, so memory stays flat however many inputs there are.
public struct Pipeline: Sendable {
    public let mentions: MentionExtractor
    public let layer: TextLayer
    public let options: EventOptions

    public init(gazetteer: Gazetteer, layer: TextLayer, options: EventOptions = EventOptions()) {
        self.mentions = MentionExtractor(gazetteer: gazetteer)
        self.layer = layer
        self.options = options
    }

    /// The features of one document, in text order.
    public func features(of document: Document) -> [Feature] {
        switch layer {
        case .mentions:
            return mentions.mentions(in: document).map { $0.feature(source: document.source) }
        case .events:
            let analysis = mentions.analyze(document)
            return EventExtractor(options: options).events(in: analysis).compactMap {
                $0.feature(includeUnlocated: options.includeUnlocated)
            }
        }
    }

    /// The CSV columns of this layer.
    public var columns: [String] {
        switch layer {
        case .mentions: return PlaceMention.columns
        case .events: return Event.columns
        }
    }
}
