// swift-tools-version:6.0
import PackageDescription

// The engine is split by stage, one target each, so the compiler keeps the boundaries: a target
// imports only the targets below it (README, "The targets").
let package = Package(
    name: "AdvocacyHub",
    products: [
        .executable(name: "advocacy", targets: ["advocacy"]),
        // The engine's public API, for the fuzz target in Fuzz/ (a package of its own).
        .library(name: "AdvocacyEngine", targets: ["AdvocacyCore", "AdvocacyLoad", "AdvocacyPublish", "AdvocacySite", "AdvocacyOutput", "AdvocacyBuild"]),
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
        // The arena cmark-gfm's parsers allocate from (`MarkdownRenderer`), in C for its thread-local state.
        .target(name: "CmarkArena"),
        // The table extension reads a paragraph's last line alone for a header row (`GFMExtensions`), in C for cmark's node internals.
        .target(name: "CmarkTables", dependencies: ["CCmarkGFM"]),
        .target(
            name: "AdvocacyCore",
            dependencies: [],
            plugins: ["EmbedBundledFiles"]
        ),
        .target(
            name: "AdvocacyTemplates",
            dependencies: ["AdvocacyCore"]
        ),
        .target(
            name: "AdvocacyLoad",
            dependencies: ["AdvocacyCore", "CCmarkGFM", "CmarkArena", "CmarkTables", .product(name: "Yams", package: "Yams"), .product(name: "CSV", package: "CSV.swift")]
        ),
        .target(
            name: "AdvocacyPublish",
            dependencies: ["AdvocacyLoad", "AdvocacyCore"]
        ),
        .target(
            name: "AdvocacySite",
            dependencies: ["AdvocacyPublish", "AdvocacyTemplates", "AdvocacyLoad", "AdvocacyCore", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "AdvocacyOutput",
            dependencies: ["AdvocacyCore"]
        ),
        .target(
            name: "AdvocacyBuild",
            dependencies: ["AdvocacySite", "AdvocacyOutput", "AdvocacyPublish", "AdvocacyTemplates", "AdvocacyLoad", "AdvocacyCore"]
        ),
        .target(
            name: "AdvocacyScaffold",
            dependencies: ["AdvocacyLoad", "AdvocacyCore"],
            plugins: ["EmbedBundledFiles"]
        ),
        .target(
            name: "AdvocacyPreview",
            dependencies: ["AdvocacyBuild", "AdvocacySite", "AdvocacyOutput", "AdvocacyPublish", "AdvocacyLoad", "AdvocacyCore", .product(name: "HummingbirdCore", package: "hummingbird"), .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"), .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "AdvocacyTestSupport",
            dependencies: ["AdvocacyBuild"],
            path: "Tests/Support"
        ),
        .testTarget(
            name: "AdvocacyBuildTests",
            dependencies: ["AdvocacyTestSupport", "AdvocacyBuild", "AdvocacySite", "AdvocacyOutput", "AdvocacyPublish", "AdvocacyTemplates", "AdvocacyLoad", "AdvocacyCore"]
        ),
        .testTarget(
            name: "AdvocacyCoreTests",
            dependencies: ["AdvocacyTestSupport", "AdvocacyCore"]
        ),
        .testTarget(
            name: "AdvocacyEndToEndTests",
            dependencies: ["advocacy", "AdvocacyTestSupport", "AdvocacyBuild", "AdvocacyCore", "AdvocacyLoad", "AdvocacyOutput", "AdvocacyPublish", "AdvocacyScaffold"]
        ),
        // Hostile input: the fuzz target's regression inputs, mutated hubs and bodies of 10 MB.
        .testTarget(
            name: "AdvocacyHostileInputTests",
            dependencies: ["AdvocacyTestSupport", "AdvocacyBuild", "AdvocacySite", "AdvocacyOutput", "AdvocacyPublish", "AdvocacyTemplates", "AdvocacyLoad", "AdvocacyCore"]
        ),
        .testTarget(
            name: "AdvocacyLoadTests",
            dependencies: ["AdvocacyTestSupport", "AdvocacyLoad", "AdvocacyCore", "CmarkArena", "CCmarkGFM"]
        ),
        .testTarget(
            name: "AdvocacyOutputTests",
            dependencies: ["AdvocacyTestSupport", "AdvocacyOutput", "AdvocacyCore"]
        ),
        .testTarget(
            name: "AdvocacyPreviewTests",
            dependencies: ["AdvocacyTestSupport", "AdvocacyPreview", "AdvocacyBuild", "AdvocacySite", "AdvocacyOutput", "AdvocacyPublish", "AdvocacyLoad", "AdvocacyCore"]
        ),
        .testTarget(
            name: "AdvocacyPublishTests",
            dependencies: ["AdvocacyTestSupport", "AdvocacyPublish", "AdvocacyLoad", "AdvocacyCore"]
        ),
        .testTarget(
            name: "AdvocacyScaffoldTests",
            dependencies: ["AdvocacyTestSupport", "AdvocacyScaffold", "AdvocacyLoad", "AdvocacyCore"]
        ),
        .testTarget(
            name: "AdvocacySiteTests",
            dependencies: ["AdvocacyTestSupport", "AdvocacySite", "AdvocacyPublish", "AdvocacyTemplates", "AdvocacyLoad", "AdvocacyCore"]
        ),
        .testTarget(
            name: "AdvocacyTemplatesTests",
            dependencies: ["AdvocacyTestSupport", "AdvocacyTemplates", "AdvocacyCore"]
        ),
        .plugin(name: "EmbedBundledFiles", capability: .buildTool()),
        .executableTarget(
            name: "advocacy",
            dependencies: [
                "AdvocacyBuild", "AdvocacyCore", "AdvocacyPreview", "AdvocacyPublish", "AdvocacyScaffold",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ]
)
