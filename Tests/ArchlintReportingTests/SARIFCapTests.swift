import ArchlintContracts
import ArchlintGraph
import ArchlintReporting
import Foundation
import Testing

/// GitHub code scanning rejects a SARIF run with more than 25,000 results; archlint cuts there
/// and says so in the run.
@Suite struct SARIFCapTests {
    /// One contract broken by `count` violations, `a.mN -> x`.
    private func report(violations count: Int, known: Int = 0) -> Report {
        let violations = (0..<count).map { index in
            Violation(importer: ModuleName("a.m\(index)"), imported: "x", chains: [[SampleReport.link("a.m\(index)", "x", "a/m\(index).py", [1])]])
        }
        let result = ContractResult(metadata: ContractMetadata(id: "pure", name: "Pure", type: "forbidden"), violations: violations)
        let marks = known == 0 ? nil : BaselineMarks(known: Set((0..<known).map {
            DirectImportKey(contractID: "pure", importer: ModuleName("a.m\($0)"), imported: "x")
        }))
        return Report(summary: .init(files: count, modules: count + 1, imports: count), results: [result], baseline: marks)
    }

    private func run(_ sarif: String) throws -> [String: Any] {
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        return try #require((log["runs"] as? [[String: Any]])?.first)
    }

    @Test func cutsAtGitHubsLimitAndSaysSo() throws {
        let report = report(violations: SARIFReporter.gitHubResultLimit + 3)
        let reporter = SARIFReporter(toolVersion: "1")
        #expect(reporter.maxResults == 25_000)
        #expect(reporter.omittedCount(report) == 3)
        let run = try run(reporter.render(report))
        #expect((run["results"] as? [Any])?.count == 25_000)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        let notification = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect(notification["level"] as? String == "warning")
        #expect(((notification["message"] as? [String: Any])?["text"] as? String)?
            .hasPrefix("3 of 25003 results left out: GitHub code scanning accepts at most 25000 in one run") == true)
    }

    @Test func atTheLimitNothingIsCut() throws {
        let report = report(violations: 4)
        let reporter = SARIFReporter(toolVersion: "1", maxResults: 4)
        #expect(reporter.omittedCount(report) == 0)
        let invocation = try #require((try run(reporter.render(report))["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["toolExecutionNotifications"] == nil)
    }

    @Test func knownResultsAreCutBeforeNewOnes() throws {
        // m0 and m1 are in the baseline; keeping 3 of 5 keeps the three new ones.
        let run = try run(SARIFReporter(toolVersion: "1", maxResults: 3).render(report(violations: 5, known: 2)))
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["baselineState"] as? String } == ["new", "new", "new"])
        let uris = results.compactMap { ((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String }
        #expect(uris == ["a/m2.py", "a/m3.py", "a/m4.py"])
    }
}
