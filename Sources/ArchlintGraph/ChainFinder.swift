/// Shortest-chain and reachability searches over one graph, reusing their buffers across queries
/// so that checking many pairs of module sets costs no allocation per search.
///
/// The searches follow grimp's semantics: a chain starts at one source and ends at the first
/// target it meets, never enters a blocked module, and `shortestChains` repeats the search while
/// excluding every import of the chains already found. Among chains of equal length the one met
/// first in id order wins, so every answer is deterministic.
///
/// Not thread-safe: make one per contract check (building one is linear in the graph's size).
public final class ChainFinder {
    public typealias ModuleID = ImportGraph.ModuleID

    /// The graph searched.
    public let graph: ImportGraph
    // Adjacency in compressed rows: successors of `n` are outTargets[outStart[n]..<outStart[n+1]].
    private let outStart: [Int32]
    private let outTargets: [ModuleID]
    private let inStart: [Int32]
    private let inSources: [ModuleID]

    // Membership stamps: a module is a source when sourceStamp[n] == setGeneration, and so on.
    private var sourceStamp: [UInt32]
    private var targetStamp: [UInt32]
    private var blockedStamp: [UInt32]
    private var setGeneration: UInt32 = 0
    // Visit stamps of one breadth-first search, with parent links and distances.
    private var forwardStamp: [UInt32]
    private var backwardStamp: [UInt32]
    private var searchGeneration: UInt32 = 0
    private var forwardParent: [ModuleID]
    private var backwardChild: [ModuleID]
    private var forwardDistance: [Int32]
    private var backwardDistance: [Int32]
    // Imports excluded by `shortestChains`; only modules stamped here are looked up in the set.
    private var excludedFromStamp: [UInt32]
    private var excludedEdges: Set<ImportGraph.Edge> = []
    private var frontier: [ModuleID] = []
    private var nextFrontier: [ModuleID] = []
    private var otherFrontier: [ModuleID] = []

    public init(graph: ImportGraph) {
        self.graph = graph
        let count = graph.moduleCount
        var outStart = [Int32](repeating: 0, count: count + 1)
        var inStart = [Int32](repeating: 0, count: count + 1)
        var outTargets: [ModuleID] = []
        outTargets.reserveCapacity(graph.edgeCount)
        var inSources: [ModuleID] = []
        inSources.reserveCapacity(graph.edgeCount)
        for node in 0..<count {
            outTargets.append(contentsOf: graph.successors[node])
            outStart[node + 1] = Int32(outTargets.count)
            inSources.append(contentsOf: graph.predecessors[node])
            inStart[node + 1] = Int32(inSources.count)
        }
        self.outStart = outStart
        self.outTargets = outTargets
        self.inStart = inStart
        self.inSources = inSources
        sourceStamp = [UInt32](repeating: 0, count: count)
        targetStamp = sourceStamp
        blockedStamp = sourceStamp
        forwardStamp = sourceStamp
        backwardStamp = sourceStamp
        excludedFromStamp = sourceStamp
        forwardParent = [ModuleID](repeating: -1, count: count)
        backwardChild = forwardParent
        forwardDistance = [Int32](repeating: 0, count: count)
        backwardDistance = forwardDistance
    }

    // MARK: - Reachability

