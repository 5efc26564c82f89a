// swift-tools-version:5.9
import PackageDescription

// A fake checkout whose product has several modules.
let package = Package(
    name: "swift-collections",
    products: [
        .library(name: "Collections", targets: ["Collections", "DequeModule", "OrderedCollections"]),
    ],
    targets: [
        .target(name: "Collections", dependencies: ["DequeModule", "OrderedCollections"]),
        .target(name: "DequeModule"),
        .target(name: "OrderedCollections"),
    ]
)
