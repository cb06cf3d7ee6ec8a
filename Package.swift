// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "geomap",
    products: [
        .library(name: "Gazetteer", targets: ["Gazetteer"]),
        .library(name: "GeoExtract", targets: ["GeoExtract"]),
        .executable(name: "geomap", targets: ["geomap"]),
    ],
    targets: [
        .target(
            name: "Gazetteer",
            path: "Sources/Gazetteer",
            exclude: ["Resources/sources"],
            resources: [.copy("Resources/gazetteer.tsv")]
        ),
        .target(name: "GeoExtract", dependencies: ["Gazetteer"]),
        .executableTarget(name: "geomap", dependencies: ["Gazetteer", "GeoExtract"]),
        .executableTarget(name: "geomap-bench", dependencies: ["Gazetteer", "GeoExtract"], path: "Benchmarks/GeomapBench"),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GazetteerTests", dependencies: ["Gazetteer", "TestSupport"]),
        .testTarget(name: "GeoExtractTests", dependencies: ["GeoExtract", "Gazetteer", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "GeomapCLITests", dependencies: ["geomap"]),
    ],
    swiftLanguageModes: [.v6]
)
