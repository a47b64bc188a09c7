// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "AdvocacyHub",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "advocacy", targets: ["advocacy"]),
        .library(name: "AdvocacyHub", targets: ["AdvocacyHub"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
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
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "advocacy",
            dependencies: [
                "AdvocacyHub",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "AdvocacyHubTests",
            dependencies: ["AdvocacyHub"]
        ),
    ]
)
