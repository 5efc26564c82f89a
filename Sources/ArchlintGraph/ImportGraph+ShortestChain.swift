extension ImportGraph {
    /// The shortest chain of imports from any module in `sources` to any module in `targets`,
    /// as module ids from a source to a target, or nil when there is none.
    ///
    /// Breadth-first from all sources at once; nodes in `blocked` are never entered (sources and
    /// targets excepted) and `blockedEdges` are never followed. Among chains of equal length the
    /// one found first in id order wins, so the answer is deterministic.
    public func shortestChain(
        from sources: some Sequence<ModuleID>,
        to targets: Set<ModuleID>,
        blocked: Set<ModuleID> = [],
        blockedEdges: Set<Edge> = []
    ) -> [ModuleID]? {
        var parent = [ModuleID](repeating: -1, count: modules.count)
        var visited = [Bool](repeating: false, count: modules.count)
        var frontier: [ModuleID] = []
        for source in sources.sorted() where !visited[Int(source)] {
            visited[Int(source)] = true
            frontier.append(source)
        }
        var head = 0
        while head < frontier.count {
            let current = frontier[head]
            head += 1
            for next in successors[Int(current)] where !visited[Int(next)] {
                if blockedEdges.contains(Edge(importer: current, imported: next)) { continue }
                if targets.contains(next) {
                    parent[Int(next)] = current
                    var chain: [ModuleID] = [next]
                    var walk = current
                    while walk != -1 {
                        chain.append(walk)
                        walk = parent[Int(walk)]
                    }
                    return chain.reversed()
                }
                if blocked.contains(next) { continue }
                visited[Int(next)] = true
                parent[Int(next)] = current
                frontier.append(next)
            }
        }
        return nil
    }
}
