// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .executable(name: "dossier-bench", targets: ["dossier-bench"]),
        .library(name: "DossierCore", targets: ["DossierCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // Debian's libcmark-gfm-dev + libcmark-gfm-extensions-dev, found through pkg-config.
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "DossierCore",
            dependencies: [
                "CMarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        // Preview server: watches the sources, rebuilds, serves with live reload.
        .target(
            name: "DossierServer",
            dependencies: [
                "DossierCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierCore",
                "DossierServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Benchmark tooling: a deterministic corpus generator (see BENCHMARKS.md).
        .executableTarget(
            name: "dossier-bench",
            dependencies: ["DossierCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "DossierCoreTests",
            dependencies: ["DossierCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "dossierTests",
            dependencies: ["dossier"]
        ),
    ]
)
