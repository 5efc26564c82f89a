import ArchlintReporting
import Foundation
import Testing

/// The HTML explorer page: self-contained, deterministic, and safe with hostile names.
@Suite struct HTMLExplorerRendererTests {
    private var page: String {
        HTMLExplorerRenderer(title: "shop <&> \"demo\"").render(graph: SamplePicture.graph, report: SamplePicture.report,
                                                                 layers: SamplePicture.layers)
    }

    /// The JSON inside `<script type="application/json" id="archlint-data">`.
    private func embeddedData(_ page: String) throws -> String {
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"archlint-data\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        return String(page[start.upperBound..<end.lowerBound])
    }

    @Test func theEmbeddedDataMatchesItsGolden() throws {
        try Golden.check(try embeddedData(page) + "\n", against: "explorer-data.json")
    }

    @Test func theDataIsValidJSONThatKeepsHostileNames() throws {
        let data = try embeddedData(page)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        let modules = try #require(parsed["modules"] as? [[Any]])
        #expect(modules.contains { ($0[0] as? String) == SamplePicture.hostile })
        #expect(!data.contains("<") && !data.contains(">") && !data.contains("&"))
    }

    @Test func aHostileNameCannotEndTheScriptOrOpenATag() {
        let page = self.page
        // Exactly the page's own script elements: two openings, two closings.
        #expect(page.components(separatedBy: "<script").count - 1 == 2)
        #expect(page.components(separatedBy: "</script>").count - 1 == 2)
        #expect(!page.contains("alert(1)</script>"))
        #expect(page.contains("<title>shop &lt;&amp;&gt; \"demo\" · archlint explorer</title>"))
    }

    @Test func thePageReferencesNothingOverTheNetwork() {
        let page = self.page.lowercased()
        for needle in ["http://", "https://", "//cdn", "src=", "href=", "@import", "url(http", "url(//", "fetch(", "xmlhttprequest",
                       "<link", "<iframe", "<img", "websocket", "sendbeacon"] {
            #expect(!page.contains(needle), "the page contains \(needle)")
        }
        // Every url( names an element of the page itself (the arrowheads).
        for piece in page.components(separatedBy: "url(").dropFirst() { #expect(piece.hasPrefix("#")) }
        #expect(page.contains("content-security-policy\" content=\"default-src 'none'"))
    }

    @Test func everyRunGivesTheSameBytes() {
        #expect(page == page)
        let again = HTMLExplorerRenderer(title: "shop <&> \"demo\"").render(
            graph: SamplePicture.graph, report: SamplePicture.report, layers: SamplePicture.layers)
        #expect(again == page)
    }
}
