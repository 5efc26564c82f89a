import ArchlintContracts
import ArchlintGraph

/// The graph as `archlint graph --format dot|mermaid` draws it: modules (optionally collapsed to
/// their first `depth` segments) grouped into clusters by package, the layers of `layers`
/// contracts as ranks, and on each import that starts a violating chain the contracts it breaks.
package struct GraphPicture: Sendable {
    /// Whether external modules are drawn.
    package enum Externals: Sendable, Hashable {
        /// Drawn when there are at most `automaticExternalsLimit` of them.
        case automatic
        case show
        case hide
    }

    /// With `.automatic`, externals are drawn only when there are at most this many.
    package static let automaticExternalsLimit = 5

    /// A drawn module (or, collapsed, a group of modules).
    package struct Node: Hashable, Sendable {
        /// The full (collapsed) name: the node's identity.
        package let name: String
        /// The name inside its cluster (`order` in `shop.domain`); `__init__` for a package drawn
        /// inside its own cluster.
        package let label: String
        package let isExternal: Bool
    }

    /// A drawn import between two nodes.
    package struct Edge: Hashable, Sendable {
        package let from: String
        package let to: String
        /// Import statements behind the edge.
        package let statements: Int
        /// Ids of the contracts for which this import starts a violating chain, sorted.
        package let brokenContracts: [String]
    }

    /// Siblings of one layer, drawn side by side (indices into `nodes`).
    package struct LayerGroup: Hashable, Sendable {
        package let label: String
        package let nodes: [Int]
    }

    /// A package: its own node (if drawn), its children and nested packages.
    package struct Cluster: Hashable, Sendable {
        package let name: String
        package let items: [Item]
    }

    /// What a cluster (or the picture's top level) holds, in name order.
    package indirect enum Item: Hashable, Sendable {
        case node(Int)
        case cluster(Cluster)
        case layer(LayerGroup)
    }

    /// An invisible link that keeps one layer above the next (indices into `nodes`).
    package struct Ordering: Hashable, Sendable {
        package let above: Int
        package let below: Int
    }

    package let nodes: [Node]
    package let edges: [Edge]
    /// The top level: clusters, layer groups and nodes outside any package.
    package let items: [Item]
    /// Layer order, highest layer first.
    package let orderings: [Ordering]
    /// Externals left out (not drawn) by the `externals` choice.
    package let hiddenExternals: Int

    /// True when layers are drawn as ranks (pictures then run top to bottom).
    package var hasLayers: Bool { !orderings.isEmpty }

    /// Collapses `graph` to `depth` segments (nil: module level); the first link of every chain
    /// in `results` marks its edge with the contract. Externals at the end of such an edge are
    /// drawn even when hidden.
    package init(graph: ImportGraph, depth: Int? = nil, results: [ContractResult] = [], layers: [LayerStack] = [],
                externals: Externals = .show) {
        func collapsed(_ name: ModuleName) -> String {
            guard let depth, depth > 0 else { return name.rawValue }
            return name.segments.prefix(depth).joined(separator: ".")
        }
        var external: [String: Bool] = [:]
        var packages: Set<String> = []
        for module in graph.modules {
            let key = collapsed(module.name)
            external[key] = (external[key] ?? true) && module.isExternal
            if module.kind == .package && key == module.name.rawValue { packages.insert(key) }
        }
        var counts: [Pair: Int] = [:]
        for edge in graph.edges {
            let from = collapsed(graph.name(of: edge.importer)), to = collapsed(graph.name(of: edge.imported))
            if from != to { counts[Pair(from: from, to: to), default: 0] += graph.statements(edge.importer, edge.imported).count }
        }
        var broken: [Pair: Set<String>] = [:]
        for result in results {
            for violation in result.violations {
                for chain in violation.chains {
                    guard let link = chain.first, let from = graph.nearestModule(to: link.importer),
                          let to = graph.nearestModule(to: link.imported) else { continue }
                    let pair = Pair(from: collapsed(from), to: collapsed(to))
                    if counts[pair] != nil { broken[pair, default: []].insert(result.metadata.id) }
                }
            }
        }
        let externalCount = external.values.count { $0 }
        let hide = externals == .hide || (externals == .automatic && externalCount > Self.automaticExternalsLimit)
        let kept = Set(broken.keys.map(\.to))
        let names = external.keys.filter { !hide || !external[$0]! || kept.contains($0) }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let drawn = Set(names)
        self.hiddenExternals = external.count - names.count
        self.edges = counts.keys.filter { drawn.contains($0.from) && drawn.contains($0.to) }
            .sorted { $0.from == $1.from ? $0.to.utf8.lexicographicallyPrecedes($1.to.utf8) : $0.from.utf8.lexicographicallyPrecedes($1.from.utf8) }
            .map { Edge(from: $0.from, to: $0.to, statements: counts[$0]!, brokenContracts: (broken[$0] ?? []).sorted()) }
        let tree = ClusterTree(names: names, external: external, packages: packages)
        self.nodes = tree.nodes
        let placement = LayerPlacement(stacks: layers, tree: tree, collapsed: { collapsed(ModuleName($0)) })
        self.items = tree.items(grouping: placement.groups)
        self.orderings = placement.orderings
    }

    struct Pair: Hashable {
        let from: String
        let to: String
    }
}
