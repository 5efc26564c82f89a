import Testing
@testable import ArchlintScanning

/// Targets a manifest computes: loops, `.map`, functions, `.systemLibrary`, dependencies. Each
/// expectation is what `swift package describe --type json` (SwiftPM 6.3.1) lists for it.
@Suite struct SwiftManifestComputedTargetsTests {
    private func read(_ source: String) -> SwiftPackageManifest { SwiftPackageManifest.read(Array(source.utf8)) }

    private func summary(_ manifest: SwiftPackageManifest) -> [String] {
        manifest.targets.map { "\($0.name) \($0.kind.rawValue) \($0.path ?? "-")" }
    }

    @Test func forLoopsOverArrayLiteralsAppendTargets() {
        // describe lists Feature1, Feature1Tests (path Tests/Feature1Tests), Feature2, Feature2Tests.
        let manifest = read("""
            let package = Package(name: "P", targets: [])
            for name in ["Feature1", "Feature2"] {
                package.targets.append(.target(name: name))
                package.targets += [.testTarget(name: "\\(name)Tests", dependencies: [.target(name: name)], path: "Tests/\\(name)Tests")]
            }
            let tools = ["lint", "fmt"]
            var targets: [Target] = []
            for (tool, folder) in [("lint", "Lint"), ("fmt", "Format")] where tools.contains(tool) {
                targets.append(.executableTarget(name: tool, path: "Tools/" + folder))
            }
            """)
        #expect(summary(manifest) == [
            "Feature1 regular -", "Feature1Tests test Tests/Feature1Tests", "Feature2 regular -",
            "Feature2Tests test Tests/Feature2Tests", "lint executable Tools/Lint", "fmt executable Tools/Format",
        ])
        #expect(manifest.targets[1].dependencies == [SwiftManifestDependency(kind: .target, name: "Feature1", line: 4)])
        #expect(manifest.notes.isEmpty)
    }

    @Test func mapOverLiteralsWithDollarZeroAndNamedParameters() {
        // `.map { .target(name: $0 …) }` gives one target per element, `"\\($0)Tests"` interpolated.
        let manifest = read("""
            let modules = ["Core", "UI"]
            let package = Package(
                name: "P",
                targets: modules.map { .target(name: $0) }
                    + modules.map { .testTarget(name: "\\($0)Tests", dependencies: [.byName(name: $0)]) }
                    + ["Tool"].map { name in Target.executableTarget(name: name, path: "Sources/\\(name)Main") },
                dependencies: ["A"].map { .target(name: $0) }
            )
            """)
        #expect(summary(manifest) == [
            "Core regular -", "UI regular -", "CoreTests test -", "UITests test -", "Tool executable Sources/ToolMain",
        ])
        #expect(manifest.targets[3].dependencies.map(\.name) == ["UI"])
    }

    @Test func functionsOfTheManifestThatReturnTargets() {
        // Each call gives its targets, with its arguments and the parameters' defaults.
        let manifest = read("""
            func feature(_ name: String, tests: Bool = true, path: String? = nil) -> [Target] {
                var result: [Target] = [.target(name: name, path: path)]
                if tests {
                    result.append(.testTarget(name: name + "Tests", dependencies: [.target(name: name)]))
                }
                return result
            }
            func tool(named name: String) -> Target {
                .executableTarget(name: name, dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")])
            }
            func unused(name: String) -> Target { .target(name: name) }
            let package = Package(
                name: "P",
                targets: feature("Core") + feature("UI", path: "Sources/Interface") + [tool(named: "cli")]
            )
            """)
        #expect(summary(manifest) == [
            "Core regular -", "CoreTests test -", "UI regular Sources/Interface", "UITests test -", "cli executable -",
        ])
        #expect(manifest.targets[4].dependencies == [
            SwiftManifestDependency(kind: .product, name: "ArgumentParser", package: "swift-argument-parser", line: 9),
        ])
        #expect(manifest.notes.map(\.message) == [
            "function 'unused' returns targets but no call to it could be read; its targets are skipped",
        ])
    }

    @Test func whatCannotBeReadIsANoteNamingTheLineNeverASilentZero() {
        let manifest = read("""
            import PackageDescription
            let names = loadNames()
            let package = Package(
                name: "P",
                targets: names.map { .target(name: $0) }
            )
            for name in names { package.targets.append(.testTarget(name: name + "Tests")) }
            """)
        #expect(manifest.targets.isEmpty)
        #expect(manifest.notes.map { "\($0.line): \($0.message)" } == [
            "3: no target could be read from this manifest",
            "5: target name '$0' is computed; the target is skipped",
            "7: target name 'name + \"Tests\"' is computed; the target is skipped",
        ])
    }

    @Test func systemLibrariesAreTargetsWithoutSwiftSources() {
        // describe: `.systemLibrary` has module_type SystemLibraryTarget and no Swift sources; the
        // loader gives it no files.
        let manifest = read("""
            let package = Package(name: "P", targets: [
                .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
                .target(name: "Zip", dependencies: ["CZlib"]),
            ])
            """)
        #expect(summary(manifest) == ["CZlib system -", "Zip regular -"])
    }

    @Test func declaredDependenciesWithTheirLines() {
        let manifest = read("""
            let common: [Target.Dependency] = [
                .product(name: "Logging", package: "swift-log"),
            ]
            let package = Package(name: "P", targets: [
                .target(
                    name: "App",
                    dependencies: common + [
                        "Core",
                        .target(name: "Util", condition: .when(platforms: [.linux])),
                        .byName(name: "Helpers"),
            #if os(macOS)
                        .product(name: "MacKit", package: "mac-kit"),
            #endif
                        Target.Dependency.product(name: "NIO", package: "swift-nio"),
                    ]
                ),
            ])
            """)
        let dependencies = manifest.targets[0].dependencies
        #expect(dependencies.map { "\($0.line) \($0.kind.rawValue) \($0.name) \($0.package ?? "-")" } == [
            "2 product Logging swift-log", "8 byName Core -", "9 target Util -", "10 byName Helpers -",
            "12 product MacKit mac-kit", "14 product NIO swift-nio",
        ])
        #expect(dependencies[2].condition == ".when(platforms: [.linux])")
        #expect(dependencies[4].ifCondition == "os(macOS)")
        #expect(manifest.targets[0].dependencyProblems.isEmpty)
    }
}
