import Foundation
import GeoExtract
import Gazetteer

/// The `map` command's input and output: a layer's bytes in, an SVG file (or standard output) out.
enum MapCommand {
    static func draw(layer: Data, origin: String, gazetteer: Gazetteer, outPath: String?) -> ExitCode {
        let events: [MapEvent]
        do {
            events = try MapEvent.events(ofLayer: layer)
        } catch {
            Platform.printError("\(origin): error: \(error.message)")
            return .dataError
        }
        let svg = Data(EventMap(events: events, gazetteer: gazetteer).svg.utf8)
        guard let outPath, outPath != "-" else {
            Platform.writeOut(svg)
            return .ok
        }
        do {
            try svg.write(to: URL(fileURLWithPath: outPath), options: .atomic)
        } catch {
            Platform.printError("\(outPath): error: cannot be written (\(Self.reason(error)))")
            return .ioError
        }
        return .ok
    }

    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain, let s = strerror(Int32(code)) {
            return String(cString: s).lowercased()
        }
        return "no such directory or not allowed"
    }
}

/// Bytes gathered in memory from a `FeatureWriter`.
final class ByteCollector {
    private(set) var data = Data()

    func append(_ bytes: UnsafeRawBufferPointer) { data.append(contentsOf: bytes) }
}
