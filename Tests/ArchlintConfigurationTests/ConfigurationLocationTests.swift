import ArchlintFiles
import Foundation
import Testing
@testable import ArchlintConfiguration

@Suite struct ConfigurationLocationTests {
    @Test func theNearestConfigurationIsFoundAndTheSearchStopsAtTheRepositoryRoot() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-locate-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/repo/.git", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/repo/a/b", withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: root + "/contracts.json"))
        // Above the repository root: not found.
        #expect(ConfigurationLoader.locate(from: root + "/repo/a/b") == nil)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: root + "/repo/a/contracts.json"))
        #expect(ConfigurationLoader.locate(from: root + "/repo/a/./b/") == PathSyntax.standardized(root) + "/repo/a/contracts.json")
    }
}
