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
    /// Sorted, de-duplicated successor ids per module.
    let successors: [[ModuleID]]
    /// Sorted, de-duplicated predecessor ids per module.
    let predecessors: [[ModuleID]]
    /// The statements behind each edge, sorted by location.
    let statementsByEdge: [Edge: [ImportStatement]]

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
    public init(modules: [Module], imports: [ImportStatement]) {
        var byName: [ModuleName: Module] = [:]
        byName.reserveCapacity(modules.count)
        for module in modules where byName[module.name] == nil { byName[module.name] = module }
        for statement in imports where byName[statement.imported] == nil {
            let language = byName[statement.importer]?.language ?? .python
            byName[statement.imported] = Module(name: statement.imported, language: language, kind: .external)
        }
        let sorted = byName.values.sorted { $0.name < $1.name }
        var ids: [ModuleName: ModuleID] = [:]
        ids.reserveCapacity(sorted.count)
        for (index, module) in sorted.enumerated() { ids[module.name] = ModuleID(index) }

        var grouped: [Edge: [ImportStatement]] = [:]
        for statement in imports {
            guard let from = ids[statement.importer], let to = ids[statement.imported] else { continue }
            grouped[Edge(importer: from, imported: to), default: []].append(statement)
        }
        self.init(sortedModules: sorted, ids: ids, statementsByEdge: grouped.mapValues { $0.sorted(by: Self.statementOrder) })
    }

    init(sortedModules: [Module], ids: [ModuleName: ModuleID], statementsByEdge: [Edge: [ImportStatement]]) {
        var successors = [[ModuleID]](repeating: [], count: sortedModules.count)
        var predecessors = [[ModuleID]](repeating: [], count: sortedModules.count)
        for edge in statementsByEdge.keys.sorted() {
            successors[Int(edge.importer)].append(edge.imported)
            predecessors[Int(edge.imported)].append(edge.importer)
        }
        for index in predecessors.indices { predecessors[index].sort() }
        self.modules = sortedModules
        self.idByName = ids
        self.successors = successors
        self.predecessors = predecessors
        self.statementsByEdge = statementsByEdge
    }

    static func statementOrder(_ lhs: ImportStatement, _ rhs: ImportStatement) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return lhs.importedFullName < rhs.importedFullName
    }

    // MARK: - Nodes

    /// Number of modules.
    public var moduleCount: Int { modules.count }

    /// Number of distinct (importer, imported) edges.
    public var edgeCount: Int { statementsByEdge.count }

    /// Number of import statements behind all edges.
    public var statementCount: Int { statementsByEdge.values.reduce(0) { $0 + $1.count } }

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
    public func successorIDs(of id: ModuleID) -> [ModuleID] { successors[Int(id)] }

    /// Predecessor ids of a module, sorted.
    public func predecessorIDs(of id: ModuleID) -> [ModuleID] { predecessors[Int(id)] }

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

    /// True when `importer` imports `imported` directly.
    public func hasEdge(_ importer: ModuleID, _ imported: ModuleID) -> Bool {
        statementsByEdge[Edge(importer: importer, imported: imported)] != nil
    }

    /// Every edge, sorted by (importer, imported) id.
    public var edges: [Edge] { statementsByEdge.keys.sorted() }

    /// The statements behind one edge, sorted by location; empty when there is no such edge.
    public func statements(_ importer: ModuleID, _ imported: ModuleID) -> [ImportStatement] {
        statementsByEdge[Edge(importer: importer, imported: imported)] ?? []
    }

    /// The statements by which `importer` imports `imported` directly, sorted by location.
    public func statements(importer: ModuleName, imported: ModuleName) -> [ImportStatement] {
        guard let from = idByName[importer], let to = idByName[imported] else { return [] }
        return statements(from, to)
    }

    /// Every statement, sorted by importer, imported, then location.
    public var allStatements: [ImportStatement] { edges.flatMap { statementsByEdge[$0]! } }

    /// A copy without the given edges (used for `ignore_imports`); modules are kept.
    public func removing(edges removed: Set<Edge>) -> ImportGraph {
        guard !removed.isEmpty else { return self }
        var kept = statementsByEdge
        for edge in removed { kept[edge] = nil }
        return ImportGraph(sortedModules: modules, ids: idByName, statementsByEdge: kept)
    }

    /// A copy keeping only the statements `isIncluded` accepts (edges left with none disappear).
    public func filteringStatements(_ isIncluded: (ImportStatement) -> Bool) -> ImportGraph {
        var kept: [Edge: [ImportStatement]] = [:]
        for (edge, statements) in statementsByEdge {
            let remaining = statements.filter(isIncluded)
            if !remaining.isEmpty { kept[edge] = remaining }
        }
        return ImportGraph(sortedModules: modules, ids: idByName, statementsByEdge: kept)
    }
}
