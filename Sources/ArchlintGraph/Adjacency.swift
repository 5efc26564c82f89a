/// Neighbour lists of every module in compressed rows: the neighbours of module `n` are
/// `targets[starts[n]..<starts[n + 1]]`, sorted. Two flat arrays instead of one array per
/// module: building them allocates twice, not 15,000 times, and searches walk them in order.
struct Adjacency: Sendable {
    /// `moduleCount + 1` offsets into `targets`.
    let starts: [Int32]
    let targets: [ImportGraph.ModuleID]

    /// The neighbours of module `id`.
    subscript(id: Int) -> ArraySlice<ImportGraph.ModuleID> {
        targets[Int(starts[id])..<Int(starts[id + 1])]
    }

    /// Successor rows from distinct edges sorted by importer, then imported.
    static func successors(of edges: [ImportGraph.Edge], moduleCount: Int) -> Adjacency {
        var starts = [Int32](repeating: 0, count: moduleCount + 1)
        for edge in edges { starts[Int(edge.importer) + 1] += 1 }
        for index in 0..<moduleCount { starts[index + 1] += starts[index] }
        return Adjacency(starts: starts, targets: edges.map(\.imported))
    }

    /// Predecessor rows from the same edges (a counting sort by imported; importers stay in
    /// order, so each row is sorted).
    static func predecessors(of edges: [ImportGraph.Edge], moduleCount: Int) -> Adjacency {
        var starts = [Int32](repeating: 0, count: moduleCount + 1)
        for edge in edges { starts[Int(edge.imported) + 1] += 1 }
        for index in 0..<moduleCount { starts[index + 1] += starts[index] }
        var next = starts
        var sources = [ImportGraph.ModuleID](repeating: 0, count: edges.count)
        for edge in edges {
            sources[Int(next[Int(edge.imported)])] = edge.importer
            next[Int(edge.imported)] += 1
        }
        return Adjacency(starts: starts, targets: sources)
    }
}
