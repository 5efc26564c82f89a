/// Shortest-chain and reachability searches over one graph, reusing their buffers across queries
/// so that checking many pairs of module sets allocates nothing per search.
///
/// The searches follow grimp's semantics: a chain starts at one source and ends at the first
/// target it meets, never enters a blocked module or another source, and `shortestChains`
/// repeats the search while excluding every import of the chains already found. Ties between
/// chains of equal length are broken by id order, so every answer is deterministic.
///
/// A value type with mutating searches (make one per contract check; building it is linear in
/// the graph's size).
public struct ChainFinder {
    public typealias ModuleID = ImportGraph.ModuleID

    /// The graph searched.
    public let graph: ImportGraph
    // Adjacency in compressed rows: successors of `n` are outTargets[outStart[n]..<outStart[n+1]].
    private let outStart: [Int32]
    private let outTargets: [ModuleID]
    private let inStart: [Int32]
    private let inSources: [ModuleID]

    // Stamps of the searches begun by `start`: sources, blocked modules, and each module's
    // distance from the sources (valid when distanceStamp == setGeneration).
    private var sourceStamp: [UInt32]
    private var blockedStamp: [UInt32]
    private var distanceStamp: [UInt32]
    private var distance: [Int32]
    private var setGeneration: UInt32 = 0
    // Stamps of one `shortestChains(to:)`: its targets, modules with excluded imports, and
    // distances from the sources raised by earlier searches (valid when raisedStamp matches).
    private var targetStamp: [UInt32]
    private var excludedToStamp: [UInt32]
    private var raisedStamp: [UInt32]
    private var raised: [Int32]
    private var targetGeneration: UInt32 = 0
    // Per search: best known length to a target, next module on that chain, expanded or not.
    private var searchGeneration: UInt32 = 0
    private var seenStamp: [UInt32]
    private var closedStamp: [UInt32]
    private var length: [Int32]
    private var child: [ModuleID]
    // Imports excluded by `shortestChains`; only modules stamped above are looked up here.
    private var excludedEdges: Set<ImportGraph.Edge> = []
    private var queue: [ModuleID] = []
    // The A* queue: one stack per estimate, linked through flat arrays (no array per bucket).
    private var bucketTop: [Int32] = []
    private var entryNode: [ModuleID] = []
    private var entryBelow: [Int32] = []
    private var expanded: [ModuleID] = []

    public init(graph: ImportGraph) {
        self.graph = graph
        let count = graph.moduleCount
        self.outStart = graph.successors.starts
        self.outTargets = graph.successors.targets
        self.inStart = graph.predecessors.starts
        self.inSources = graph.predecessors.targets
        let zeros = [UInt32](repeating: 0, count: count)
        sourceStamp = zeros
        blockedStamp = zeros
        distanceStamp = zeros
        targetStamp = zeros
        excludedToStamp = zeros
        raisedStamp = zeros
        seenStamp = zeros
        closedStamp = zeros
        distance = [Int32](repeating: 0, count: count)
        raised = distance
        length = distance
        child = [ModuleID](repeating: -1, count: count)
    }

    // MARK: - Searches from one set of sources

    /// Begins searches from `sources` that never enter a blocked module: one breadth-first pass
    /// measures every module's distance from the sources, which later `shortestChains(to:)` calls
    /// reuse. Returns every module reached, sorted; blocked modules are reached but not passed
    /// through, and a source appears only when another source's chain reaches it.
    @discardableResult
    public mutating func start(from sources: [ModuleID], blocked: [ModuleID] = []) -> [ModuleID] {
        setGeneration &+= 1
        if setGeneration == 0 {
            // The 32-bit generation wrapped: clear every stamp so none is mistaken for current.
            for index in sourceStamp.indices { sourceStamp[index] = 0; blockedStamp[index] = 0; distanceStamp[index] = 0 }
            setGeneration = 1
        }
        for id in blocked { blockedStamp[Int(id)] = setGeneration }
        queue.removeAll(keepingCapacity: true)
        for id in sources where sourceStamp[Int(id)] != setGeneration {
            sourceStamp[Int(id)] = setGeneration
            blockedStamp[Int(id)] = 0
            distanceStamp[Int(id)] = setGeneration
            distance[Int(id)] = 0
            queue.append(id)
        }
        let listed = beginSearch()
        var reached: [ModuleID] = []
        var head = 0
        while head < queue.count {
            let current = Int(queue[head])
            head += 1
            let next = distance[current] + 1
            for index in Int(outStart[current])..<Int(outStart[current + 1]) {
                let slot = Int(outTargets[index])
                if distanceStamp[slot] == setGeneration {
                    // A source reached from another source is listed once; it stays a start of chains.
                    if sourceStamp[slot] == setGeneration && seenStamp[slot] != listed {
                        seenStamp[slot] = listed
                        reached.append(outTargets[index])
                    }
                    continue
                }
                distanceStamp[slot] = setGeneration
                distance[slot] = next
                reached.append(outTargets[index])
                if blockedStamp[slot] != setGeneration { queue.append(outTargets[index]) }
            }
        }
        reached.sort()
        return reached
    }

