/// Where a picture draws the layers of its `layers` contracts: siblings of one layer side by
/// side (a group per cluster), and an invisible link from each layer to the next to keep them
/// in order from top to bottom.
struct LayerPlacement {
    /// Layer groups by the cluster they lie in (`""`: the top level).
    let groups: [String: [GraphPicture.LayerGroup]]
    let orderings: [GraphPicture.Ordering]

    init(stacks: [LayerStack], tree: ClusterTree, collapsed: (String) -> String) {
        var groups: [String: [GraphPicture.LayerGroup]] = [:]
        var orderings: [GraphPicture.Ordering] = []
        var grouped: Set<Int> = []
        for stack in stacks {
            // Each layer as the clusters and nodes that draw its members.
            let levels: [(clusters: [String], nodes: [Int])] = stack.levels.map { level in
                var clusters: [String] = [], nodes: [Int] = []
                for member in level.members {
                    if tree.clusters.contains(member.rawValue) {
                        clusters.append(member.rawValue)
                    } else if let node = tree.index[collapsed(member.rawValue)], !nodes.contains(node) {
                        nodes.append(node)
                    }
                }
                return (clusters, nodes)
            }.filter { !$0.clusters.isEmpty || !$0.nodes.isEmpty }
            // Collapsed so far that two layers share a node: nothing to rank.
            let allNodes = levels.flatMap(\.nodes)
            guard levels.count > 1, Set(allNodes).count == allNodes.count else { continue }
            for (number, level) in levels.enumerated() {
                var byHome: [String: [Int]] = [:]
                for node in level.nodes where !grouped.contains(node) { byHome[tree.home(of: node) ?? "", default: []].append(node) }
                for (home, nodes) in byHome.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) where nodes.count > 1 {
                    grouped.formUnion(nodes)
                    groups[home, default: []].append(GraphPicture.LayerGroup(
                        label: "\(stack.contractName): layer \(number + 1)", nodes: nodes.sorted()))
                }
            }
            let anchors = levels.map { level in level.nodes.first ?? level.clusters.lazy.compactMap(tree.anchor).first }
            for (above, below) in zip(anchors, anchors.dropFirst()) {
                guard let above, let below, above != below else { continue }
                let ordering = GraphPicture.Ordering(above: above, below: below)
                if !orderings.contains(ordering) { orderings.append(ordering) }
            }
        }
        self.groups = groups
        self.orderings = orderings
    }
}
