/// The adjacency of a graph, made from the edge of each statement in graph order: the distinct
/// edges as successor and predecessor rows, and where each edge's statements start.
struct EdgeRows: Sendable {
    let successors: Adjacency
    let predecessors: Adjacency
    /// Edge `k`'s statements are `statementStarts[k]..<statementStarts[k + 1]`.
    let statementStarts: [Int32]
    let edgeCount: Int

    init(statementEdges: [ImportGraph.Edge], moduleCount: Int) {
        // Counted first, then written into arrays of that size: appending checked and grew
        // both arrays for each of a million edges (on a warm run the graph is built from here).
        var edges: [ImportGraph.Edge] = []
        var starts: [Int32] = []
        statementEdges.withUnsafeBufferPointer { all in
            var distinct = 0
            for index in all.indices where index == 0 || all[index - 1] != all[index] { distinct += 1 }
            edges = [ImportGraph.Edge](unsafeUninitializedCapacity: distinct) { edgeBuffer, edgeCount in
                starts = [Int32](unsafeUninitializedCapacity: distinct + 1) { startBuffer, startCount in
                    var next = 0
                    for index in all.indices where index == 0 || all[index - 1] != all[index] {
                        (edgeBuffer.baseAddress! + next).initialize(to: all[index])
                        (startBuffer.baseAddress! + next).initialize(to: Int32(index))
                        next += 1
                    }
                    (startBuffer.baseAddress! + next).initialize(to: Int32(all.count))
                    startCount = next + 1
                }
                edgeCount = distinct
            }
        }
        successors = Adjacency.successors(of: edges, moduleCount: moduleCount)
        predecessors = Adjacency.predecessors(of: edges, moduleCount: moduleCount)
        statementStarts = starts
        edgeCount = edges.count
    }
}
