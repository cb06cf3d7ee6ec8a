import Foundation

// geomap's entry point: parse, run, flush, exit. Nothing here decides anything a test may want to
// check; that lives in the Gazetteer and GeoExtract libraries.
let code = Runner(arguments: Array(CommandLine.arguments.dropFirst())).run()
Platform.exit(code.rawValue)
