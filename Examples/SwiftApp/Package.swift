// swift-tools-version:5.9
import PackageDescription

// A shop app split into modules: App on top, independent Feature modules, Networking, Core.
// contracts.json states that architecture; archlint checks it.
let package = Package(
    name: "SwiftApp",
    targets: [
        .executableTarget(name: "App", dependencies: ["FeatureCatalog", "FeatureCheckout", "FeatureProfile", "Core"]),
        .target(name: "FeatureCatalog", dependencies: ["Core", "Networking"]),
        .target(name: "FeatureCheckout", dependencies: ["Core", "Networking", "FeatureCatalog"]),
        .target(name: "FeatureProfile", dependencies: ["Core"]),
        .target(name: "Networking", dependencies: ["Core"]),
        .target(name: "Core"),
    ]
)
