/// Shortest-chain and reachability searches over one graph, reusing their buffers across queries
/// so that checking many pairs of module sets allocates nothing per search.
///
/// The searches follow grimp's semantics: a chain starts at one source and ends at the first
/// target it meets, never enters a blocked module or another source, and `shortestChains`
/// repeats the search while excluding every import of the chains already found. Ties between
/// chains of equal length are broken by id order, so every answer is deterministic.
///
/// A value type with mutating searches (make one per contract check; building it costs a
/// few bytes per 256 modules of the graph, and each search what the modules it touches cost).
public struct ChainFinder {
    public typealias ModuleID = ImportGraph.ModuleID

    /// The graph searched.
    public let graph: ImportGraph
    // Adjacency in compressed rows: successors of `n` are outTargets[outStart[n]..<outStart[n+1]].
    private let outStart: [Int32]
    private let outTargets: [ModuleID]
    private let inStart: [Int32]
    private let inSources: [ModuleID]

    /// What the searches know of one module. Every field is valid only when its stamp holds the
    /// current generation, so starting a search clears nothing.
    private struct Node {
        // Stamps of the searches begun by `start`: sources, blocked modules, and the module's
        // distance from the sources (valid when distanceStamp == setGeneration).
        var sourceStamp: UInt32 = 0
        var blockedStamp: UInt32 = 0
        var distanceStamp: UInt32 = 0
        var distance: Int32 = 0
        // Stamps of one `shortestChains(to:)`: its targets, modules with excluded imports, and
        // distances from the sources raised by earlier searches (valid when raisedStamp matches).
        var targetStamp: UInt32 = 0
        var excludedToStamp: UInt32 = 0
        var raisedStamp: UInt32 = 0
        var raised: Int32 = 0
        // Per search: best known length to a target, next module on that chain, expanded or not.
        var seenStamp: UInt32 = 0
        var closedStamp: UInt32 = 0
        var length: Int32 = 0
        var child: ModuleID = -1
    }

    // The nodes live in pages of `pageSize` consecutive ids, made when a search first touches one
    // of their modules: a contract on one package of a million-module graph zeroes the pages
    // of the modules it reaches, not megabytes per module of the graph (140 such contracts spent
    // 2 s zeroing). Ids follow name order, so one package's modules share few pages.
    private static let pageShift = 8
    private static let pageSize = 1 << pageShift
    /// Index in `nodes` of each page's first node, or -1 when no search touched the page.
    private var pageStart: [Int32]
    /// True when every page was made at once, in order: a module's slot is then its id.
    private var slotsAreIDs = false
    private var nodes: [Node] = []
    private var setGeneration: UInt32 = 0
    private var targetGeneration: UInt32 = 0
    private var searchGeneration: UInt32 = 0
    // Imports excluded by `shortestChains`; only modules stamped above are looked up here.
    private var excludedEdges: Set<ImportGraph.Edge> = []
    private var queue: [ModuleID] = []
    // The A* queue: one stack per estimate, linked through flat arrays (no array per bucket).
    private var bucketTop: [Int32] = []
    private var entryNode: [ModuleID] = []
    private var entryBelow: [Int32] = []
    /// Slots in `nodes` of the modules the current search expanded.
    private var expanded: [Int32] = []

    /// Up to `pagesMadeAtOnceUpTo` modules (6 MB of nodes by default) every page is made now;
    /// above it, as searches reach them (tests lower it to search a small graph through pages).
    public init(graph: ImportGraph, pagesMadeAtOnceUpTo moduleLimit: Int = 1 << 17) {
        self.graph = graph
        self.outStart = graph.successors.starts
        self.outTargets = graph.successors.targets
        self.inStart = graph.predecessors.starts
        self.inSources = graph.predecessors.targets
        let pageCount = (graph.moduleCount >> Self.pageShift) + 1
        if graph.moduleCount <= moduleLimit {
            // A small graph's pages are made at once: zeroing them all costs less than making
            // them one at a time as a contract over most of the graph reaches them.
            nodes = [Node](repeating: Node(), count: pageCount << Self.pageShift)
            pageStart = (0..<pageCount).map { Int32($0 << Self.pageShift) }
            slotsAreIDs = true
        } else {
            pageStart = [Int32](repeating: -1, count: pageCount)
        }
    }

    /// The slot in `nodes` of module `id`, making its page when no search touched it yet.
    @inline(__always)
    private mutating func slot(_ id: ModuleID) -> Int {
        if slotsAreIDs { return Int(id) }
        let page = Int(id) >> Self.pageShift
        var first = Int(pageStart[page])
        if first < 0 { first = addPage(page) }
        return first + (Int(id) & (Self.pageSize - 1))
    }

    /// The slot of a module a search already touched.
    @inline(__always)
    private func touchedSlot(_ id: ModuleID) -> Int {
        if slotsAreIDs { return Int(id) }
        return Int(pageStart[Int(id) >> Self.pageShift]) + (Int(id) & (Self.pageSize - 1))
    }

