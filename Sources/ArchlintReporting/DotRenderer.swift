/// Graphviz DOT for `archlint graph --format dot`: externals dashed, edges that break a contract
/// red and labelled with the contract ids.
package struct DotRenderer: Sendable {
    package init() {}

    package func render(_ view: GraphView) -> String {
        var out = "digraph imports {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n"
        for node in view.nodes {
            out += "  \(quoted(node.name))"
            if node.isExternal { out += " [style=dashed, color=gray40, fontcolor=gray40]" }
            out += ";\n"
        }
        for edge in view.edges {
            out += "  \(quoted(edge.from)) -> \(quoted(edge.to))"
            if !edge.brokenContracts.isEmpty {
                out += " [color=red, fontcolor=red, penwidth=2, label=\(quoted(edge.brokenContracts.joined(separator: ", ")))]"
            }
            out += ";\n"
        }
        return out + "}\n"
    }

    private func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
