import Testing
@testable import ArchlintScanning

@Suite struct SwiftPackageManifestTests {
    private func read(_ source: String) -> SwiftPackageManifest { SwiftPackageManifest.read(Array(source.utf8)) }

    private func summary(_ manifest: SwiftPackageManifest) -> [String] {
        manifest.targets.map { "\($0.name) \($0.kind.rawValue) \($0.path ?? "-")" }
    }

    @Test func everyTargetKindWithPathsExcludesAndSources() {
        let manifest = read("""
            // swift-tools-version: 5.9
            import PackageDescription

            let package = Package(
                name: "Shop",
                products: [
                    .library(name: "Core", targets: ["Core"]),
                    .plugin(name: "Gen", targets: ["Gen"]),
                ],
                dependencies: [.package(url: "https://example.com/x", from: "1.0.0")],
                targets: [
                    .target(name: "Core", dependencies: [.target(name: "CZlib"), "Net"], exclude: ["README.md", "Old/"]),
                    .target(name: "Net", path: "Sources/Networking", sources: ["Client.swift", "HTTP"]),
                    .executableTarget(name: "App", dependencies: ["Core"], resources: [.copy("Assets"), .process("Strings")]),
                    .testTarget(name: "CoreTests", dependencies: ["Core"]),
                    .macro(name: "Macros", dependencies: []),
                    .plugin(name: "Gen", capability: .buildTool()),
                    .systemLibrary(name: "CZlib", pkgConfig: "zlib"),
                    .binaryTarget(name: "Blob", path: "Blob.xcframework"),
                    Target.target(name: "Qualified"),
                ]
            )
            """)
        #expect(manifest.toolsVersion == [5, 9])
        #expect(summary(manifest) == [
            "Core regular -", "Net regular Sources/Networking", "App executable -", "CoreTests test -",
            "Macros macro -", "Gen plugin -", "CZlib system -", "Blob binary Blob.xcframework", "Qualified regular -",
        ])
        #expect(manifest.targets[0].exclude == ["README.md", "Old/"])
        #expect(manifest.targets[1].sources == ["Client.swift", "HTTP"])
        #expect(manifest.targets[2].resources == ["Assets", "Strings"])
        #expect(manifest.targets[0].sources == nil)
        #expect(manifest.targets.map(\.line) == [12, 13, 14, 15, 16, 17, 18, 19, 20])
    }

    @Test func constantsVariablesAndAppends() {
        let manifest = read("""
            // swift-tools-version:6.0
            import PackageDescription

            let coreName = "Core"
            let ignored = ["CMakeLists.txt", "docs"]
            let deps: [Target.Dependency] = [.target(name: "NotATarget")]
            var targets: [Target] = [
                .target(name: coreName, exclude: ignored),
            ]
            let package = Package(name: "P", targets: targets)
            package.targets.append(.testTarget(name: "CoreTests", dependencies: deps))
            package.targets += [.executableTarget(name: "Tool")]
            package.targets.first!.dependencies.append(.target(name: "AlsoNotATarget"))
            """)
        #expect(summary(manifest) == ["Core regular -", "CoreTests test -", "Tool executable -"])
        #expect(manifest.targets[0].exclude == ["CMakeLists.txt", "docs"])
    }

    @Test func environmentConditionsReadAsUnsetAndIfConfigBranchesAllCount() {
        let manifest = read("""
            import PackageDescription
            let package = Package(name: "P", targets: [.target(name: "A")])
            if Context.environment["BENCHMARKS"] != nil {
                package.targets.append(.executableTarget(name: "Benchmarks"))
            } else {
                package.targets.append(.target(name: "NoBenchmarks"))
            }
            if ProcessInfo.processInfo.environment["LOCAL"] == nil {
                package.targets.append(.target(name: "Remote"))
            }
            #if os(Linux)
            package.targets.append(.target(name: "LinuxOnly"))
            #else
            package.targets.append(.target(name: "Elsewhere"))
            #endif
            """)
        #expect(manifest.targets.map(\.name) == ["A", "NoBenchmarks", "Remote", "LinuxOnly", "Elsewhere"])
    }

    @Test func containsOnALiteralArrayIsEvaluated() {
        let manifest = read("""
            var defines: [String] = [
              "RANDOMIZED",
            //  "SINGLE_MODULE",
            ]
            if defines.contains("SINGLE_MODULE") {
              package.targets = [.target(name: "Monolith")]
            } else {
              package.targets = [.target(name: "Split")]
            }
            """)
        #expect(manifest.targets.map(\.name) == ["Split"])
    }

    @Test func aManifestsOwnTargetHelperIsInferred() {
        let manifest = read("""
            let targets: [CustomTarget] = [
              .target(kind: .testSupport, name: "_TestSupport"),
              .target(kind: .test, name: "CoreTests", dependencies: ["Core"]),
              .target(kind: .exported, name: "_Rope", directory: "RopeModule", exclude: ["CMakeLists.txt"]),
            ]
            """)
        #expect(summary(manifest) == ["_TestSupport regular -", "CoreTests test -", "_Rope regular -"])
        #expect(manifest.targets.filter { !$0.isInferred }.isEmpty)
        #expect(manifest.targets[2].folderHints == ["RopeModule"])
        #expect(manifest.targets[2].exclude == ["CMakeLists.txt"])
    }

    @Test func computedValuesAreNotedNotGuessed() {
        let manifest = read("""
            let package = Package(name: "P", targets: [
                .target(name: "A", path: base + "/A"),
                .target(name: name),
            ])
            """)
        #expect(summary(manifest) == ["A regular -"])
        #expect(manifest.notes.map(\.message) == [
            "target 'A': path is computed; using the conventional folder",
            "target name 'name' is computed; the target is skipped",
        ])
    }

    @Test func moduleNamesAreC99Names() {
        #expect(SwiftManifestTarget(name: "swift-openapi-generator", kind: .executable, line: 1).moduleName == "swift_openapi_generator")
        #expect(SwiftManifestTarget(name: "9Lives", kind: .regular, line: 1).moduleName == "_9Lives")
        #expect(SwiftManifestTarget(name: "Core", kind: .regular, line: 1).moduleName == "Core")
    }

    @Test func toolsVersionComment() {
        #expect(SwiftPackageManifest.toolsVersion(of: Array("// swift-tools-version:5.9\n".utf8)) == [5, 9])
        #expect(SwiftPackageManifest.toolsVersion(of: Array("// swift-tools-version: 6.0.1\r\n".utf8)) == [6, 0, 1])
        #expect(SwiftPackageManifest.toolsVersion(of: Array("// Swift-Tools-Version:6.2;(experimentalFeatures)\n".utf8)) == [6, 2])
        #expect(SwiftPackageManifest.toolsVersion(of: Array("import PackageDescription\n".utf8)) == nil)
    }

    @Test func versionSpecificManifestChoice() {
        let tools: [String: [Int]] = [
            "Package.swift": [6, 4], "Package@swift-6.0.swift": [6, 0], "Package@swift-6.3.swift": [6, 3],
        ]
        let names = Array(tools.keys)
        // A manifest for exactly the toolchain's version wins.
        #expect(SwiftPackageManifest.manifestFileName(among: names, current: [6, 3], toolsVersion: { tools[$0] }) == "Package@swift-6.3.swift")
        // Otherwise the newest older one, when it declares a newer tools version than Package.swift.
        let older: [String: [Int]] = ["Package.swift": [5, 9], "Package@swift-6.0.swift": [6, 0]]
        #expect(SwiftPackageManifest.manifestFileName(among: Array(older.keys), current: [6, 3], toolsVersion: { older[$0] }) == "Package@swift-6.0.swift")
        let newer: [String: [Int]] = ["Package.swift": [6, 2], "Package@swift-6.0.swift": [6, 0]]
        #expect(SwiftPackageManifest.manifestFileName(among: Array(newer.keys), current: [6, 3], toolsVersion: { newer[$0] }) == "Package.swift")
        #expect(SwiftPackageManifest.manifestFileName(among: ["Package@swift-6.0.swift"], current: [6, 3], toolsVersion: { _ in nil }) == nil)
        // The version-specific manifest also wins when it declares the same tools version as a
        // Package.swift this toolchain cannot load (SwiftPM's findManifest).
        let same: [String: [Int]] = ["Package.swift": [6, 4], "Package@swift-6.2.swift": [6, 4]]
        #expect(SwiftPackageManifest.manifestFileName(among: Array(same.keys), current: [6, 3], toolsVersion: { same[$0] }) == "Package@swift-6.2.swift")
    }

    @Test func versionSpecificFallbackWhenPackageSwiftNeedsNewerTools() {
        // SwiftPM's findManifest: xctest-dynamic-overlay 1.13.1 has Package.swift at tools 6.4 and
        // Package@swift-6.0.swift at 6.0; SwiftPM 6.3.1 loads the latter (describe lists its 3 targets).
        let tools: [String: [Int]] = ["Package.swift": [6, 4], "Package@swift-6.0.swift": [6, 0]]
        let choose = { (current: [Int]) in
            SwiftPackageManifest.manifestFileName(among: Array(tools.keys), current: current, toolsVersion: { tools[$0] })
        }
        #expect(choose([6, 3, 1]) == "Package@swift-6.0.swift")
        #expect(choose([6, 4]) == "Package.swift")
        // Below every version-specific manifest's version, Package.swift it is.
        #expect(choose([5, 10]) == "Package.swift")
        // swift-dependencies 1.17.1: `Package@swift-6.3.swift` matches 6.3.1 by its `M.m` key.
        let three: [String: [Int]] = ["Package.swift": [6, 4], "Package@swift-6.0.swift": [6, 0], "Package@swift-6.3.swift": [6, 3]]
        #expect(SwiftPackageManifest.manifestFileName(among: Array(three.keys), current: [6, 3, 1], toolsVersion: { three[$0] })
            == "Package@swift-6.3.swift")
        // A Package.swift without the comment counts as tools 3.1: a newer version-specific one wins.
        let old: [String: [Int]] = ["Package@swift-4.2.swift": [4, 2]]
        #expect(SwiftPackageManifest.manifestFileName(among: ["Package.swift", "Package@swift-4.2.swift"], current: [6, 3, 1],
                                                      toolsVersion: { old[$0] }) == "Package@swift-4.2.swift")
        // A version-specific manifest for exactly this toolchain is enough on its own.
        #expect(SwiftPackageManifest.manifestFileName(among: ["Package@swift-6.3.swift"], current: [6, 3, 1], toolsVersion: { _ in nil })
            == "Package@swift-6.3.swift")
    }
}
