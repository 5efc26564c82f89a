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
    let idByName: [ModuleName: ModuleID]
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

    /// Builds the graph. Imported names missing from `modules` become external modules of the
    /// importer's language; a statement whose importer is unknown is dropped.
    public init(modules: consuming [Module], imports: consuming [ImportStatement]) {
        var statements = consume imports
        // Index modules in input order (the first of a name wins), adding externals as met.
        var indexByName: [ModuleName: ModuleID] = [:]
        indexByName.reserveCapacity(modules.count)
        // Moved, not copied (a copy retains every name and path): only a repeated name, rare,
        // makes a filtered copy.
        var unsorted = consume modules
        var repeated = false
        for index in unsorted.indices {
            if indexByName[unsorted[index].name] == nil {
                indexByName[unsorted[index].name] = ModuleID(index)
            } else {
                repeated = true
            }
        }
        if repeated {
            var seen = Set<ModuleName>()
            unsorted = unsorted.filter { seen.insert($0.name).inserted }
            indexByName.removeAll(keepingCapacity: true)
            for index in unsorted.indices { indexByName[unsorted[index].name] = ModuleID(index) }
        }
        var endpoints: [(from: ModuleID, to: ModuleID)] = []
        endpoints.reserveCapacity(statements.count)
        // Fields are read in place (no statement is copied: that would retain all its strings).
        statements.withUnsafeBufferPointer { buffer in
            // A file's statements come together and share their importer: look it up once.
            var lastImporter: ModuleName?
            var lastImporterID: ModuleID = -1
            for index in buffer.indices {
                let to: ModuleID
                if let known = indexByName[buffer[index].imported] {
                    to = known
                } else {
                    let language = indexByName[buffer[index].importer].map { unsorted[Int($0)].language } ?? .python
                    to = ModuleID(unsorted.count)
                    indexByName[buffer[index].imported] = to
                    unsorted.append(Module(name: buffer[index].imported, language: language, kind: .external))
                }
                if buffer[index].importer != lastImporter {
                    lastImporter = buffer[index].importer
                    lastImporterID = indexByName[buffer[index].importer] ?? -1
                }
                endpoints.append((lastImporterID, to))
            }
        }
        // Number the modules in name order.
        let nameOrder = NameSorter.sortedIndices(unsorted)
        var rank = [ModuleID](repeating: 0, count: nameOrder.count)
        for (position, index) in nameOrder.enumerated() { rank[Int(index)] = ModuleID(position) }
        var sorted = unsorted
        Self.permute(&sorted, into: nameOrder)
        // (`mapValues` keeps the table's layout: nothing is hashed again.)
        indexByName = indexByName.mapValues { rank[Int($0)] }
        let ids = indexByName

        // Sort statement indices by edge; statements of one edge (usually one or two) by location.
        var keyed = Self.sortedByEdge(endpoints, rank: rank)
        var edges: [Edge] = []
        edges.reserveCapacity(keyed.count)
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count, keyed[end].key == keyed[start].key { end += 1 }
            let edge = Edge(importer: ModuleID(truncatingIfNeeded: keyed[start].key >> 32),
                            imported: ModuleID(truncatingIfNeeded: keyed[start].key & 0xFFFF_FFFF))
            if end - start > 1 {
                // Compared in place: statements copied out of the array would be retained.
                statements.withUnsafeBufferPointer { buffer in
                    keyed[start..<end].sort { Self.statementOrder(buffer[Int($0.index)], buffer[Int($1.index)]) }
                }
            }
            edges.append(contentsOf: repeatElement(edge, count: end - start))
            start = end
        }
        // Move the statements into that order in place: copying them would retain every string
        // they hold, which cost more than the rest of building the graph.
        var order = keyed.map(\.index)
        let dropped = statements.count - order.count
        if dropped > 0 {
            var kept = [Bool](repeating: false, count: statements.count)
            for index in order { kept[Int(index)] = true }
            order += kept.indices.filter { !kept[$0] }.map { Int32($0) }
        }
        Self.permute(&statements, into: order)
        statements.removeLast(dropped)
        self.init(sortedModules: sorted, ids: ids, orderedStatements: StatementStore(statements), statementEdges: edges)
    }

    /// `(edge key, statement index)` for each statement with a known importer, sorted by edge
    /// (importer id, then imported id, both after renumbering by `rank`), then by index.
    private static func sortedByEdge(_ endpoints: [(from: ModuleID, to: ModuleID)], rank: [ModuleID]) -> [(key: UInt64, index: Int32)] {
        let moduleBits = UInt64.bitWidth - UInt64(rank.count).leadingZeroBitCount
        let indexBits = UInt64.bitWidth - UInt64(endpoints.count).leadingZeroBitCount
        guard 2 * moduleBits + indexBits <= 64 else {
            var keyed: [(key: UInt64, index: Int32)] = []
            keyed.reserveCapacity(endpoints.count)
            for (index, endpoint) in endpoints.enumerated() where endpoint.from >= 0 {
                let from = rank[Int(endpoint.from)], to = rank[Int(endpoint.to)]
                keyed.append((UInt64(UInt32(from)) << 32 | UInt64(UInt32(to)), Int32(index)))
            }
            keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
            return keyed
        }
        // Usually importer, imported and index fit in one word: sorting plain integers is several
        // times faster than sorting pairs through a closure.
        var packed: [UInt64] = []
        packed.reserveCapacity(endpoints.count)
        for (index, endpoint) in endpoints.enumerated() where endpoint.from >= 0 {
            let from = UInt64(rank[Int(endpoint.from)]), to = UInt64(rank[Int(endpoint.to)])
            packed.append(from << (moduleBits + indexBits) | to << indexBits | UInt64(index))
        }
        packed.sort()
        let indexMask: UInt64 = (1 << indexBits) - 1, moduleMask: UInt64 = (1 << moduleBits) - 1
        return packed.map { word in
            let from = word >> (moduleBits + indexBits), to = (word >> indexBits) & moduleMask
            return (from << 32 | to, Int32(truncatingIfNeeded: word & indexMask))
        }
    }

    /// Rearranges `elements` so that position `i` holds the element that was at `order[i]`,
    /// by swapping along the permutation's cycles (no element is copied).
    private static func permute<Element>(_ elements: inout [Element], into order: [Int32]) {
        var placed = [Bool](repeating: false, count: order.count)
        elements.withUnsafeMutableBufferPointer { buffer in
            for first in order.indices where !placed[first] {
                var current = first
                while true {
                    placed[current] = true
                    let source = Int(order[current])
                    if source == first { break }
                    buffer.swapAt(current, source)
                    current = source
                }
            }
        }
    }

    /// Rebuilds a graph from what another graph's `modules`, `allStatements` and `statementEdges`
    /// held, already in graph order (a saved snapshot): nothing is sorted again.
    package init(presortedModules modules: [Module], orderedStatements: [ImportStatement], statementEdges: [Edge]) {
        var ids: [ModuleName: ModuleID] = [:]
        ids.reserveCapacity(modules.count)
        for (index, module) in modules.enumerated() { ids[module.name] = ModuleID(index) }
        self.init(sortedModules: modules, ids: ids, orderedStatements: StatementStore(orderedStatements), statementEdges: statementEdges)
    }

    /// The same from a saved snapshot whose statements are decoded only when asked for.
    package init(presortedModules modules: [Module], statements: StatementStore, statementEdges: [Edge]) {
        var ids: [ModuleName: ModuleID] = [:]
        ids.reserveCapacity(modules.count)
        for (index, module) in modules.enumerated() { ids[module.name] = ModuleID(index) }
        self.init(sortedModules: modules, ids: ids, orderedStatements: statements, statementEdges: statementEdges)
    }

    /// The edge of each statement of `allStatements`, in the same order.
    package var edgesOfStatements: [Edge] { statementEdges }

    /// Builds the adjacency from statements already in graph order.
    init(sortedModules: [Module], ids: [ModuleName: ModuleID], orderedStatements: StatementStore, statementEdges: [Edge]) {
        var edges: [Edge] = []
        var starts: [Int32] = []
        for (index, edge) in statementEdges.enumerated() where index == 0 || statementEdges[index - 1] != edge {
            edges.append(edge)
            starts.append(Int32(index))
        }
        starts.append(Int32(statementEdges.count))
        self.modules = sortedModules
        self.idByName = ids
        self.successors = Adjacency.successors(of: edges, moduleCount: sortedModules.count)
        self.predecessors = Adjacency.predecessors(of: edges, moduleCount: sortedModules.count)
        self.orderedStatements = orderedStatements
        self.statementEdges = statementEdges
        self.statementStarts = starts
        self.edgeCount = edges.count
    }

    static func statementOrder(_ lhs: ImportStatement, _ rhs: ImportStatement) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return lhs.importedFullName < rhs.importedFullName
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
    public func descendantIDs(of name: ModuleName) -> Range<ModuleID> {
        let prefix = Array(name.rawValue.utf8) + [UInt8(ascii: ".")]
        // First module whose name is >= prefix.
        var low = 0, high = modules.count
        while low < high {
            let mid = (low + high) / 2
            if modules[mid].name.rawValue.utf8.lexicographicallyPrecedes(prefix) { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < modules.count, modules[end].name.rawValue.utf8.starts(with: prefix) { end += 1 }
        return ModuleID(low)..<ModuleID(end)
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
