/// A Mermaid flowchart for `archlint graph --format mermaid`, ready to paste into GitHub Markdown
/// (inside a ```mermaid block, which the renderer includes).
package struct MermaidRenderer: Sendable {
    package init() {}

    package func render(_ view: GraphView) -> String {
        var ids: [String: String] = [:]
        var out = "```mermaid\nflowchart LR\n"
        for (index, node) in view.nodes.enumerated() {
            let id = "m\(index)"
            ids[node.name] = id
            out += "  \(id)\(node.isExternal ? "([" : "[")\"\(label(node.name))\"\(node.isExternal ? "])" : "]")\n"
        }
        var redLinks: [Int] = []
        for (index, edge) in view.edges.enumerated() {
            let from = ids[edge.from]!, to = ids[edge.to]!
            if edge.brokenContracts.isEmpty {
                out += "  \(from) --> \(to)\n"
            } else {
                out += "  \(from) -->|\"\(label(edge.brokenContracts.joined(separator: ", ")))\"| \(to)\n"
                redLinks.append(index)
            }
        }
        if !redLinks.isEmpty {
            out += "  linkStyle \(redLinks.map(String.init).joined(separator: ",")) stroke:#d00,stroke-width:2px,color:#d00\n"
        }
        return out + "```\n"
    }

    /// Mermaid labels are quoted; quotes inside become `#quot;`.
    private func label(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            default: out.append(character)
            }
        }
        return out
    }
}
