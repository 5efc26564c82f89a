/// Graphviz DOT for `archlint graph --format dot`: packages as clusters, the layers of `layers`
/// contracts as ranks from top to bottom, externals dashed, and the import that starts each
/// violating chain red and dashed, labelled with the contract ids.
package struct DotRenderer: Sendable {
    package init() {}

    package func render(_ picture: GraphPicture) -> String {
        var out = "digraph imports {\n"
        out += picture.hasLayers ? "  rankdir=TB;\n" : "  rankdir=LR;\n"
        out += "  newrank=true;\n"
        out += "  node [shape=box, style=\"rounded,filled\", fillcolor=white, fontname=\"Helvetica\", fontsize=11];\n"
        out += "  edge [color=gray35, arrowsize=0.7, fontname=\"Helvetica\", fontsize=10];\n"
        if picture.hiddenExternals > 0 {
            out += "  // \(picture.hiddenExternals) external modules hidden (--externals show draws them)\n"
        }
        write(picture.items, picture, indent: "  ", into: &out)
        for edge in picture.edges {
            out += "  \(Self.quoted(edge.from)) -> \(Self.quoted(edge.to))"
            if !edge.brokenContracts.isEmpty {
                out += " [color=\"#d00000\", fontcolor=\"#d00000\", style=dashed, penwidth=2, label=\(Self.quoted(edge.brokenContracts.joined(separator: ", ")))]"
            }
            out += ";\n"
        }
        for ordering in picture.orderings {
            out += "  \(Self.quoted(picture.nodes[ordering.above].name)) -> \(Self.quoted(picture.nodes[ordering.below].name)) [style=invis, weight=5];\n"
        }
        return out + "}\n"
    }

    private func write(_ items: [GraphPicture.Item], _ picture: GraphPicture, indent: String, into out: inout String) {
        for item in items {
            switch item {
            case .node(let index):
                out += indent + node(picture.nodes[index])
            case .layer(let group):
                for index in group.nodes { out += indent + node(picture.nodes[index]) }
                out += indent + "{ rank=same; " + group.nodes.map { Self.quoted(picture.nodes[$0].name) + "; " }.joined()
                    + "}  // " + Self.comment(group.label) + "\n"
            case .cluster(let cluster):
                out += indent + "subgraph \(Self.quoted("cluster_" + cluster.name)) {\n"
                out += indent + "  label=\(Self.quoted(cluster.name)); style=\"rounded,filled\"; fillcolor=\"#f4f6f8\"; color=\"#9aa5b1\"; fontname=\"Helvetica\"; fontsize=11;\n"
                write(cluster.items, picture, indent: indent + "  ", into: &out)
                out += indent + "}\n"
            }
        }
    }

    private func node(_ node: GraphPicture.Node) -> String {
        var line = Self.quoted(node.name) + " [label=\(Self.quoted(node.label))"
        if node.isExternal { line += ", style=\"rounded,dashed\", color=gray40, fontcolor=gray40" }
        return line + "];\n"
    }

    /// A DOT string that Graphviz turns into the same visible text in every output: quotes and
    /// backslashes escaped, `&` written as an entity (so a name like `&#1;` stays text), control
    /// characters and U+FFFE/U+FFFF spelled out, as they are not allowed in SVG's XML.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += "\\\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Text for a `//` comment: on one line.
    private static func comment(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : Character($0) })
    }
}
