import Testing
@testable import ArchlintScanning

/// Manifests read as SwiftPM 6.3.1 reads them on Linux (`swift package describe --type json`),
/// with archlint's one rule for `#if` on top: every branch counts.
@Suite struct SwiftManifestEvaluationTests {
    private func read(_ source: String) -> SwiftPackageManifest { SwiftPackageManifest.read(Array(source.utf8)) }

    // MARK: - #if

    @Test func aConstantSetInEveryIfBranchHoldsWhatAnyBranchCompiles() {
        // swift-system 1.8.1: `filesToExclude` is ["CMakeLists.txt"] on Linux and adds "IORing"
        // elsewhere; describe on Linux compiles Sources/System/IORing/*.swift. Every branch counts,
        // so only what all branches exclude is excluded, and sources join.
        let manifest = read("""
            #if os(Linux)
            let filesToExclude = ["CMakeLists.txt"]
            let extra: [String] = []
            #else
            let filesToExclude = ["CMakeLists.txt", "IORing"]
            let extra = ["Darwin.swift"]
            #endif
            let package = Package(name: "P", targets: [
                .target(name: "SystemPackage", path: "Sources/System", exclude: filesToExclude),
                .target(name: "Shim", sources: ["Common.swift"] + extra),
            ])
            """)
        #expect(manifest.targets.map(\.exclude) == [["CMakeLists.txt"], []])
        #expect(manifest.targets[1].sources == ["Common.swift", "Darwin.swift"])
    }

    @Test func aTargetDeclaredInSeveralBranchesIsOneModuleWithEveryBranchsFiles() {
        // A target in any branch is a module (DESIGN §2); nimble 14.0.0 declares targets under
        // `#if os(macOS)`, which describe on Linux does not list: archlint lists them, flagged.
        let manifest = read("""
            var targets: [Target] = []
            #if os(macOS)
            targets.append(.target(name: "Core", exclude: ["Linux", "Shared"], sources: ["A.swift"]))
            targets.append(.target(name: "MacOnly"))
            #else
            targets.append(.target(name: "Core", exclude: ["Shared"], sources: ["B.swift"]))
            #endif
            let package = Package(name: "P", targets: targets)
            """)
        #expect(manifest.targets.map(\.name) == ["Core", "MacOnly"])
        #expect(manifest.targets[0].exclude == ["Shared"])
        #expect(manifest.targets[0].sources == ["A.swift", "B.swift"])
        #expect(manifest.targets[0].ifCondition == "(os(macOS)) || (!(os(macOS)))")
        #expect(manifest.targets[1].ifCondition == "os(macOS)")
    }

    @Test func ifConfigInsideArrayLiterals() {
        // swift-argument-parser 1.8.2 and quick 7.6.2 put `#if os(macOS)` inside `targets: [ … ]`.
        let manifest = read("""
            let names = [
              "A",
            #if os(macOS)
              "B",
            #endif
            ]
            let package = Package(name: "P", targets: [
                .target(name: "Lib", exclude: names),
            #if os(macOS)
                .executableTarget(name: "Tool"),
            #elseif os(Linux)
                .executableTarget(name: "LinuxTool"),
            #endif
            ])
            """)
        #expect(manifest.targets.map(\.name) == ["Lib", "Tool", "LinuxTool"])
        #expect(manifest.targets[0].exclude == ["A", "B"])
        #expect(manifest.targets[2].ifCondition == "!(os(macOS)) && os(Linux)")
    }

    // MARK: - Environment

    @Test func environmentVariablesAreUnsetWhateverTheForm() {
        // describe with no variable set: swift-otel 1.6.0 has no benchmark target
        // (`["true", …].contains(Context.environment["OTEL_ENABLE_BENCHMARKS"]?.lowercased())`),
        // grdb.swift 7.10.0 none of its `== "1"` targets, swift-case-paths 1.10.0 its macro tests
        // (`environment["OMIT_MACRO_TESTS"] == nil`).
        let manifest = read("""
            let package = Package(name: "P", targets: [.target(name: "A")])
            if ["true", "y", "1"].contains(Context.environment["OTEL_ENABLE_BENCHMARKS"]?.lowercased()) {
                package.targets.append(.executableTarget(name: "Benchmarks"))
            }
            if ProcessInfo.processInfo.environment["SPI_BUILDER"] == "1" {
                package.targets.append(.target(name: "SPI"))
            }
            if ProcessInfo.processInfo.environment["OMIT_MACRO_TESTS"] == nil {
                package.targets.append(.testTarget(name: "MacroTests"))
            }
            if Context.environment["LOCAL"] != nil {
                package.targets.append(.target(name: "Local"))
            } else if (Context.environment["MODE"] ?? "full") == "full" {
                package.targets.append(.target(name: "Full"))
            } else {
                package.targets.append(.target(name: "Reduced"))
            }
            if let path = ProcessInfo.processInfo.environment["LOCAL_PATH"], !path.isEmpty {
                package.targets.append(.target(name: "FromPath"))
            }
            if ProcessInfo.processInfo.environment["STRICT"].flatMap(Bool.init) ?? false {
                package.targets.append(.target(name: "Strict"))
            }
            """)
        #expect(manifest.targets.map(\.name) == ["A", "MacroTests", "Full"])
    }

    @Test func environmentReadThroughConstantsAndFunctions() {
        // swift-syntax 603.0.1's `hasEnvironmentVariable(_:)` and package-benchmark 1.38.1's
        // `let disableMallocInterposer = environment["…"] != nil || …`: unset, so false.
        let manifest = read("""
            func hasEnvironmentVariable(_ name: String) -> Bool {
              return ProcessInfo.processInfo.environment[name] != nil
            }
            let environment = Context.environment
            let disabled = environment["DISABLE"] != nil
                || environment["ALSO_DISABLE"] != nil
            var targets: [Target] = [.target(name: "A")]
            if hasEnvironmentVariable("SWIFTSYNTAX_ENABLE_RAWSYNTAX_VALIDATION") {
                targets.append(.target(name: "Validation"))
            }
            if !disabled {
                targets.append(.target(name: "Interposer"))
            }
            """)
        #expect(manifest.targets.map(\.name) == ["A", "Interposer"])
    }

    // MARK: - Constant conditions

    @Test func constantFalseConditionsDropTheirBranch() {
        // async-http-client 1.37.0 `let strictConcurrencyDevelopment = false`; `if false` never runs.
        let manifest = read("""
            let development = false
            let package = Package(name: "P", targets: [.target(name: "A")])
            if development {
                package.targets.append(.target(name: "Dev"))
            } else {
                package.targets.append(.target(name: "Release"))
            }
            if false { package.targets.append(.target(name: "Never")) }
            if true && !development { package.targets.append(.target(name: "Always")) }
            """)
        #expect(manifest.targets.map(\.name) == ["A", "Release", "Always"])
    }

    @Test func aConditionThatDiffersBetweenIfBranchesKeepsBothBlocks() {
        // swift-crypto 4.5.2: `#if os(FreeBSD) let isFreeBSD = true #else let isFreeBSD = false`.
        let manifest = read("""
            #if os(FreeBSD)
            let isFreeBSD = true
            #else
            let isFreeBSD = false
            #endif
            var targets: [Target] = []
            if isFreeBSD { targets.append(.target(name: "BSD")) } else { targets.append(.target(name: "Other")) }
            """)
        #expect(manifest.targets.map(\.name) == ["BSD", "Other"])
    }
}
