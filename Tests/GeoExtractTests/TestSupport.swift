import Foundation
@testable import GeoExtract
@testable import Gazetteer

/// The bundled gazetteer and the repository's folders, shared by the tests.
enum TestSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let gazetteer: Gazetteer = {
        try! Gazetteer.load(contentsOf: root.appendingPathComponent("Resources/gazetteer.tsv").path)
    }()

    static let extractor = MentionExtractor(gazetteer: gazetteer)

    static func mentions(_ text: String) -> [PlaceMention] {
        extractor.mentions(in: Document(source: "test.txt", text: text))
    }

    static func events(_ text: String, date: String? = nil) -> [Event] {
        let analysis = extractor.analyze(Document(source: "test.txt", text: text))
        return EventExtractor(options: EventOptions(publicationDate: date.flatMap(CivilDate.init(iso:)))).events(in: analysis)
    }
}
