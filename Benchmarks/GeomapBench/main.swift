import Foundation
import Gazetteer
import GeoExtract

// geomap-bench: in-process timings that a whole-process run would blur (start-up, dynamic
// linking). Not a test: it asserts nothing, it prints what it measured.
//
//   swift run -c release geomap-bench load [GAZETTEER.tsv]     load + index, median of 30 runs
//   swift run -c release geomap-bench scan DIR                 tokenise + match + resolve, no output

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

let args = Array(CommandLine.arguments.dropFirst())
switch args.first {
case "load":
    let path = args.count > 1 ? args[1] : "Resources/gazetteer.tsv"
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    var parse: [Double] = [], total: [Double] = []
    var rows = 0
    for _ in 0..<30 {
        total.append(try milliseconds {
            let g = try Gazetteer(tsv: data, file: path)
            rows = g.places.count
        })
        parse.append(try milliseconds { _ = try Gazetteer.load(contentsOf: path) })
    }
    var rowsOnly: [Double] = [], indexOnly: [Double] = []
    for _ in 0..<30 {
        var places: [Place] = []
        rowsOnly.append(try milliseconds {
            places = try data.withUnsafeBytes { raw in try Gazetteer.parseRows(raw.bindMemory(to: UInt8.self), file: path) }
        })
        indexOnly.append(milliseconds { _ = Gazetteer(places: places) })
    }
    print("gazetteer: \(rows) rows, \(data.count / 1024) KiB")
    print(String(format: "rows: median %.2f ms; index: median %.2f ms", median(rowsOnly), median(indexOnly)))
    print(String(format: "parse + index (from memory): median %.2f ms, best %.2f ms", median(total), total.min()!))
    print(String(format: "read + parse + index (from disk): median %.2f ms", median(parse)))
case "scan":
    guard args.count > 1 else { print("usage: geomap-bench scan DIR"); exit(64) }
    let gazetteer = try Gazetteer.load(contentsOf: "Resources/gazetteer.tsv")
    let extractor = MentionExtractor(gazetteer: gazetteer)
    let (items, _) = InputCollector.collect([args[1]])
    var docs: [Document] = []
    var bytes = 0
    for item in items {
        if case .success(let d) = InputCollector.read(item, stdin: { Data() }) {
            docs.append(d)
            bytes += d.text.utf8.count
        }
    }
    var mentions = 0
    let ms = milliseconds { for d in docs { mentions += extractor.mentions(in: d).count } }
    print(String(format: "%d documents, %.1f MB, %d mentions: %.0f ms, %.1f MB/s", docs.count, Double(bytes) / 1e6, mentions, ms, Double(bytes) / 1e3 / ms))
default:
    print("usage: geomap-bench load [GAZETTEER.tsv] | scan DIR")
    exit(64)
}
