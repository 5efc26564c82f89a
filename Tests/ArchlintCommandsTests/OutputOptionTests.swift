import Foundation
import Testing

/// `check --output FILE` / `-o FILE` and `check --quiet`.
@Suite struct OutputOptionTests {
    private let fixture = ArchlintProcess.fixture("python-contracts")

    private func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func theReportGoesToTheFileAndTheExitCodeIsUnchanged() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = try ArchlintProcess.run(["check", "--format", "gitlab"], in: fixture)
        for option in ["-o", "--output"] {
            let file = folder.appendingPathComponent("report \(option).json")
            let written = try ArchlintProcess.run(["check", "--format", "gitlab", option, file.path], in: fixture)
            #expect(written == .init(stdout: "", stderr: "", exitCode: 1))
            #expect(try String(contentsOf: file, encoding: .utf8) == expected.stdout)
        }
        let inline = folder.appendingPathComponent("inline.txt")
        #expect(try ArchlintProcess.run(["check", "--output=\(inline.path)"], in: fixture).exitCode == 1)
        #expect(try String(contentsOf: inline, encoding: .utf8).hasPrefix("Analyzed "))
    }

    @Test func anUnwritableFileIsAnError() throws {
        let outcome = try ArchlintProcess.run(["check", "-o", "/nonexistent-folder/report.txt"], in: fixture)
        #expect(outcome.exitCode == 2)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr.hasPrefix("error: cannot write report /nonexistent-folder/report.txt: "))
    }

    @Test func quietPrintsOnlyWhatIsBroken() throws {
        let broken = try ArchlintProcess.run(["check", "--quiet"], in: fixture)
        #expect(broken.exitCode == 1)
        #expect(broken.stdout.hasPrefix("Broken contracts\n================\n"))
        #expect(!broken.stdout.contains("KEPT"))
        #expect(!broken.stdout.contains("Analyzed"))
        #expect(broken.stdout.hasSuffix("Contracts: 1 kept, 5 broken.\n"))

        let kept = try ArchlintProcess.run(["check", "--quiet", "--contract", "util-is-a-leaf"], in: fixture)
        #expect(kept == .init(stdout: "", stderr: "", exitCode: 0))

        // Machine formats are unchanged by --quiet.
        let json = try ArchlintProcess.run(["check", "--format", "json"], in: fixture)
        #expect(try ArchlintProcess.run(["check", "--format", "json", "--quiet"], in: fixture) == json)
    }
}