    /// Every module reachable from `sources` (see `start(from:blocked:)`).
    public mutating func reach(from sources: [ModuleID], blocked: [ModuleID] = []) -> [ModuleID] {
        start(from: sources, blocked: blocked)
    }

    /// The shortest chain of imports from a started source to a module in `targets`, as ids from
    /// source to target; nil when there is none. `targets` must not hold a source.
    public mutating func shortestChain(to targets: [ModuleID]) -> [ModuleID]? {
        guard let ordered = beginTargets(targets) else { return nil }
        return search(ordered)
    }

    /// Every chain grimp's `_find_shortest_chains` reports from the started sources to `targets`:
    /// the shortest chain, then the shortest chain avoiding every import already reported, and so
    /// on until none is left. Chains pass through no source, target or blocked module.
    ///
    /// Direct imports come first, in (source, target) id order; longer chains follow in the order found.
    public mutating func shortestChains(to targets: [ModuleID]) -> [[ModuleID]] {
        guard let ordered = beginTargets(targets) else { return [] }
        var chains: [[ModuleID]] = []
        // Every direct import is a shortest chain, and excluding one leaves the others shortest,
        // so they are exactly the chains the repeated search would find first.
        for target in ordered where distance[Int(target)] == 1 {
            let node = Int(target)
            for index in Int(inStart[node])..<Int(inStart[node + 1]) where sourceStamp[Int(inSources[index])] == setGeneration {
                chains.append([inSources[index], target])
                exclude(inSources[index], target)
            }
        }
        chains.sort { ($0[0], $0[1]) < ($1[0], $1[1]) }
        while let chain = search(ordered) {
            for index in 0..<(chain.count - 1) { exclude(chain[index], chain[index + 1]) }
            chains.append(chain)
        }
        return chains
    }

    /// `start(from:blocked:)` then `shortestChain(to:)`; sources and targets must not overlap.
    public mutating func shortestChain(from sources: [ModuleID], to targets: [ModuleID], blocked: [ModuleID] = []) -> [ModuleID]? {
        start(from: sources, blocked: blocked)
        return shortestChain(to: targets)
    }

    /// `start(from:blocked:)` then `shortestChains(to:)`; sources and targets must not overlap.
    public mutating func shortestChains(from sources: [ModuleID], to targets: [ModuleID], blocked: [ModuleID] = []) -> [[ModuleID]] {
        start(from: sources, blocked: blocked)
        return shortestChains(to: targets)
    }

    private mutating func exclude(_ importer: ModuleID, _ imported: ModuleID) {
        excludedEdges.insert(ImportGraph.Edge(importer: importer, imported: imported))
        excludedToStamp[Int(imported)] = targetGeneration
    }

    /// Stamps the targets and returns those the sources reach, nearest first (then by id), or nil.
    private mutating func beginTargets(_ targets: [ModuleID]) -> [ModuleID]? {
        targetGeneration &+= 1
        if targetGeneration == 0 {
            for index in targetStamp.indices { targetStamp[index] = 0; excludedToStamp[index] = 0; raisedStamp[index] = 0 }
            targetGeneration = 1
        }
        excludedEdges.removeAll(keepingCapacity: true)
        for id in targets { targetStamp[Int(id)] = targetGeneration }
        let reached = targets.filter { distanceStamp[Int($0)] == setGeneration && sourceStamp[Int($0)] != setGeneration }
        guard !reached.isEmpty else { return nil }
        return reached.sorted { (distance[Int($0)], $0) < (distance[Int($1)], $1) }
    }

