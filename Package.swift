// swift-tools-version:6.0
import PackageDescription

// archlint: an architecture checker for Swift and Python codebases.
// The targets form strict layers (see contracts.json, which archlint checks on itself):
// archlint → ArchlintKit → ArchlintReporting → ArchlintContracts → ArchlintScanning/ArchlintGraph.
let package = Package(
    name: "archlint",
    products: [
        .executable(name: "archlint", targets: ["archlint"]),
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
        .target(name: "ArchlintConfigSyntax"),
        .testTarget(name: "ArchlintGraphTests", dependencies: ["ArchlintGraph"]),
        .testTarget(name: "ArchlintConfigSyntaxTests", dependencies: ["ArchlintConfigSyntax"]),
        .testTarget(name: "ArchlintScanningTests", dependencies: ["ArchlintScanning", "ArchlintGraph"]),
        .testTarget(name: "ArchlintContractsTests", dependencies: ["ArchlintContracts", "ArchlintGraph"]),
        .testTarget(name: "ArchlintReportingTests", dependencies: ["ArchlintReporting", "ArchlintContracts", "ArchlintGraph"]),
        .testTarget(
            name: "ArchlintKitTests",
            dependencies: ["ArchlintKit", "ArchlintReporting", "ArchlintContracts", "ArchlintGraph"]
        ),
    ]
)
