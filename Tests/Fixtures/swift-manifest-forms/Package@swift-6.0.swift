// swift-tools-version: 6.0
import PackageDescription

let package = Package(name: "Forms", targets: [
    .systemLibrary(name: "CZlib", pkgConfig: "zlib"),
])
for name in ["Feature1", "Feature2"] {
    package.targets.append(.target(name: name, dependencies: ["CZlib"]))
}
