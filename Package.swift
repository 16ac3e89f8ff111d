// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Renskrift",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "renskrift", targets: ["renskrift"]),
        .library(name: "RenskriftKit", targets: ["RenskriftKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // Tesseract + Leptonica, linked from Debian's packages.
        .systemLibrary(
            name: "CTesseract",
            pkgConfig: "tesseract",
            providers: [.apt(["libtesseract-dev", "libleptonica-dev"])]
        ),
        // poppler's C++ API; only the flags, the C shim below wraps it.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-cpp",
            providers: [.apt(["libpoppler-cpp-dev"])]
        ),
        // A small C API over poppler-cpp so that no C++ type reaches Swift.
        .target(
            name: "PDFShim",
            dependencies: ["CPoppler"],
            linkerSettings: [.linkedLibrary("poppler-cpp"), .linkedLibrary("stdc++")]
        ),
        .target(
            name: "RenskriftKit",
            dependencies: [
                "CTesseract",
                "PDFShim",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Nightly folder runs: the SQLite ledger and the batch runner, kept apart so RenskriftKit has no database.
        .target(
            name: "RenskriftBatch",
            dependencies: [
                "RenskriftKit",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "renskrift",
            dependencies: [
                "RenskriftKit",
                "RenskriftBatch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "RenskriftTestSupport",
            dependencies: ["RenskriftKit"]
        ),
        .testTarget(
            name: "RenskriftKitTests",
            dependencies: ["RenskriftKit", "RenskriftTestSupport", "RenskriftBatch"],
            exclude: ["Golden"]
        ),
    ],
    cxxLanguageStandard: .cxx17
)
