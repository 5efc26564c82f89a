// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Shop",
    targets: [
        .target(name: "Core", exclude: ["Legacy"], resources: [.copy("Fixtures")]),
        .target(name: "Net-Kit", path: "Sources/Networking", sources: ["HTTP"]),
        .target(name: "Outer"),
        .target(name: "Inner", path: "Sources/Outer/Inner"),
        .target(name: "CLib"),
        .testTarget(name: "CoreTests", dependencies: ["Core"]),
    ]
)
