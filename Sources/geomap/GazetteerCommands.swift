import Foundation
import GeoExtract
import Gazetteer

/// The `gazetteer` and `lookup` commands.
enum GazetteerCommands {
    static func writeLayer(_ gazetteer: Gazetteer, format: OutputFormat) -> ExitCode {
        let writer = FeatureWriter(format: format, csvColumns: Place.featureColumns)
        writer.begin()
        for p in gazetteer.places { writer.write(p.feature()) }
        writer.end()
        return .ok
    }

    static func lookup(_ name: String, in gazetteer: Gazetteer, format: OutputFormat?) -> ExitCode {
        let found = gazetteer.candidates(named: name)
        if let format {
            let writer = FeatureWriter(format: format, csvColumns: Place.featureColumns)
            writer.begin()
            for p in found { writer.write(p.feature()) }
            writer.end()
        } else {
            Platform.printOut(LookupTable.render(found, query: name))
        }
        if found.isEmpty {
            Platform.printError("geomap: no place named '\(name)' in \(gazetteer.origin == "<memory>" ? "the gazetteer" : (gazetteer.origin as NSString).lastPathComponent)")
            return .someInputFailed
        }
        return .ok
    }
}
