import ArchlintContracts
import ArchlintGraph
import Testing

/// `*` and `**` as DESIGN §3 defines them, checked through both matchers: `matches(_:)` (used on
/// a statement's full external name) and `matchingIDs(in:)` (used on the graph's modules).
@Suite struct ModuleExpressionTests {
    let graph = TestGraph.make(
        ["app", "app.m", "app.x", "app.x.m", "app.x.y", "app.x.y.m", "other"],
        ["app.m -> other:1", "app.x.m -> other:2", "app.x.y.m -> other:3"]
    )

    private func matched(_ expression: String) -> [String] {
        ModuleExpression(expression).matchingIDs(in: graph).map { graph.name(of: $0).rawValue }
    }

    @Test func doubleStarNeedsAtLeastOneSegment() {
        #expect(!ModuleExpression("app.**.m").matches("app.m"))
        #expect(ModuleExpression("app.**.m").matches("app.x.m"))
        #expect(ModuleExpression("app.**.m").matches("app.x.y.m"))
        #expect(!ModuleExpression("app.**").matches("app"))
        #expect(matched("app.**.m") == ["app.x.m", "app.x.y.m"])
        #expect(matched("app.**") == ["app.m", "app.x", "app.x.m", "app.x.y", "app.x.y.m"])
    }

    @Test func singleStarIsExactlyOneSegment() {
        #expect(!ModuleExpression("app.*.m").matches("app.m"))
        #expect(!ModuleExpression("app.*.m").matches("app.x.y.m"))
        #expect(matched("app.*.m") == ["app.x.m"])
        #expect(matched("app.*") == ["app.m", "app.x"])
    }

    @Test func ignoredImportWithDoubleStarLeavesTheZeroSegmentImportAlone() {
        let contract = ForbiddenContract(
            metadata: TestGraph.metadata("forbidden", ignore: ["app.**.m -> other"]),
            sourceModules: TestGraph.expressions(["app"]),
            forbiddenModules: TestGraph.expressions(["other"]),
            allowIndirectImports: false,
            asPackages: true
        )
        let result = contract.check(graph)
        #expect(result.ignoredImports == 2)
        #expect(describe(result) == ["app => other: app.m->other(1)"])
    }
}
