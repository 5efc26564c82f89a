import ArchlintGraph
import Foundation
import Testing
@testable import ArchlintWorkspace
import ArchlintConfiguration
import ArchlintFiles

@Suite struct SwiftWorkspaceLoaderTests {
    private static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures").path

    /// The Swift part, its modules by name and its statements by location (the graph sorts them
    /// itself; the part keeps discovery order).
    private func load(_ settings: SwiftSettings, base: String = fixtures, exclude: [String] = []) -> WorkspacePart {
        var part = SwiftFrontEnd(settings: settings, baseDirectory: base, exclusion: PathExclusion(exclude)).load()
        part.modules.sort { $0.name < $1.name }
        part.imports = part.imports.enumerated()
            .sorted { $0.element.location == $1.element.location ? $0.offset < $1.offset : $0.element.location < $1.element.location }
            .map(\.element)
        return part
    }

    private func imports(_ part: WorkspacePart) -> [String] {
        part.imports.map { "\($0.location) \($0.importer) -> \($0.importedFullName)" }
    }

    @Test func targetsBecomeModulesWithTheirFolders() {
        let part = load(SwiftSettings(packages: ["swift-package"]))
        #expect(part.errors.isEmpty)
        let inside = part.modules.filter { !$0.isExternal }.map { "\($0.name) \($0.path ?? "-")" }
        #expect(inside == [
            "CLib swift-package/Sources/CLib", "Core swift-package/Sources/Core", "CoreTests swift-package/Tests/CoreTests",
            "Inner swift-package/Sources/Outer/Inner", "Net_Kit swift-package/Sources/Networking",
            "Outer swift-package/Sources/Outer", "Tour swift-package/Snippets",
        ])
        #expect(part.modules.filter(\.isExternal).map(\.name.rawValue) == ["Foundation", "Glibc", "XCTest"])
        #expect(part.modules.filter { $0.language != .swift }.isEmpty)
    }

    @Test func onlyTheFilesSwiftPMCompilesAreScanned() {
        let part = load(SwiftSettings(packages: ["swift-package"]))
        // Not scanned: the excluded Legacy folder, the copied Fixtures resource, the .docc bundle,
        // the hidden file, and Networking/Unlisted.swift outside `sources:`; Inner's file
        // belongs to Inner, not to Outer around it.
        #expect(imports(part) == [
            "swift-package/Snippets/Tour.swift:1 Tour -> Core",
            "swift-package/Sources/Core/Core.swift:1 Core -> Foundation",
            "swift-package/Sources/Core/Core.swift:3 Core -> Glibc",
            "swift-package/Sources/Networking/HTTP/Client.swift:1 Net_Kit -> Core",
            "swift-package/Sources/Networking/HTTP/Client.swift:2 Net_Kit -> Foundation.URL",
            "swift-package/Sources/Outer/Inner/Inner.swift:1 Inner -> Core",
            "swift-package/Sources/Outer/Latin1.swift:1 Outer -> Foundation",
            "swift-package/Sources/Outer/Latin1.swift:3 Outer -> Net_Kit",
            "swift-package/Sources/Outer/Outer.swift:1 Outer -> Inner",
            "swift-package/Tests/CoreTests/CoreTests.swift:1 CoreTests -> Core",
            "swift-package/Tests/CoreTests/CoreTests.swift:2 CoreTests -> XCTest",
        ])
        #expect(part.fileCount == 7)
    }

    @Test func statementsCarryFlagsConditionsAttributesAndAccess() {
        let part = load(SwiftSettings(packages: ["swift-package"]))
        let glibc = part.imports.first { $0.imported == "Glibc" }
        #expect(glibc?.isConditional == true)
        #expect(glibc?.condition == "canImport(Glibc)")
        #expect(glibc?.attributes == .preconcurrency)
        let url = part.imports.first { $0.importedFullName == "Foundation.URL" }
        #expect(url?.imported == "Foundation")
        #expect(part.imports.first { $0.importer == "Outer" && $0.imported == "Inner" }?.isExported == true)
        #expect(part.imports.first { $0.importer == "Inner" }?.accessLevel == .public)
        #expect(part.imports.first { $0.importer == "CoreTests" && $0.imported == "Core" }?.isTestable == true)
    }

    @Test func fileDiagnostics() {
        let part = load(SwiftSettings(packages: ["swift-package"]))
        #expect(part.diagnostics.map(\.description) == [
            "swift-package/Sources/Outer/Latin1.swift:2: warning: invalid UTF-8; scanned anyway",
        ])
    }

    @Test func exclusionGlobsDropFiles() {
        let part = load(SwiftSettings(packages: ["swift-package"]), exclude: ["swift-package/Tests/**", "**/Snippets"])
        #expect(!imports(part).contains { $0.contains("Tests/") || $0.contains("Snippets/") })
        #expect(part.fileCount == 5)
    }

    @Test func modulesMappedByHand() {
        let part = load(SwiftSettings(packages: ["."], modules: ["App": ["App/Sources"], "Widgets": ["Widgets/Sources"]]),
                        base: Self.fixtures + "/swift-mapped")
        #expect(part.errors.isEmpty)
        #expect(part.modules.map { "\($0.name) \($0.kind.rawValue) \($0.path ?? "-")" } == [
            "App module App/Sources", "SwiftUI external -", "UIKit external -", "Widgets module Widgets/Sources",
        ])
        #expect(imports(part) == [
            "App/Sources/AppDelegate.swift:1 App -> UIKit", "App/Sources/AppDelegate.swift:2 App -> Widgets",
            "App/Sources/Generated/Strings.swift:1 App -> Widgets", "Widgets/Sources/Clock.swift:1 Widgets -> SwiftUI",
        ])
    }

    @Test func fatalErrors() {
        #expect(load(SwiftSettings(packages: ["swift-mapped"])).errors == ["swift.packages[0]: 'swift-mapped' has no Package.swift"])
        #expect(load(SwiftSettings(packages: ["nowhere"])).errors == ["swift.packages[0]: package folder 'nowhere' does not exist"])
        #expect(load(SwiftSettings(packages: [], modules: ["App": ["swift-mapped/Missing"]])).errors
                == ["swift.modules.App[0]: folder 'swift-mapped/Missing' does not exist"])
        #expect(load(SwiftSettings(packages: ["swift-package", "swift-clash"])).errors
                == ["module 'Core' is declared twice: in swift-package/Package.swift and in swift-clash/Package.swift"])
    }
}
