import ArchlintGraph

/// `archlint graph --format html` and `archlint explore`: one self-contained HTML page (inline
/// style and script, no network) that draws the graph and the report's verdicts, packages as
/// boxes that open to their children.
///
/// Every drawn module carries `data-module="NAME"` and every arrow that breaks a contract
/// `data-contract="ID"` (one arrow per contract it breaks), so tests and tools can read the DOM.
/// The data is embedded as JSON in `<script type="application/json" id="archlint-data">`
/// (see `ExplorerData`); a Content-Security-Policy forbids the page any request.
package struct HTMLExplorerRenderer: Sendable {
    /// Shown as the page's title (the project's folder name).
    package let title: String

    package init(title: String) { self.title = title }

    /// The page for `graph`, with `report`'s contracts and verdicts and `layers` as ranks.
    package func render(graph: ImportGraph, report: Report, layers: [LayerStack]) -> String {
        var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
        page += "<meta name=\"generator\" content=\"archlint\">\n"
        page += "<title>" + XMLEscaping.text(title) + " · archlint explorer</title>\n"
        page += "<style>\n" + ExplorerStyle.css + "</style>\n</head>\n<body>\n"
        page += ExplorerMarkup.body
        page += "<script type=\"application/json\" id=\"archlint-data\">"
        page += ExplorerData.json(graph: graph, report: report, layers: layers, title: title)
        page += "</script>\n<script>\n" + ExplorerScript.source + "</script>\n</body>\n</html>\n"
        return page
    }
}