    /// Every module reachable from `sources` by one or more imports, sorted; blocked modules are
    /// reached but never passed through. A source appears only when another source's chain reaches it.
    public func reach(from sources: [ModuleID], blocked: [ModuleID] = []) -> [ModuleID] {
        beginSets(sources: sources, targets: [], blocked: blocked)
        searchGeneration &+= 1
        let visit = searchGeneration
        var reached: [ModuleID] = []
        frontier.removeAll(keepingCapacity: true)
        for source in sources where forwardStamp[Int(source)] != visit {
            forwardStamp[Int(source)] = visit
            frontier.append(source)
        }
        var head = 0
        while head < frontier.count {
            let current = Int(frontier[head])
            head += 1
            for index in Int(outStart[current])..<Int(outStart[current + 1]) {
                let next = outTargets[index]
                let slot = Int(next)
                if sourceStamp[slot] == setGeneration {
                    // A source reached from another source counts once.
                    if backwardStamp[slot] != visit {
                        backwardStamp[slot] = visit
                        reached.append(next)
                    }
                    continue
                }
                if forwardStamp[slot] == visit { continue }
                forwardStamp[slot] = visit
                reached.append(next)
                if blockedStamp[slot] != setGeneration { frontier.append(next) }
            }
        }
        reached.sort()
        return reached
    }

    // MARK: - Shortest chains

    /// The shortest chain of imports from a module in `sources` to one in `targets`, entering no
    /// blocked module, as ids from source to target; nil when there is none.
    ///
    /// `sources` and `targets` must not overlap.
    public func shortestChain(from sources: [ModuleID], to targets: [ModuleID], blocked: [ModuleID] = []) -> [ModuleID]? {
        beginSets(sources: sources, targets: targets, blocked: blocked)
        excludedEdges.removeAll(keepingCapacity: true)
        return search(sources: sources, targets: targets)
    }

    /// Every chain grimp's `_find_shortest_chains` reports: the shortest chain, then the shortest
    /// chain avoiding every import already reported, and so on until none is left.
    ///
    /// Direct imports come first, in (source, target) id order; longer chains follow in the order found.
    public func shortestChains(from sources: [ModuleID], to targets: [ModuleID], blocked: [ModuleID] = []) -> [[ModuleID]] {
        beginSets(sources: sources, targets: targets, blocked: blocked)
        excludedEdges.removeAll(keepingCapacity: true)
        var chains: [[ModuleID]] = []
        // Every direct import is a shortest chain, and excluding one leaves the others shortest,
        // so they are exactly the chains the repeated search would find first.
        for source in sources.sorted() {
            let node = Int(source)
            for index in Int(outStart[node])..<Int(outStart[node + 1]) {
                let next = outTargets[index]
                if targetStamp[Int(next)] == setGeneration {
                    chains.append([source, next])
                    exclude(source, next)
                }
            }
        }
        while let chain = search(sources: sources, targets: targets) {
            for index in 0..<(chain.count - 1) { exclude(chain[index], chain[index + 1]) }
            chains.append(chain)
        }
        return chains
    }

    private func exclude(_ importer: ModuleID, _ imported: ModuleID) {
        excludedEdges.insert(ImportGraph.Edge(importer: importer, imported: imported))
        excludedFromStamp[Int(importer)] = setGeneration
    }

    private func isExcluded(_ importer: ModuleID, _ imported: ModuleID) -> Bool {
        excludedFromStamp[Int(importer)] == setGeneration
            && excludedEdges.contains(ImportGraph.Edge(importer: importer, imported: imported))
    }

    private func beginSets(sources: [ModuleID], targets: [ModuleID], blocked: [ModuleID]) {
        setGeneration &+= 1
        if setGeneration == 0 { resetStamps() }
        for id in blocked { blockedStamp[Int(id)] = setGeneration }
        for id in sources { sourceStamp[Int(id)] = setGeneration; blockedStamp[Int(id)] = 0 }
        for id in targets { targetStamp[Int(id)] = setGeneration; blockedStamp[Int(id)] = 0 }
    }

    private func resetStamps() {
        // The 32-bit generation wrapped: clear every stamp so none is mistaken for current.
        for index in sourceStamp.indices {
            sourceStamp[index] = 0
            targetStamp[index] = 0
            blockedStamp[index] = 0
            excludedFromStamp[index] = 0
        }
        setGeneration = 1
    }

