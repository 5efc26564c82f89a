import Foundation
import Testing

/// The Swift example app checked by the built `archlint`, compared with golden files
/// (`ARCHLINT_UPDATE_GOLDEN=1 swift test` rewrites them; review the diff before committing).
@Suite struct SwiftEndToEndTests {
    private func golden(_ name: String) -> URL {
        ArchlintProcess.fixture("swift-example").appendingPathComponent("expected").appendingPathComponent(name)
    }

    @Test func theSwiftExampleBreaksExactlyTheFeaturesContract() throws {
        let outcome = try ArchlintProcess.run(["check", "--config", "Examples/SwiftApp/contracts.json"], in: ArchlintProcess.packageRoot)
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr == "")
        try ArchlintProcess.expectGolden(outcome.stdout, golden("check.txt"))
    }

    @Test func theSwiftExamplesGraph() throws {
        let outcome = try ArchlintProcess.run(["graph", "--format", "json"], in: ArchlintProcess.packageRoot.appendingPathComponent("Examples/SwiftApp"))
        #expect(outcome.exitCode == 0)
        #expect(outcome.stderr == "")
        try ArchlintProcess.expectGolden(outcome.stdout, golden("graph.json"))
    }
}
