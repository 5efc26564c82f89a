// swift-tools-version:6.0
import PackageDescription

// archlint: an architecture checker for Swift and Python codebases.
// The targets form strict layers, from the command line down to the graph model; contracts.json
// states them and archlint checks them on itself (docs/ARCHITECTURE.md draws them):
//
//   archlint → ArchlintCommands → ArchlintWorkspace → ArchlintConfiguration → ArchlintReporting
//     → ArchlintContracts | ArchlintScanning → ArchlintGraph,
//   with ArchlintFiles (POSIX files) and ArchlintConfigSyntax (JSON/TOML/INI) beside them.
//
// Every declaration shared between targets has `package` access: the package ships a tool, not a library.
let package = Package(
    name: "archlint",
    products: [
        .executable(name: "archlint", targets: ["archlint"]),
        .plugin(name: "ArchlintCommandPlugin", targets: ["ArchlintCommandPlugin"]),
    ],
    targets: [
        .executableTarget(name: "archlint", dependencies: ["ArchlintCommands"]),
        .target(
            name: "ArchlintCommands",
            dependencies: ["ArchlintWorkspace", "ArchlintConfiguration", "ArchlintConfigSyntax", "ArchlintReporting",
                           "ArchlintContracts", "ArchlintFiles", "ArchlintGraph"]
        ),
        .target(
            name: "ArchlintWorkspace",
            dependencies: ["ArchlintConfiguration", "ArchlintScanning", "ArchlintFiles", "ArchlintGraph"]
        ),
        .target(
            name: "ArchlintConfiguration",
            dependencies: ["ArchlintConfigSyntax", "ArchlintContracts", "ArchlintFiles", "ArchlintGraph"]
        ),
        .target(name: "ArchlintReporting", dependencies: ["ArchlintContracts", "ArchlintGraph"]),
        .target(name: "ArchlintContracts", dependencies: ["ArchlintGraph"]),
        .target(name: "ArchlintScanning", dependencies: ["ArchlintGraph"]),
        .target(name: "ArchlintConfigSyntax"),
        .target(name: "ArchlintFiles", dependencies: ["ArchlintGraph"]),
        .target(name: "ArchlintGraph"),
        .testTarget(name: "ArchlintGraphTests", dependencies: ["ArchlintGraph"]),
        .testTarget(name: "ArchlintFilesTests", dependencies: ["ArchlintFiles"]),
        .testTarget(name: "ArchlintConfigSyntaxTests", dependencies: ["ArchlintConfigSyntax"]),
        .testTarget(name: "ArchlintScanningTests", dependencies: ["ArchlintScanning", "ArchlintGraph"]),
        .testTarget(name: "ArchlintContractsTests", dependencies: ["ArchlintContracts", "ArchlintGraph"]),
        .testTarget(name: "ArchlintReportingTests", dependencies: ["ArchlintReporting", "ArchlintContracts", "ArchlintGraph"]),
        .testTarget(
            name: "ArchlintConfigurationTests",
            dependencies: ["ArchlintConfiguration", "ArchlintConfigSyntax", "ArchlintContracts", "ArchlintFiles"]
        ),
        .testTarget(
            name: "ArchlintWorkspaceTests",
            dependencies: ["ArchlintWorkspace", "ArchlintConfiguration", "ArchlintScanning", "ArchlintFiles", "ArchlintGraph"]
        ),
        // Runs the built executable; of the library targets it imports only these.
        .testTarget(name: "ArchlintCommandsTests", dependencies: ["ArchlintCommands", "ArchlintGraph"]),
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
