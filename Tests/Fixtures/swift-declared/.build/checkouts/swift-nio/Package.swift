// swift-tools-version:5.9
import PackageDescription

// A fake checkout: only the products matter here.
let package = Package(
    name: "swift-nio",
    products: [
        .library(name: "NIOCore", targets: ["NIOCore"]),
        .library(name: "NIO", targets: ["NIO"]),
    ],
    targets: [
        .target(name: "NIOCore"),
        .target(name: "NIO", dependencies: ["NIOCore"]),
    ]
)
