// swift-tools-version:6.0
import PackageDescription

// archlint: an architecture checker for Swift and Python codebases.
// The targets form strict layers (see contracts.json, which archlint checks on itself):
// archlint → ArchlintKit → ArchlintReporting → ArchlintContracts → ArchlintScanning/ArchlintGraph.
let package = Package(
    name: "archlint",
    products: [
        .executable(name: "archlint", targets: ["archlint"]),
        .plugin(name: "ArchlintCommandPlugin", targets: ["ArchlintCommandPlugin"]),
    ],
    targets: [
        .executableTarget(name: "archlint", dependencies: ["ArchlintKit"]),
        .target(
            name: "ArchlintKit",
            dependencies: ["ArchlintReporting", "ArchlintContracts", "ArchlintScanning", "ArchlintGraph"]
        ),
        .target(name: "ArchlintReporting", dependencies: ["ArchlintContracts", "ArchlintGraph"]),
        .target(name: "ArchlintContracts", dependencies: ["ArchlintGraph"]),
        .target(name: "ArchlintScanning", dependencies: ["ArchlintGraph"]),
        .target(name: "ArchlintGraph"),
        .testTarget(name: "ArchlintGraphTests", dependencies: ["ArchlintGraph"]),
        .testTarget(name: "ArchlintScanningTests", dependencies: ["ArchlintScanning", "ArchlintGraph"]),
        .testTarget(name: "ArchlintContractsTests", dependencies: ["ArchlintContracts", "ArchlintGraph"]),
        .testTarget(name: "ArchlintReportingTests", dependencies: ["ArchlintReporting", "ArchlintContracts", "ArchlintGraph"]),
        .testTarget(
            name: "ArchlintKitTests",
            dependencies: ["ArchlintKit", "ArchlintReporting", "ArchlintContracts", "ArchlintGraph"]
        ),
        // `swift package archlint check` in a package that depends on archlint (scripts/plugin-demo.sh).
        .plugin(
            name: "ArchlintCommandPlugin",
            capability: .command(
                intent: .custom(verb: "archlint", description: "Check the package's architecture contracts (contracts.json) with archlint"),
                permissions: []
            ),
            dependencies: ["archlint"]
        ),
    ]
)