    private mutating func addPage(_ page: Int) -> Int {
        let first = nodes.count
        nodes.append(contentsOf: repeatElement(Node(), count: Self.pageSize))
        pageStart[page] = Int32(first)
        return first
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
            for index in nodes.indices { nodes[index].sourceStamp = 0; nodes[index].blockedStamp = 0; nodes[index].distanceStamp = 0 }
            setGeneration = 1
        }
        for id in blocked {
            let blockedSlot = slot(id)
            nodes[blockedSlot].blockedStamp = setGeneration
        }
        queue.removeAll(keepingCapacity: true)
        for id in sources {
            let source = slot(id)
            guard nodes[source].sourceStamp != setGeneration else { continue }
            nodes[source].sourceStamp = setGeneration
            nodes[source].blockedStamp = 0
            nodes[source].distanceStamp = setGeneration
            nodes[source].distance = 0
            queue.append(id)
        }
        let listed = beginSearch()
        var reached: [ModuleID] = []
        var head = 0
        while head < queue.count {
            let current = Int(queue[head])
            let next = nodes[touchedSlot(queue[head])].distance + 1
            head += 1
            for index in Int(outStart[current])..<Int(outStart[current + 1]) {
                let target = outTargets[index]
                let slot = slot(target)
                if nodes[slot].distanceStamp == setGeneration {
                    // A source reached from another source is listed once; it stays a start of chains.
                    if nodes[slot].sourceStamp == setGeneration && nodes[slot].seenStamp != listed {
                        nodes[slot].seenStamp = listed
                        reached.append(target)
                    }
                    continue
                }
                nodes[slot].distanceStamp = setGeneration
                nodes[slot].distance = next
                reached.append(target)
                if nodes[slot].blockedStamp != setGeneration { queue.append(target) }
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
        for target in ordered where nodes[touchedSlot(target)].distance == 1 {
            let node = Int(target)
            for index in Int(inStart[node])..<Int(inStart[node + 1]) {
                let importer = slot(inSources[index])
                guard nodes[importer].sourceStamp == setGeneration else { continue }
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
        let importedSlot = slot(imported)
        nodes[importedSlot].excludedToStamp = targetGeneration
    }

    /// Stamps the targets and returns those the sources reach, nearest first (then by id), or nil.
    private mutating func beginTargets(_ targets: [ModuleID]) -> [ModuleID]? {
        targetGeneration &+= 1
        if targetGeneration == 0 {
            for index in nodes.indices { nodes[index].targetStamp = 0; nodes[index].excludedToStamp = 0; nodes[index].raisedStamp = 0 }
            targetGeneration = 1
        }
        excludedEdges.removeAll(keepingCapacity: true)
        var reached: [(distance: Int32, id: ModuleID)] = []
        for id in targets {
            let slot = slot(id)
            nodes[slot].targetStamp = targetGeneration
            if nodes[slot].distanceStamp == setGeneration && nodes[slot].sourceStamp != setGeneration {
                reached.append((nodes[slot].distance, id))
            }
        }
        guard !reached.isEmpty else { return nil }
        return reached.sorted { $0 < $1 }.map(\.id)
    }

    private mutating func beginSearch() -> UInt32 {
        searchGeneration &+= 1
        if searchGeneration == 0 {
            for index in nodes.indices { nodes[index].seenStamp = 0; nodes[index].closedStamp = 0 }
            searchGeneration = 1
        }
        return searchGeneration
    }

    /// The lower bound on a module's distance from the sources: measured by `start`, raised by
    /// earlier searches for the same targets.
    private func estimateFromSources(_ slot: Int) -> Int32 {
        nodes[slot].raisedStamp == targetGeneration ? nodes[slot].raised : nodes[slot].distance
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
        var estimate = Int(estimateFromSources(touchedSlot(ordered[0])))
        var highest = estimate
        expanded.removeAll(keepingCapacity: true)
        defer {
            for index in 0...min(highest, bucketTop.count - 1) { bucketTop[index] = -1 }
            entryNode.removeAll(keepingCapacity: true)
            entryBelow.removeAll(keepingCapacity: true)
        }
        while true {
            // Targets enter the queue once the estimate reaches their distance.
            while nextTarget < ordered.count, Int(nodes[touchedSlot(ordered[nextTarget])].distance) <= estimate {
                let target = ordered[nextTarget]
                nextTarget += 1
                let slot = touchedSlot(target)
                nodes[slot].seenStamp = visit
                nodes[slot].length = 0
                nodes[slot].child = -1
                push(target, Int(estimateFromSources(slot)), &highest)
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
            let currentSlot = touchedSlot(current)
            if nodes[currentSlot].closedStamp == visit { continue }
            nodes[currentSlot].closedStamp = visit
            if nodes[currentSlot].sourceStamp == setGeneration {
                let total = nodes[currentSlot].length
                for module in expanded {
                    nodes[Int(module)].raisedStamp = targetGeneration
                    nodes[Int(module)].raised = total - nodes[Int(module)].length
                }
                return chain(startingAt: current)
            }
            expanded.append(Int32(currentSlot))
            let nextLength = nodes[currentSlot].length + 1
            let hasExcluded = nodes[currentSlot].excludedToStamp == targetGeneration
            // Pushed in reverse id order, so the stack pops the smallest id first.
            var index = Int(inStart[node + 1]) - 1
            while index >= Int(inStart[node]) {
                let previous = inSources[index]
                index -= 1
                let slot = slot(previous)
                if nodes[slot].distanceStamp != setGeneration || nodes[slot].targetStamp == targetGeneration
                    || nodes[slot].blockedStamp == setGeneration || nodes[slot].closedStamp == visit { continue }
                if hasExcluded && excludedEdges.contains(ImportGraph.Edge(importer: previous, imported: current)) { continue }
                if nodes[slot].seenStamp == visit && nodes[slot].length <= nextLength { continue }
                nodes[slot].seenStamp = visit
                nodes[slot].length = nextLength
                nodes[slot].child = current
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
            walk = nodes[touchedSlot(walk)].child
        }
        return chain
    }
}
