// swift-tools-version:6.0
import PackageDescription

/// The libFuzzer target over loading, checking and rendering one document and one hub.yml.
/// Kept apart from the root package so that its `swift build` and `swift test` never see it;
/// `run.sh` builds it with `-sanitize=fuzzer,address`.
let package = Package(
    name: "AdvocacyHubFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "AdvocacyHub", path: ".."),
    ],
    targets: [
        .systemLibrary(name: "CLibFuzzer"),
        .executableTarget(
            name: "FuzzHub",
            dependencies: ["CLibFuzzer", .product(name: "AdvocacyEngine", package: "AdvocacyHub")],
            // Debian's gold fails on the sanitized link; the toolchain's lld does not.
            linkerSettings: [.unsafeFlags(["-use-ld=lld"])]
        ),
    ]
)