    /// One bidirectional breadth-first search. Each step expands a whole level of the smaller
    /// frontier and keeps the shortest meeting found in that level, so the chain is a shortest one.
    private func search(sources: [ModuleID], targets: [ModuleID]) -> [ModuleID]? {
        searchGeneration &+= 1
        if searchGeneration == 0 {
            for index in forwardStamp.indices { forwardStamp[index] = 0; backwardStamp[index] = 0 }
            searchGeneration = 1
        }
        let visit = searchGeneration
        frontier.removeAll(keepingCapacity: true)
        otherFrontier.removeAll(keepingCapacity: true)
        for source in sources.sorted() where forwardStamp[Int(source)] != visit {
            forwardStamp[Int(source)] = visit
            forwardParent[Int(source)] = -1
            forwardDistance[Int(source)] = 0
            frontier.append(source)
        }
        for target in targets.sorted() where backwardStamp[Int(target)] != visit {
            backwardStamp[Int(target)] = visit
            backwardChild[Int(target)] = -1
            backwardDistance[Int(target)] = 0
            otherFrontier.append(target)
        }
        // `frontier` is the forward frontier, `otherFrontier` the backward one.
        while !frontier.isEmpty && !otherFrontier.isEmpty {
            let meeting: (ModuleID, ModuleID)?
            if frontier.count <= otherFrontier.count {
                meeting = expandForward(visit)
                swap(&frontier, &nextFrontier)
            } else {
                meeting = expandBackward(visit)
                swap(&otherFrontier, &nextFrontier)
            }
            if let (importer, imported) = meeting { return chain(through: importer, imported) }
        }
        return nil
    }

    private func expandForward(_ visit: UInt32) -> (ModuleID, ModuleID)? {
        nextFrontier.removeAll(keepingCapacity: true)
        var best: (ModuleID, ModuleID)? = nil
        var bestLength = Int32.max
        for current in frontier {
            let node = Int(current)
            let distance = forwardDistance[node]
            for index in Int(outStart[node])..<Int(outStart[node + 1]) {
                let next = outTargets[index]
                let slot = Int(next)
                if blockedStamp[slot] == setGeneration || isExcluded(current, next) { continue }
                if backwardStamp[slot] == visit {
                    let length = distance + 1 + backwardDistance[slot]
                    if length < bestLength { bestLength = length; best = (current, next) }
                    continue
                }
                if best != nil || forwardStamp[slot] == visit { continue }
                forwardStamp[slot] = visit
                forwardParent[slot] = current
                forwardDistance[slot] = distance + 1
                nextFrontier.append(next)
            }
        }
        return best
    }

    private func expandBackward(_ visit: UInt32) -> (ModuleID, ModuleID)? {
        nextFrontier.removeAll(keepingCapacity: true)
        var best: (ModuleID, ModuleID)? = nil
        var bestLength = Int32.max
        for current in otherFrontier {
            let node = Int(current)
            let distance = backwardDistance[node]
            for index in Int(inStart[node])..<Int(inStart[node + 1]) {
                let previous = inSources[index]
                let slot = Int(previous)
                if blockedStamp[slot] == setGeneration || isExcluded(previous, current) { continue }
                if forwardStamp[slot] == visit {
                    let length = forwardDistance[slot] + 1 + distance
                    if length < bestLength { bestLength = length; best = (previous, current) }
                    continue
                }
                if best != nil || backwardStamp[slot] == visit { continue }
                backwardStamp[slot] = visit
                backwardChild[slot] = current
                backwardDistance[slot] = distance + 1
                nextFrontier.append(previous)
            }
        }
        return best
    }

    private func chain(through importer: ModuleID, _ imported: ModuleID) -> [ModuleID] {
        var head: [ModuleID] = []
        var walk = importer
        while walk != -1 {
            head.append(walk)
            walk = forwardParent[Int(walk)]
        }
        head.reverse()
        walk = imported
        while walk != -1 {
            head.append(walk)
            walk = backwardChild[Int(walk)]
        }
        return head
    }
}
