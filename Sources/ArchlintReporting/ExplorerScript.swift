/// The explorer page's script, written for it (no library): plain JavaScript that lays out and
/// draws the graph in the page, so the file works offline, from `file://` or a CI artifact.
/// Its parts share one function scope, in this order.
enum ExplorerScript {
    static var source: String {
        "(function () {\n" + [model, scene, layout, drawing, panels, controls].joined(separator: "\n") + "})();\n"
    }
}
