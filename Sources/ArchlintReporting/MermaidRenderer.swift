/// A Mermaid flowchart for `archlint graph --format mermaid`, ready to paste into GitHub Markdown
/// (inside a ```mermaid block, which the renderer includes): packages as subgraphs, siblings of a
/// layer in a subgraph side by side, and the import that starts each violating chain red and
/// dashed, labelled with the contract ids.
package struct MermaidRenderer: Sendable {
    package init() {}

    package func render(_ picture: GraphPicture) -> String {
        var ids: [String: String] = [:]
        for (index, node) in picture.nodes.enumerated() { ids[node.name] = "m\(index)" }
        var out = "```mermaid\nflowchart \(picture.hasLayers ? "TB" : "LR")\n"
        if picture.hiddenExternals > 0 {
            out += "  %% \(picture.hiddenExternals) external modules hidden (--externals show draws them)\n"
        }
        var subgraphs = 0
        write(picture.items, picture, indent: "  ", subgraphs: &subgraphs, into: &out)
        var redLinks: [Int] = []
        for (index, edge) in picture.edges.enumerated() {
            let from = ids[edge.from]!, to = ids[edge.to]!
            if edge.brokenContracts.isEmpty {
                out += "  \(from) --> \(to)\n"
            } else {
                out += "  \(from) -.->|\"\(Self.label(edge.brokenContracts.joined(separator: ", ")))\"| \(to)\n"
                redLinks.append(index)
            }
        }
        for ordering in picture.orderings {
            out += "  m\(ordering.above) ~~~ m\(ordering.below)\n"
        }
        if !redLinks.isEmpty {
            out += "  linkStyle \(redLinks.map(String.init).joined(separator: ",")) stroke:#d00,stroke-width:2px,color:#d00\n"
        }
        let externals = picture.nodes.indices.filter { picture.nodes[$0].isExternal }
        if !externals.isEmpty {
            out += "  classDef external stroke-dasharray:4 3,color:#666\n"
            out += "  class \(externals.map { "m\($0)" }.joined(separator: ",")) external\n"
        }
        return out + "```\n"
    }

    private func write(_ items: [GraphPicture.Item], _ picture: GraphPicture, indent: String, subgraphs: inout Int,
                       into out: inout String) {
        for item in items {
            switch item {
            case .node(let index):
                out += indent + node(index, picture.nodes[index])
            case .layer(let group):
                out += indent + "subgraph s\(subgraphs)[\"\(Self.label(group.label))\"]\n"
                subgraphs += 1
                out += indent + "  direction LR\n"
                for index in group.nodes { out += indent + "  " + node(index, picture.nodes[index]) }
                out += indent + "end\n"
            case .cluster(let cluster):
                out += indent + "subgraph s\(subgraphs)[\"\(Self.label(cluster.name))\"]\n"
                subgraphs += 1
                write(cluster.items, picture, indent: indent + "  ", subgraphs: &subgraphs, into: &out)
                out += indent + "end\n"
            }
        }
    }

    private func node(_ index: Int, _ node: GraphPicture.Node) -> String {
        let text = "\"" + Self.label(node.label) + "\""
        return "m\(index)" + (node.isExternal ? "([\(text)])" : "[\(text)]") + "\n"
    }

    /// Text inside a quoted Mermaid label: characters Mermaid or the HTML it renders would read
    /// (`"`, `<`, `>`, `&`, `#`, backtick) as `#code;` entities; control characters as `#code;`
    /// too, so a label stays on its line.
    static func label(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "&", "#", "`", "\\": out += "#\(scalar.value);"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "#\(scalar.value);"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
