// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "AdvocacyHub",
    products: [
        .executable(name: "advocacy", targets: ["advocacy"]),
        .library(name: "AdvocacyHub", targets: ["AdvocacyHub"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "AdvocacyHub",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            plugins: ["EmbedBundledFiles"]
        ),
        .plugin(name: "EmbedBundledFiles", capability: .buildTool()),
        .executableTarget(
            name: "advocacy",
            dependencies: [
                "AdvocacyHub",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "AdvocacyTestSupport",
            dependencies: ["AdvocacyHub"],
            path: "Tests/Support"
        ),
        .testTarget(
            name: "AdvocacyHubTests",
            dependencies: ["AdvocacyHub", "AdvocacyTestSupport"]
        ),
        .testTarget(
            name: "AdvocacyEndToEndTests",
            dependencies: ["advocacy", "AdvocacyHub", "AdvocacyTestSupport"]
        ),
    ]
)
