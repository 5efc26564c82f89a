import Foundation
import Testing
@testable import ArchlintFiles

/// The lexical path handling that replaced Foundation's `URL` in the configuration lookup.
@Suite struct PathSyntaxTests {
    @Test func standardizingDropsDotsAndRepeatedSlashes() {
        #expect(PathSyntax.standardized("/a/./b/../c//d/") == "/a/c/d")
        #expect(PathSyntax.standardized("/../x") == "/x")
        #expect(PathSyntax.standardized("/") == "/")
        #expect(PathSyntax.parent("/a/b/c.json") == "/a/b")
        #expect(PathSyntax.parent("/a") == "/")
        #expect(PathSyntax.parent("/") == "/")
    }

    @Test func messagesNameTheConfigurationRelativeToTheWorkingFolder() {
        #expect(PathSyntax.relative("/repo/contracts.json", to: "/repo") == "contracts.json")
        #expect(PathSyntax.relative("/repo/contracts.json", to: "/repo/src/app") == "../../contracts.json")
        #expect(PathSyntax.relative("/repo/./sub/../contracts.json", to: "/repo/") == "contracts.json")
        // Sharing only the root: the absolute path is clearer than a run of `..`.
        #expect(PathSyntax.relative("/etc/contracts.json", to: "/home/me") == "/etc/contracts.json")
        #expect(PathSyntax.relative("/etc/contracts.json", to: "/") == "etc/contracts.json")
    }

    @Test func aFailedWriteSaysWhyAndLeavesNothingBehind() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-write-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard case .failure(let failure) = FileWriter.writeAtomically([1, 2], to: folder + "/missing/file") else {
            Issue.record("writing into a missing folder succeeded")
            return
        }
        #expect(failure.description == "No such file or directory")
        guard case .success = FileWriter.writeAtomically([1, 2, 3], to: folder + "/file") else {
            Issue.record("writing failed")
            return
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["file"])
        #expect(FileManager.default.contents(atPath: folder + "/file") == Data([1, 2, 3]))
    }
}
