extension ImportGraph {
    /// The direct imports whose removal would leave the children of `package` (each taken with its
    /// descendants) free of dependency cycles, sorted; empty when they are acyclic already.
    ///
    /// The same heuristic as grimp's `nominate_cycle_breakers` (Eades, Lin and Smyth's ordering):
    /// children are ordered sources first, sinks last, and the rest by weighted out-degree minus
    /// in-degree (ties to the smaller name); every import pointing backwards in that order is
    /// nominated. Weights count the module-to-module imports between two children.
    public func nominateCycleBreakers(in package: ModuleName) -> [Edge] {
        let childIDs = children(of: package).compactMap { id(of: $0) }
        guard childIDs.count >= 2 else { return [] }
        let inside = descendantIDs(of: package)
        // The child each module of the package belongs to (-1 for none).
        var childIndex = [Int32](repeating: -1, count: inside.count)
        for (index, child) in childIDs.enumerated() {
            childIndex[Int(child - inside.lowerBound)] = Int32(index)
            for descendant in descendantIDs(of: name(of: child)) {
                childIndex[Int(descendant - inside.lowerBound)] = Int32(index)
            }
        }
        var edgesByPair: [ChildPair: [Edge]] = [:]
        for importer in inside {
            let from = childIndex[Int(importer - inside.lowerBound)]
            guard from >= 0 else { continue }
            for imported in successors[Int(importer)] where inside.contains(imported) {
                let to = childIndex[Int(imported - inside.lowerBound)]
                guard to >= 0, to != from else { continue }
                edgesByPair[ChildPair(from: from, to: to), default: []].append(Edge(importer: importer, imported: imported))
            }
        }
        let order = Self.eadesOrder(count: childIDs.count, weights: edgesByPair.mapValues(\.count))
        var position = [Int](repeating: 0, count: childIDs.count)
        for (index, child) in order.enumerated() { position[Int(child)] = index }
        var breakers: [Edge] = []
        for (pair, edges) in edgesByPair where position[Int(pair.to)] < position[Int(pair.from)] {
            breakers.append(contentsOf: edges)
        }
        return breakers.sorted()
    }

    private struct ChildPair: Hashable {
        let from: Int32
        let to: Int32
    }

    /// Orders nodes `0..<count` as grimp does: rounds of sources, then rounds of sinks (later
    /// rounds placed before earlier ones), then the rest by highest weighted (out − in) degree.
    private static func eadesOrder(count: Int, weights: [ChildPair: Int]) -> [Int32] {
        var outgoing = [[Int32: Int]](repeating: [:], count: count)
        var incoming = [[Int32: Int]](repeating: [:], count: count)
        for (pair, weight) in weights {
            outgoing[Int(pair.from)][pair.to] = weight
            incoming[Int(pair.to)][pair.from] = weight
        }
        var remaining = Set(0..<Int32(count))
        func remove(_ node: Int32) {
            remaining.remove(node)
            for (next, _) in outgoing[Int(node)] { incoming[Int(next)][node] = nil }
            for (previous, _) in incoming[Int(node)] { outgoing[Int(previous)][node] = nil }
            outgoing[Int(node)] = [:]
            incoming[Int(node)] = [:]
        }
        var sources: [Int32] = []
        while true {
            let round = remaining.filter { incoming[Int($0)].isEmpty }.sorted()
            if round.isEmpty { break }
            sources.append(contentsOf: round)
            round.forEach(remove)
        }
        var sinks: [Int32] = []
        while true {
            let round = remaining.filter { outgoing[Int($0)].isEmpty }.sorted()
            if round.isEmpty { break }
            round.forEach(remove)
            sinks.insert(contentsOf: round, at: 0)
        }
        var middle: [Int32] = []
        while !remaining.isEmpty {
            var best: Int32 = -1
            var bestDifference = Int.min
            // Ascending ids are ascending names, so the first of equal differences is the smaller name.
            for node in remaining.sorted() {
                let difference = outgoing[Int(node)].values.reduce(0, +) - incoming[Int(node)].values.reduce(0, +)
                if difference > bestDifference { bestDifference = difference; best = node }
            }
            middle.append(best)
            remove(best)
        }
        return sources + middle + sinks
    }
}
