/// The adjacency of a graph, made from the edge of each statement in graph order: the distinct
/// edges as successor and predecessor rows, and where each edge's statements start.
struct EdgeRows: Sendable {
    let successors: Adjacency
    let predecessors: Adjacency
    /// Edge `k`'s statements are `statementStarts[k]..<statementStarts[k + 1]`.
    let statementStarts: [Int32]
    let edgeCount: Int

    init(statementEdges: [ImportGraph.Edge], moduleCount: Int) {
        var edges: [ImportGraph.Edge] = []
        var starts: [Int32] = []
        // Reserved for one edge per statement: growing the list by doubling cost more than
        // finding the edges (it is dropped once the rows are made; `starts`, kept by the graph,
        // grows as it needs).
        edges.reserveCapacity(statementEdges.count)
        statementEdges.withUnsafeBufferPointer { statementEdges in
            for index in statementEdges.indices where index == 0 || statementEdges[index - 1] != statementEdges[index] {
                edges.append(statementEdges[index])
                starts.append(Int32(index))
            }
        }
        starts.append(Int32(statementEdges.count))
        successors = Adjacency.successors(of: edges, moduleCount: moduleCount)
        predecessors = Adjacency.predecessors(of: edges, moduleCount: moduleCount)
        statementStarts = starts
        edgeCount = edges.count
    }
}
