import ArchlintConfiguration
import ArchlintFiles
import Foundation
import Testing
@testable import ArchlintWorkspace

/// `swift.tools_version` chooses the manifest as SwiftPM of that version would (issue 13 item 1).
@Suite struct SwiftToolsVersionSettingTests {
    /// A package whose `Package.swift` needs tools 6.0 and whose `Package@swift-5.9.swift` declares
    /// another target, as packages that still support older toolchains do.
    private func package() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-tools-\(UUID().uuidString)").path
        for target in ["New", "Old"] {
            try FileManager.default.createDirectory(atPath: folder + "/Sources/\(target)", withIntermediateDirectories: true)
            try "import Foundation\n".write(toFile: folder + "/Sources/\(target)/\(target).swift", atomically: true, encoding: .utf8)
        }
        try """
            // swift-tools-version:6.0
            import PackageDescription
            let package = Package(name: "P", targets: [.target(name: "New")])
            """.write(toFile: folder + "/Package.swift", atomically: true, encoding: .utf8)
        try """
            // swift-tools-version:5.9
            import PackageDescription
            let package = Package(name: "P", targets: [.target(name: "Old")])
            """.write(toFile: folder + "/Package@swift-5.9.swift", atomically: true, encoding: .utf8)
        return folder
    }

    private func modules(_ settings: SwiftSettings, in folder: String) -> [String] {
        SwiftFrontEnd(settings: settings, baseDirectory: folder, exclusion: PathExclusion([])).load()
            .modules.filter { !$0.isExternal }.map(\.name.rawValue).sorted()
    }

    @Test func theToolchainsVersionReadsPackageSwift() throws {
        let folder = try package()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // SwiftPM 6.3: Package.swift (6.0) is newer than the 5.9-specific manifest, so it wins.
        #expect(modules(SwiftSettings(), in: folder) == ["New"])
    }

    @Test func aConfiguredVersionReadsItsOwnManifest() throws {
        let folder = try package()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // SwiftPM 5.9 takes Package@swift-5.9.swift, the manifest named after its own version.
        #expect(modules(SwiftSettings(toolsVersion: [5, 9]), in: folder) == ["Old"])
    }
}
