// swift-tools-version:5.9
import PackageDescription

// A fixture for the declared_dependencies contract: read by archlint, never built.
// .build/checkouts/ holds two fake dependency manifests (as `swift package resolve` would leave
// them); swift-log and swift-atomics have none, so their products' modules are their names.
let package = Package(
    name: "Declared",
    dependencies: [
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.60.0"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-atomics.git", from: "1.2.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.0.0"),
    ],
    targets: [
        .executableTarget(
            name: "App",
            dependencies: [
                "Core",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        .target(
            name: "Core",
            dependencies: [
                "Model",
                "Networking",
                "Utilities",
                "Macros",
                .product(name: "Crypto", package: "swift-crypto", condition: .when(platforms: [.macOS])),
            ]
        ),
        .target(name: "Model", dependencies: [.product(name: "Atomics", package: "swift-atomics")]),
        .target(name: "Networking", dependencies: [.product(name: "NIOCore", package: "swift-nio"), "CZlib"]),
        .target(name: "Utilities"),
        .macro(name: "Macros"),
        .systemLibrary(name: "CZlib"),
        .testTarget(name: "CoreTests", dependencies: ["Core"]),
    ]
)
