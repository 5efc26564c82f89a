/// The import graph: modules as nodes, one directed edge per (importer, imported) pair, each edge
/// carrying the statements that make it.
///
/// Nodes are numbered in name order (`ModuleID`), so every query answers in a deterministic order
/// and the descendants of a package form one contiguous range of ids.
public struct ImportGraph: Sendable {
    /// Dense node number; ids follow the byte order of module names.
    public typealias ModuleID = Int32

    /// Every module, sorted by name; `modules[Int(id)]` is the module with that id.
    public let modules: [Module]
    let idByName: ModuleIndex
    /// Sorted, de-duplicated successor ids per module. Row after row, `successors.targets`
    /// lists every edge in (importer, imported) order: edge `k` is the k-th entry.
    let successors: Adjacency
    /// Sorted, de-duplicated predecessor ids per module.
    let predecessors: Adjacency
    /// Every statement, sorted by importer id, imported id, then location.
    let orderedStatements: StatementStore
    /// The edge of each statement in `orderedStatements`.
    let statementEdges: [Edge]
    /// Edge `k`'s statements are `orderedStatements[statementStarts[k]..<statementStarts[k + 1]]`.
    let statementStarts: [Int32]
    /// Number of distinct edges.
    public let edgeCount: Int

    /// A directed edge between two module ids.
    public struct Edge: Hashable, Sendable, Comparable {
        public let importer: ModuleID
        public let imported: ModuleID
        public init(importer: ModuleID, imported: ModuleID) {
            self.importer = importer
            self.imported = imported
        }
        public static func < (lhs: Edge, rhs: Edge) -> Bool {
            (lhs.importer, lhs.imported) < (rhs.importer, rhs.imported)
        }
    }

    /// Rebuilds a graph from what another graph's `modules`, `allStatements`, `statementEdges`
    /// and `nameSlots` held, already in graph order (a saved snapshot): nothing is sorted again,
    /// no name is hashed or looked up, and the statements may be decoded only when asked for.
    /// Nil when `nameSlots` cannot be a table of these modules' names.
    public init?(presortedModules modules: [Module], nameSlots: [Int32], statements: StatementStore, statementEdges: [Edge]) {
        guard let ids = ModuleIndex(names: modules.map(\.name), slots: nameSlots) else { return nil }
        self.init(sortedModules: modules, ids: ids, orderedStatements: statements, statementEdges: statementEdges)
    }

    /// The table by which module names are looked up: a power-of-two count of slots, each a
    /// module id or -1. Saved with the graph for `init?(presortedModules:nameSlots:statements:statementEdges:)`.
    public var nameSlots: [Int32] { idByName.slotsByID }

    /// The edge of each statement of `allStatements`, in the same order.
    public var edgesOfStatements: [Edge] { statementEdges }

    /// Builds the adjacency from statements already in graph order.
    init(sortedModules: [Module], ids: ModuleIndex, orderedStatements: StatementStore, statementEdges: [Edge]) {
        self.init(sortedModules: sortedModules, ids: ids, orderedStatements: orderedStatements, statementEdges: statementEdges,
                  rows: EdgeRows(statementEdges: statementEdges, moduleCount: sortedModules.count))
    }

    /// A graph whose adjacency `rows` was made from `statementEdges` (while the statements were
    /// put in order, on another core).
    init(sortedModules: [Module], ids: ModuleIndex, orderedStatements: StatementStore, statementEdges: [Edge], rows: EdgeRows) {
        self.modules = sortedModules
        self.idByName = ids
        self.successors = rows.successors
        self.predecessors = rows.predecessors
        self.orderedStatements = orderedStatements
        self.statementEdges = statementEdges
        self.statementStarts = rows.statementStarts
        self.edgeCount = rows.edgeCount
    }

    // MARK: - Nodes

    /// Number of modules.
    public var moduleCount: Int { modules.count }

    /// Number of import statements behind all edges.
    public var statementCount: Int { orderedStatements.count }

    /// The id of a module, or nil when the graph has no such module.
    public func id(of name: ModuleName) -> ModuleID? { idByName[name] }

    /// The module with this id.
    public func module(_ id: ModuleID) -> Module { modules[Int(id)] }

    /// The name of the module with this id.
    public func name(of id: ModuleID) -> ModuleName { modules[Int(id)].name }

    /// The module named so, if present.
    public func module(named name: ModuleName) -> Module? { idByName[name].map { modules[Int($0)] } }

    /// True when the graph has a module of this name.
    public func contains(_ name: ModuleName) -> Bool { idByName[name] != nil }

    /// Ids of the modules strictly inside `name` (contiguous, since ids follow name order).
    /// Two binary searches, so a contract that asks for one package's modules pays for its
    /// lookups, not for the size of the whole graph.
    public func descendantIDs(of name: ModuleName) -> Range<ModuleID> {
        // The names inside `name` are those from `name.` up to, not including, `name/`: `/` is
        // the byte after `.`, so nothing else sorts between them.
        var prefix = Array(name.rawValue.utf8)
        prefix.append(UInt8(ascii: "."))
        let low = firstIndex(notBefore: prefix)
        prefix[prefix.count - 1] = UInt8(ascii: "/")
        let high = firstIndex(notBefore: prefix, from: low)
        return ModuleID(low)..<ModuleID(high)
    }

