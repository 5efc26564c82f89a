// swift-tools-version:6.0
import PackageDescription

// A package that uses archlint's command plugin: `swift package archlint check` checks its
// contracts.json. The dependency is archlint's repository (three folders up); scripts/plugin-demo.sh
// copies this folder elsewhere and points the dependency at the repository by absolute path.
let package = Package(
    name: "plugin-user",
    dependencies: [
        .package(path: "../../.."),
    ],
    targets: [
        .executableTarget(name: "App", dependencies: ["Catalog"]),
        .target(name: "Catalog", dependencies: ["Core"]),
        .target(name: "Core"),
    ]
)