    private mutating func beginSearch() -> UInt32 {
        searchGeneration &+= 1
        if searchGeneration == 0 {
            for index in seenStamp.indices { seenStamp[index] = 0; closedStamp[index] = 0 }
            searchGeneration = 1
        }
        return searchGeneration
    }

    /// The lower bound on a module's distance from the sources: measured by `start`, raised by
    /// earlier searches for the same targets.
    private func estimateFromSources(_ node: Int) -> Int32 {
        raisedStamp[node] == targetGeneration ? raised[node] : distance[node]
    }

    /// A* backwards from the targets (taken in `ordered`, nearest first) towards the sources,
    /// with the distances from the sources as heuristic. Excluding imports only lengthens chains,
    /// so those distances stay a consistent lower bound and every chain found is a shortest one;
    /// after each success they are raised as Adaptive A* does (chain length minus the distance
    /// to the targets, for every module expanded), which keeps the next search on the new
    /// shortest chains. Buckets of equal estimate are worked last-in first-out, so a search
    /// walks straight along a shortest chain when nothing on it is excluded.
    private mutating func search(_ ordered: [ModuleID]) -> [ModuleID]? {
        let visit = beginSearch()
        var nextTarget = 0
        var estimate = Int(estimateFromSources(Int(ordered[0])))
        var highest = estimate
        expanded.removeAll(keepingCapacity: true)
        defer {
            for index in 0...min(highest, bucketTop.count - 1) { bucketTop[index] = -1 }
            entryNode.removeAll(keepingCapacity: true)
            entryBelow.removeAll(keepingCapacity: true)
        }
        while true {
            // Targets enter the queue once the estimate reaches their distance.
            while nextTarget < ordered.count, Int(distance[Int(ordered[nextTarget])]) <= estimate {
                let target = ordered[nextTarget]
                nextTarget += 1
                seenStamp[Int(target)] = visit
                length[Int(target)] = 0
                child[Int(target)] = -1
                push(target, Int(estimateFromSources(Int(target))), &highest)
            }
            guard estimate < bucketTop.count, bucketTop[estimate] >= 0 else {
                if nextTarget == ordered.count && estimate >= highest { return nil }
                estimate += 1
                continue
            }
            let entry = Int(bucketTop[estimate])
            bucketTop[estimate] = entryBelow[entry]
            let current = entryNode[entry]
            let node = Int(current)
            if closedStamp[node] == visit { continue }
            closedStamp[node] = visit
            if sourceStamp[node] == setGeneration {
                let total = length[node]
                for module in expanded {
                    raisedStamp[Int(module)] = targetGeneration
                    raised[Int(module)] = total - length[Int(module)]
                }
                return chain(startingAt: current)
            }
            expanded.append(current)
            let nextLength = length[node] + 1
            let hasExcluded = excludedToStamp[node] == targetGeneration
            // Pushed in reverse id order, so the stack pops the smallest id first.
            var index = Int(inStart[node + 1]) - 1
            while index >= Int(inStart[node]) {
                let previous = inSources[index]
                index -= 1
                let slot = Int(previous)
                if distanceStamp[slot] != setGeneration || targetStamp[slot] == targetGeneration
                    || blockedStamp[slot] == setGeneration || closedStamp[slot] == visit { continue }
                if hasExcluded && excludedEdges.contains(ImportGraph.Edge(importer: previous, imported: current)) { continue }
                if seenStamp[slot] == visit && length[slot] <= nextLength { continue }
                seenStamp[slot] = visit
                length[slot] = nextLength
                child[slot] = current
                push(previous, Int(nextLength + estimateFromSources(slot)), &highest)
            }
        }
    }

    private mutating func push(_ node: ModuleID, _ estimate: Int, _ highest: inout Int) {
        while bucketTop.count <= estimate { bucketTop.append(-1) }
        entryNode.append(node)
        entryBelow.append(bucketTop[estimate])
        bucketTop[estimate] = Int32(entryNode.count - 1)
        highest = max(highest, estimate)
    }

    private func chain(startingAt start: ModuleID) -> [ModuleID] {
        var chain: [ModuleID] = []
        var walk = start
        while walk != -1 {
            chain.append(walk)
            walk = child[Int(walk)]
        }
        return chain
    }
}
