import ArchlintContracts
import ArchlintGraph
import ArchlintReporting
import Testing

/// DOT and Mermaid pictures: clusters by package, layers as ranks, externals hidden when many,
/// and only the import that starts a violating chain drawn red.
@Suite struct GraphPictureTests {
    private func picture(_ externals: GraphPicture.Externals = .automatic, depth: Int? = nil) -> GraphPicture {
        GraphPicture(graph: SamplePicture.graph, depth: depth, results: SamplePicture.results, layers: SamplePicture.layers,
                     externals: externals)
    }

    @Test func dot() throws {
        try Golden.check(DotRenderer().render(picture()), against: "picture.dot")
    }

    @Test func dotWithExternalsShown() throws {
        try Golden.check(DotRenderer().render(picture(.show)), against: "picture.externals.dot")
    }

    @Test func dotCollapsedToADepth() throws {
        try Golden.check(DotRenderer().render(picture(.hide, depth: 2)), against: "picture.depth2.dot")
    }

    @Test func mermaid() throws {
        try Golden.check(MermaidRenderer().render(picture()), against: "picture.mermaid.md")
    }

    @Test func mermaidWithExternalsShown() throws {
        try Golden.check(MermaidRenderer().render(picture(.show)), against: "picture.externals.mermaid.md")
    }

    @Test func onlyTheImportThatStartsAChainIsRed() {
        let edges = picture(.show).edges
        let red = edges.filter { !$0.brokenContracts.isEmpty }.map { "\($0.from) -> \($0.to): \($0.brokenContracts)" }
        #expect(red == ["shop.domain.order -> shop.infra.db: [\"no-sqlite\"]",
                        "shop.domain.order -> shop.interface.cli: [\"layers\"]"])
        // The chain's legal second link, infra.db -> sqlite3, stays black.
        #expect(edges.contains { $0.from == "shop.infra.db" && $0.to == "sqlite3" && $0.brokenContracts.isEmpty })
    }

    @Test func externalsAreHiddenWhenThereAreMoreThanAFewButTheOnesAContractNames() {
        let automatic = picture(.automatic)
        #expect(automatic.hiddenExternals == 6)
        #expect(!automatic.nodes.contains { $0.isExternal })
        let few = GraphPicture(graph: SamplePicture.graph.restricted(to: ["shop.infra.db", "sqlite3"]), externals: .automatic)
        #expect(few.nodes.map(\.name) == ["shop.infra.db", "sqlite3"])
    }

    @Test func labelsNeverLetANameBreakOutOfItsString() {
        let dot = DotRenderer().render(picture())
        #expect(dot.contains(#""Evil\"</script><script>alert(1)</script>&amp;#1;\\u{7}\\""#))
        #expect(!dot.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let mermaid = MermaidRenderer().render(picture())
        #expect(mermaid.contains("Evil#quot;#lt;/script#gt;#lt;script#gt;alert(1)#lt;/script#gt;#38;#35;1;#7;#92;"))
    }
}