    /// The first module index at or after `start` whose name is not before `bytes` in byte order.
    private func firstIndex(notBefore bytes: [UInt8], from start: Int = 0) -> Int {
        var low = start, high = modules.count
        while low < high {
            let mid = (low + high) / 2
            if modules[mid].name.rawValue.utf8.lexicographicallyPrecedes(bytes) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Names of the modules strictly inside `name`, sorted.
    public func descendants(of name: ModuleName) -> [ModuleName] {
        descendantIDs(of: name).map { self.name(of: $0) }
    }

    /// Names of the direct children of `name`, sorted.
    public func children(of name: ModuleName) -> [ModuleName] {
        let depth = name.depth + 1
        return descendants(of: name).filter { $0.depth == depth }
    }

    // MARK: - Edges

    /// Successor ids of a module, sorted.
    public func successorIDs(of id: ModuleID) -> ArraySlice<ModuleID> { successors[Int(id)] }

    /// Predecessor ids of a module, sorted.
    public func predecessorIDs(of id: ModuleID) -> ArraySlice<ModuleID> { predecessors[Int(id)] }

    /// Modules `name` imports directly, sorted.
    public func directImports(of name: ModuleName) -> [ModuleName] {
        guard let id = idByName[name] else { return [] }
        return successors[Int(id)].map { self.name(of: $0) }
    }

    /// Modules that import `name` directly, sorted.
    public func importers(of name: ModuleName) -> [ModuleName] {
        guard let id = idByName[name] else { return [] }
        return predecessors[Int(id)].map { self.name(of: $0) }
    }

    /// Where the edge's statements lie in `orderedStatements`, or nil when there is no such edge.
    private func range(_ importer: ModuleID, _ imported: ModuleID) -> Range<Int>? {
        // Slice indices are positions in the flat edge list, so `low` is the edge's number.
        let targets = successors[Int(importer)]
        var low = targets.startIndex, high = targets.endIndex
        while low < high {
            let middle = (low + high) / 2
            if targets[middle] < imported { low = middle + 1 } else { high = middle }
        }
        guard low < targets.endIndex, targets[low] == imported else { return nil }
        return Int(statementStarts[low])..<Int(statementStarts[low + 1])
    }

    /// True when `importer` imports `imported` directly.
    public func hasEdge(_ importer: ModuleID, _ imported: ModuleID) -> Bool {
        range(importer, imported) != nil
    }

    /// Every edge, sorted by (importer, imported) id.
    public var edges: [Edge] {
        var result: [Edge] = []
        result.reserveCapacity(edgeCount)
        for importer in 0..<modules.count {
            for imported in successors[importer] { result.append(Edge(importer: ModuleID(importer), imported: imported)) }
        }
        return result
    }

    /// The statements behind one edge, sorted by location; empty when there is no such edge.
    /// Iterate the slice: its indices are positions in the graph's statement list, or start at 0
    /// for a graph loaded from the workspace cache.
    public func statements(_ importer: ModuleID, _ imported: ModuleID) -> ArraySlice<ImportStatement> {
        guard let range = range(importer, imported) else { return [] }
        return orderedStatements.slice(range)
    }

    /// The statements by which `importer` imports `imported` directly, sorted by location.
    public func statements(importer: ModuleName, imported: ModuleName) -> ArraySlice<ImportStatement> {
        guard let from = idByName[importer], let to = idByName[imported] else { return [] }
        return statements(from, to)
    }

    /// Every statement, sorted by importer, imported, then location.
    public var allStatements: [ImportStatement] { orderedStatements.all }

    /// A copy without the given edges (used for `ignore_imports`); modules are kept.
    public func removing(edges removed: Set<Edge>) -> ImportGraph {
        guard !removed.isEmpty else { return self }
        return keeping { !removed.contains(statementEdges[$0]) }
    }

    /// A copy keeping only the statements `isIncluded` accepts (edges left with none disappear).
    public func filteringStatements(_ isIncluded: (ImportStatement) -> Bool) -> ImportGraph {
        keeping { isIncluded(orderedStatements[$0]) }
    }

    /// A copy with the statements whose index `isKept` accepts, in the same order.
    private func keeping(_ isKept: (Int) -> Bool) -> ImportGraph {
        var statements: [ImportStatement] = []
        var edges: [Edge] = []
        for index in 0..<orderedStatements.count where isKept(index) {
            statements.append(orderedStatements[index])
            edges.append(statementEdges[index])
        }
        return ImportGraph(sortedModules: modules, ids: idByName, orderedStatements: StatementStore(statements), statementEdges: edges)
    }
}
