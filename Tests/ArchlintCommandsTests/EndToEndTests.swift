import Foundation
import Testing

/// Whole runs of the built `archlint` on fixture projects, compared with golden files
/// (`ARCHLINT_UPDATE_GOLDEN=1 swift test` rewrites them; review the diff before committing).
@Suite struct EndToEndTests {
    private func golden(_ fixture: String, _ name: String) -> URL {
        ArchlintProcess.fixture(fixture).appendingPathComponent("expected").appendingPathComponent(name)
    }

    @Test func forbiddenContractsOnAPythonProject() throws {
        let outcome = try ArchlintProcess.run(["check"], in: ArchlintProcess.fixture("python-forbidden"))
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr == "")
        try ArchlintProcess.expectGolden(outcome.stdout, golden("python-forbidden", "check.txt"))
    }

    @Test(arguments: [
        ("text", "check.txt"), ("json", "check.json"), ("github", "check.github.txt"),
        ("sarif", "check.sarif"), ("junit", "check.junit.xml"),
    ])
    func everyContractTypeInEveryFormat(format: String, file: String) throws {
        let folder = ArchlintProcess.fixture("python-contracts")
        let outcome = try ArchlintProcess.run(["check", "--format", format], in: folder)
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr == "")
        try ArchlintProcess.expectGolden(outcome.stdout, golden("python-contracts", file))
    }

    @Test func theSameRunTwiceGivesByteIdenticalOutput() throws {
        let folder = ArchlintProcess.fixture("python-contracts")
        for format in ["text", "json", "sarif"] {
            let first = try ArchlintProcess.run(["check", "--format", format], in: folder)
            let second = try ArchlintProcess.run(["check", "--format", format], in: folder)
            #expect(first == second)
        }
    }

    @Test func githubFormatIsChosenInsideGitHubActions() throws {
        let folder = ArchlintProcess.fixture("python-contracts")
        let outcome = try ArchlintProcess.run(["check"], in: folder, environment: ["GITHUB_ACTIONS": "true"])
        let explicit = try ArchlintProcess.run(["check", "--format", "github"], in: folder)
        #expect(outcome == explicit)
    }

    @Test(arguments: [("json", "graph.json"), ("dot", "graph.dot"), ("mermaid", "graph.mermaid.md")])
    func theGraphInEveryFormat(format: String, file: String) throws {
        let outcome = try ArchlintProcess.run(["graph", "--format", format], in: ArchlintProcess.fixture("python-contracts"))
        #expect(outcome.exitCode == 0)
        #expect(outcome.stderr == "")
        try ArchlintProcess.expectGolden(outcome.stdout, golden("python-contracts", file))
    }

    @Test func graphCollapsedToADepth() throws {
        let outcome = try ArchlintProcess.run(["graph", "--format", "dot", "--depth", "2"], in: ArchlintProcess.fixture("python-contracts"))
        #expect(outcome.exitCode == 0)
        try ArchlintProcess.expectGolden(outcome.stdout, golden("python-contracts", "graph.depth2.dot"))
    }

    @Test func contractSelectionRunsOnlyTheNamedContracts() throws {
        let folder = ArchlintProcess.fixture("python-contracts")
        let outcome = try ArchlintProcess.run(["check", "--contract", "util-is-a-leaf"], in: folder)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.hasSuffix("Contracts: 1 kept, 0 broken.\n"))
        let unknown = try ArchlintProcess.run(["check", "--contract", "util-is-leaf"], in: folder)
        #expect(unknown.exitCode == 2)
        #expect(unknown.stderr.contains("did you mean \"util-is-a-leaf\"?"))
    }
}

/// archlint checks its own architecture (DESIGN §1) as CI does.
@Suite struct SelfCheckTests {
    @Test func archlintKeepsItsOwnContracts() throws {
        let outcome = try ArchlintProcess.run(["check"], in: ArchlintProcess.packageRoot)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stderr == "")
        // The first line counts files, which grows with the code; the rest is fixed.
        let report = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
        #expect(report == """

            Targets form layers                                         KEPT
            No production target uses Foundation                        KEPT
            The byte-level readers know nothing of each other           KEPT
            The graph model and the contracts touch no files            KEPT
            Reporters render reports, they do not scan or load          KEPT
            The executable only parses arguments and calls the commands KEPT
            Production targets do not link test frameworks              KEPT

            Contracts: 7 kept, 0 broken.

            """)
    }

    @Test func everyTargetIsAModuleWithItsFolder() throws {
        let outcome = try ArchlintProcess.run(["graph"], in: ArchlintProcess.packageRoot)
        let graph = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        let modules = try #require(graph?["modules"] as? [[String: Any]])
        let workspaceModules = modules.filter { $0["kind"] as? String != "external" }
            .map { "\($0["name"]!) \($0["path"] ?? "")" }
        #expect(workspaceModules.contains("ArchlintGraph Sources/ArchlintGraph"))
        #expect(workspaceModules.contains("archlint Sources/archlint"))
        #expect(workspaceModules.contains("ArchlintCommandsTests Tests/ArchlintCommandsTests"))
        #expect(workspaceModules.filter { $0.hasPrefix("Archlint") || $0.hasPrefix("archlint") }.count == 20)
        let foundationUsers = (graph?["imports"] as? [[String: Any]] ?? [])
            .filter { $0["imported"] as? String == "Foundation" }.compactMap { $0["importer"] as? String }
        #expect(workspaceModules.contains("ArchlintCommandPlugin Plugins/ArchlintCommandPlugin"))
        // Only the tests and the command plugin (run by SwiftPM, never linked into archlint) use
        // Foundation; no production target loads it.
        #expect(Set(foundationUsers) == ["ArchlintCommandsTests", "ArchlintConfigurationTests", "ArchlintFilesTests",
                                         "ArchlintReportingTests", "ArchlintWorkspaceTests", "ArchlintCommandPlugin"])
    }
}
