import ArchlintContracts
import ArchlintGraph

/// The graph as drawn by `archlint graph --format dot|mermaid`: modules optionally collapsed to
/// their first `depth` segments, edges between the collapsed nodes, and the contracts each edge
/// breaks (so renderers can draw it red and label it).
package struct GraphView: Sendable {
    /// A drawn node.
    package struct Node: Hashable, Sendable {
        package let name: String
        package let isExternal: Bool
    }

    /// A drawn edge with the ids of the contracts it breaks (empty when it breaks none).
    package struct Edge: Hashable, Sendable {
        package let from: String
        package let to: String
        package let brokenContracts: [String]
    }

    package let nodes: [Node]
    package let edges: [Edge]

    /// Collapses `graph` to `depth` segments (nil: module level); every link of a violation chain
    /// in `results` marks its edge as breaking that contract.
    package init(graph: ImportGraph, depth: Int?, results: [ContractResult] = []) {
        func collapsed(_ name: ModuleName) -> String {
            guard let depth, depth > 0 else { return name.rawValue }
            return name.segments.prefix(depth).joined(separator: ".")
        }
        var external: [String: Bool] = [:]
        for module in graph.modules {
            let key = collapsed(module.name)
            external[key] = (external[key] ?? true) && module.isExternal
        }
        var broken: [String: Set<String>] = [:]
        for result in results {
            for violation in result.violations {
                for chain in violation.chains {
                    for link in chain {
                        let from = collapsed(Self.node(for: link.importer, in: graph))
                        let to = collapsed(Self.node(for: link.imported, in: graph))
                        broken["\(from)\u{0}\(to)", default: []].insert(result.metadata.id)
                    }
                }
            }
        }
        var pairs: Set<[String]> = []
        for edge in graph.edges {
            let from = collapsed(graph.name(of: edge.importer)), to = collapsed(graph.name(of: edge.imported))
            if from != to { pairs.insert([from, to]) }
        }
        self.nodes = external.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { Node(name: $0, isExternal: external[$0]!) }
        self.edges = pairs.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }.map { pair in
            Edge(from: pair[0], to: pair[1], brokenContracts: (broken["\(pair[0])\u{0}\(pair[1])"] ?? []).sorted())
        }
    }

    /// The graph's node for a chain's module: itself, or for an external submodule a chain names
    /// in full (`requests.adapters`), the nearest enclosing node (`requests`).
    private static func node(for name: ModuleName, in graph: ImportGraph) -> ModuleName {
        var current: ModuleName? = name
        while let candidate = current {
            if graph.contains(candidate) { return candidate }
            current = candidate.parent
        }
        return name
    }
}
