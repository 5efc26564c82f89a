/// Groups a picture's nodes into clusters by package: a package becomes a cluster when it is
/// drawn itself and holds a drawn node, or holds at least two (so a lone chain of packages does
/// not nest box in box). Externals stay outside every cluster.
struct ClusterTree {
    /// The nodes, in name order, labelled relative to their cluster.
    let nodes: [GraphPicture.Node]
    /// Node index by name.
    let index: [String: Int]
    /// Names of the packages drawn as clusters.
    let clusters: Set<String>
    /// The cluster each node is drawn in (a package's own node lies in its own cluster).
    private let homes: [String?]

    init(names: [String], external: [String: Bool], packages: Set<String>) {
        let drawn = Set(names)
        var inside: [String: Int] = [:]
        for name in names where !external[name]! {
            for prefix in Self.properPrefixes(of: name) { inside[prefix, default: 0] += 1 }
        }
        let clusters = Set(inside.filter { $0.value >= 2 || drawn.contains($0.key) }.keys)
        var nodes: [GraphPicture.Node] = []
        var homes: [String?] = []
        var index: [String: Int] = [:]
        for name in names {
            let isExternal = external[name]!
            let home: String? = isExternal ? nil
                : (clusters.contains(name) ? name : Self.properPrefixes(of: name).last { clusters.contains($0) })
            let label: String
            if let home, home == name {
                label = packages.contains(name) ? "__init__" : String(name.split(separator: ".").last ?? "")
            } else if let home {
                label = String(name.dropFirst(home.count + 1))
            } else {
                label = name
            }
            index[name] = nodes.count
            nodes.append(GraphPicture.Node(name: name, label: label, isExternal: isExternal))
            homes.append(home)
        }
        self.nodes = nodes
        self.index = index
        self.clusters = clusters
        self.homes = homes
    }

    /// The cluster node `index` is drawn in; nil at the top level.
    func home(of index: Int) -> String? { homes[index] }

    /// The node that stands for a cluster in layer order: its own node, else its first node.
    func anchor(of cluster: String) -> Int? {
        if let own = index[cluster] { return own }
        return homes.indices.first { homes[$0].map { $0 == cluster || $0.hasPrefix(cluster + ".") } ?? false }
    }

    /// The picture's top level (nodes outside clusters, clusters, layer groups), in name order.
    func items(grouping groups: [String: [GraphPicture.LayerGroup]]) -> [GraphPicture.Item] {
        var nodesByHome: [String: [Int]] = [:]
        for index in nodes.indices { nodesByHome[homes[index] ?? "", default: []].append(index) }
        var clustersByParent: [String: [String]] = [:]
        for cluster in clusters {
            let parent = Self.properPrefixes(of: cluster).last { clusters.contains($0) } ?? ""
            clustersByParent[parent, default: []].append(cluster)
        }
        func build(_ home: String) -> [GraphPicture.Item] {
            var entries: [(key: String, item: GraphPicture.Item)] = []
            let grouped = groups[home] ?? []
            let inGroups = Set(grouped.flatMap(\.nodes))
            for group in grouped { entries.append((nodes[group.nodes[0]].name, .layer(group))) }
            for index in nodesByHome[home] ?? [] where !inGroups.contains(index) {
                entries.append((nodes[index].name, .node(index)))
            }
            for cluster in clustersByParent[home] ?? [] {
                // After its own node, which shares its name.
                entries.append((cluster + "\u{0}", .cluster(GraphPicture.Cluster(name: cluster, items: build(cluster)))))
            }
            return entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map(\.item)
        }
        return build("")
    }

    /// `a`, `a.b` for `a.b.c`.
    static func properPrefixes(of name: String) -> [String] {
        var result: [String] = []
        var current = ""
        for segment in name.split(separator: ".", omittingEmptySubsequences: false).dropLast() {
            current = current.isEmpty ? String(segment) : current + "." + segment
            result.append(current)
        }
        return result
    }
}
