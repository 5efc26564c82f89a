import ArchlintContracts
import ArchlintGraph
import ArchlintReporting
import Testing

@Suite struct GitHubReporterTests {
    private func report(_ results: [ContractResult]) -> Report {
        Report(summary: .init(files: 1, modules: 2, imports: 3), results: results)
    }

    private func forbidden(name: String = "Pure", guidance: String? = nil, chains: Int) -> ContractResult {
        let violations = (0..<chains).map { index in
            Violation(importer: "a", imported: ModuleName("x\(index)"), chains: [
                [SampleReport.link("a.m", "x\(index)", "src/a/m.py", [index + 1, index + 20])],
            ])
        }
        return ContractResult(metadata: ContractMetadata(id: "pure", name: name, type: "forbidden",
                                                         brokenContractGuidance: guidance),
                              violations: violations)
    }

    @Test func escapesPropertiesAndMessagesAsGitHubDocuments() {
        let output = GitHubReporter().render(report([forbidden(name: "50%, a:b\r\nc", guidance: "x%y\nz:w", chains: 1)]))
        let first = output.split(separator: "\n").first.map(String.init)
        #expect(first == "::error file=src/a/m.py,line=1,title=50%25%2C a%3Ab%0D%0Ac::"
            + "a is not allowed to import x0:%0Aa.m -> x0 (src/a/m.py:1, 20)%0A%0Ax%25y%0Az:w")
    }

    @Test func writesAtMostTenErrorCommandsCountingTheSummary() {
        let output = GitHubReporter().render(report([forbidden(chains: 12)]))
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.hasPrefix("::error file=") }.count == 9)
        #expect(lines.filter { $0.hasPrefix("::error") }.count == 10)
        #expect(lines[9] == "::error title=archlint::1 of 1 contract broken, 0 kept: 12 violations. "
            + "… and 3 more violations not annotated. The report in the job log lists them all.")
        #expect(lines[10] == "")
        #expect(lines[11] == "Analyzed 1 files, 2 modules, 3 imports.")
    }

    @Test func keptRunGetsANoticeAndTheTextReport() {
        let kept = ContractResult(metadata: ContractMetadata(id: "k", name: "Kept", type: "forbidden"), violations: [],
                                  warnings: ["w1"])
        let output = GitHubReporter(maxWarningAnnotations: 0).render(report([kept, kept]))
        #expect(output.hasPrefix("::notice title=archlint::All 2 contracts are kept. … and 2 more warnings not annotated."
            + " The report in the job log lists them all.\n\nAnalyzed 1 files"))
        #expect(output.hasSuffix("Contracts: 2 kept, 0 broken.\n"))
    }

    @Test func warningsBecomeWarningCommands() {
        let kept = ContractResult(metadata: ContractMetadata(id: "k", name: "K, 1", type: "forbidden"), violations: [],
                                  warnings: ["unmatched: a -> b"])
        let output = GitHubReporter().render(report([kept]))
        #expect(output.hasPrefix("::warning title=K%2C 1::unmatched: a -> b\n::notice title=archlint::The contract is kept.\n\n"))
    }

    @Test func textThatLooksLikeACommandIsFencedWithStopCommands() throws {
        let output = GitHubReporter().render(report([forbidden(guidance: "  ::add-mask::secret\n##[error]x", chains: 1)]))
        let lines = output.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("::stop-commands::archlint-") })
        let token = lines[start].dropFirst("::stop-commands::".count)
        #expect(token.count == "archlint-".count + 16)
        #expect(lines.last == "::\(token)::")
        #expect(lines[start + 1] == "Analyzed 1 files, 2 modules, 3 imports.")
        // Deterministic: the same report gives the same token.
        #expect(GitHubReporter().render(report([forbidden(guidance: "  ::add-mask::secret\n##[error]x", chains: 1)])) == output)
        // A bare CR starts a new line for the runner too.
        #expect(GitHubReporter().render(report([forbidden(name: "a\r::b", chains: 0)])).contains("\n::stop-commands::archlint-"))
        #expect(!GitHubReporter().render(report([forbidden(name: "a: b", chains: 0)])).contains("stop-commands"))
    }

    @Test func prefixesPathsWithTheConfigurationFolder() {
        let output = GitHubReporter(pathPrefix: "services/shop/").render(report([forbidden(chains: 1)]))
        #expect(output.hasPrefix("::error file=services/shop/src/a/m.py,line=1,"))
    }
}
