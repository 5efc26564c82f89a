import ArchlintContracts
import ArchlintGraph
import ArchlintReporting
import Foundation
import Testing

/// The fields GitLab's Code Quality documentation requires of each object in the report
/// ("Code Quality report format", docs.gitlab.com/ci/testing/code_quality): `description`,
/// `check_name`, `fingerprint` (strings), `severity` (info, minor, major, critical or blocker),
/// `location.path` (a relative path in the repository) and `location.lines.begin` (an integer);
/// the file is one JSON array and must not start with a byte order mark.
@Suite struct GitLabReporterTests {
    private static let severities: Set<String> = ["info", "minor", "major", "critical", "blocker"]

    private func issues(_ text: String) throws -> [[String: Any]] {
        #expect(!text.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(parsed as? [[String: Any]], "a Code Quality report is one JSON array of objects")
    }

    @Test func everyIssueHasEveryRequiredField() throws {
        let issues = try issues(GitLabReporter(pathPrefix: "app/").render(SampleReport.report))
        #expect(issues.count == 12)
        for issue in issues {
            #expect((issue["description"] as? String).map { !$0.isEmpty } == true)
            #expect((issue["check_name"] as? String).map { !$0.isEmpty } == true)
            #expect((issue["fingerprint"] as? String).map { $0.count == 32 } == true)
            #expect(Self.severities.contains(try #require(issue["severity"] as? String)))
            let location = try #require(issue["location"] as? [String: Any])
            let path = try #require(location["path"] as? String)
            #expect(path.hasPrefix("app/") && !path.hasPrefix("/") && !path.hasPrefix("./"))
            let lines = try #require(location["lines"] as? [String: Any])
            let begin = try #require(lines["begin"] as? Int)
            #expect(begin >= 1)
        }
        // GitLab keeps one issue per fingerprint: they must all differ.
        #expect(Set(issues.compactMap { $0["fingerprint"] as? String }).count == issues.count)
        #expect(issues.filter { $0["severity"] as? String == "major" }.count == 11)
        // The contract warning is about the configuration: a minor issue on its file.
        let warning = try #require(issues.first { $0["severity"] as? String == "minor" })
        #expect((warning["location"] as? [String: Any])?["path"] as? String == "app/contracts.json")
    }

    @Test func oneIssuePerImportAndFileAtItsFirstLine() throws {
        let link = ChainLink(importer: "App", imported: "Storage", path: "Sources/App/A.swift", lines: [3],
                             locations: [SourceLocation(path: "Sources/App/A.swift", line: 3),
                                         SourceLocation(path: "Sources/App/A.swift", line: 9),
                                         SourceLocation(path: "Sources/App/B.swift", line: 1)])
        let result = ContractResult(metadata: ContractMetadata(id: "layers", name: "Layers", type: "layers"),
                                    violations: [Violation(importer: "App", imported: "Storage", chains: [[link]])])
        let issues = try issues(GitLabReporter().render(Report(summary: .init(files: 2, modules: 2, imports: 3), results: [result])))
        let locations = issues.compactMap { $0["location"] as? [String: Any] }
        #expect(locations.map { $0["path"] as? String } == ["Sources/App/A.swift", "Sources/App/B.swift"])
        #expect(locations.map { ($0["lines"] as? [String: Any])?["begin"] as? Int } == [3, 1])
    }

    @Test func fingerprintsIgnoreLines() throws {
        func fingerprint(line: Int) throws -> String? {
            let result = ContractResult(metadata: ContractMetadata(id: "pure", name: "Pure", type: "forbidden"),
                                        violations: [Violation(importer: "a", imported: "b", chains: [[SampleReport.link("a", "b", "a.py", [line])]])])
            return try issues(GitLabReporter().render(Report(summary: .init(files: 1, modules: 2, imports: 1), results: [result])))
                .first?["fingerprint"] as? String
        }
        #expect(try fingerprint(line: 2) == fingerprint(line: 40))
    }

    @Test func aKeptRunIsAnEmptyArray() {
        let report = Report(summary: .init(files: 1, modules: 1, imports: 0), results: [SampleReport.protectedDB])
        #expect(GitLabReporter().render(report) == "[]\n")
    }
}
