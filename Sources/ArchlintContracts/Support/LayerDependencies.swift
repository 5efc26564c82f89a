import ArchlintGraph

/// grimp's `find_illegal_dependencies_for_layers` for the layers of one container: every pair of
/// layer modules that may not depend on each other, and the chains by which they still do.
///
/// A chain from one layer to another never passes through a third layer's modules. Each chain
/// found is grimp's "route": its middle, fanned in from every module of the importing layer that
/// imports the middle's first module and out to every module of the imported layer the middle's
/// last module imports. Routes are expanded here into those concrete chains, adjacent and sorted.
struct LayerDependencies {
    typealias ModuleID = ImportGraph.ModuleID

    /// One level of the layers, highest first.
    struct Level {
        /// The level's modules (each with its descendants as part of it).
        let modules: [ModuleID]
        /// Siblings may not import each other.
        let isIndependent: Bool
        /// Levels above may not import the levels below this one.
        let isClosed: Bool
    }

    /// `importer` depends on `imported` although the layers forbid it.
    struct Dependency {
        let importer: ModuleID
        let imported: ModuleID
        let chains: [[ModuleID]]
    }

    /// Layer modules containing one another (grimp refuses such layers); empty when none.
    static func overlaps(_ modules: [ModuleID], in graph: ImportGraph) -> [(ModuleName, ModuleName)] {
        let names = Set(modules).map { graph.name(of: $0) }.sorted()
        var found: [(ModuleName, ModuleName)] = []
        for outer in names {
            for inner in names where inner.isDescendant(of: outer) { found.append((outer, inner)) }
        }
        return found
    }

    /// Every illegal dependency between the levels, sorted by importer then imported name.
    static func find(levels: [Level], graph: ImportGraph, finder: inout ChainFinder) -> [Dependency] {
        let members = Dictionary(
            levels.flatMap(\.modules).map { ($0, ModuleResolution.withDescendants($0, in: graph)) },
            uniquingKeysWith: { first, _ in first }
        )
        let allLayerNodes = members.values.flatMap { $0 }
        var groupOf = ModuleIDMap(expectedCount: allLayerNodes.count, moduleCount: graph.moduleCount)
        for (module, nodes) in members { for node in nodes { groupOf[node] = module } }

        var dependencies: [Dependency] = []
        let pairs = forbiddenPairs(levels)
        for importer in pairs.keys.sorted() {
            let importerNodes = members[importer]!
            let others = allLayerNodes.filter { groupOf[$0] != importer }
            // One pass from the importer, through no other layer, tells which layers it reaches;
            // each of its pairs' searches reuses it (a chain ends at the first imported-layer module).
            let reachedGroups = Set(finder.start(from: importerNodes, blocked: others).map { groupOf[$0] })
            for imported in pairs[importer]!.sorted() where reachedGroups.contains(imported) {
                let found = finder.shortestChains(to: members[imported]!)
                let chains = routes(of: found, importer: importer, imported: imported, groupOf: groupOf, graph: graph)
                if !chains.isEmpty { dependencies.append(Dependency(importer: importer, imported: imported, chains: chains)) }
            }
        }
        return dependencies.sorted { (graph.name(of: $0.importer), graph.name(of: $0.imported)) < (graph.name(of: $1.importer), graph.name(of: $1.imported)) }
    }

    /// The (importer, imported) layer-module pairs grimp forbids, by importer.
    static func forbiddenPairs(_ levels: [Level]) -> [ModuleID: Set<ModuleID>] {
        var pairs: [ModuleID: Set<ModuleID>] = [:]
        for (index, level) in levels.enumerated() {
            for module in level.modules {
                // Lower levels may not import this one.
                for lower in levels[(index + 1)...] {
                    for other in lower.modules { pairs[other, default: []].insert(module) }
                }
                if level.isIndependent {
                    for sibling in level.modules where sibling != module { pairs[module, default: []].insert(sibling) }
                }
                // Levels above a closed level between them may not import this one.
                var closed = false
                for higher in levels[..<index].reversed() {
                    if closed { for other in higher.modules { pairs[other, default: []].insert(module) } }
                    closed = closed || higher.isClosed
                }
            }
        }
        return pairs
    }

    /// Expands grimp's routes into chains: direct imports as they are, and for each distinct middle
    /// every head → middle → tail combination, routes ordered by their first chain.
    private static func routes(
        of chains: [[ModuleID]], importer: ModuleID, imported: ModuleID, groupOf: ModuleIDMap, graph: ImportGraph
    ) -> [[ModuleID]] {
        var routes: [[[ModuleID]]] = []
        var seenMiddles = Set<[ModuleID]>()
        for chain in chains {
            if chain.count == 2 {
                routes.append([chain])
                continue
            }
            let middle = Array(chain[1..<(chain.count - 1)])
            guard seenMiddles.insert(middle).inserted else { continue }
            let heads = graph.predecessorIDs(of: middle[0]).filter { groupOf[$0] == importer }
            let tails = graph.successorIDs(of: middle[middle.count - 1]).filter { groupOf[$0] == imported }
            routes.append(heads.flatMap { head in tails.map { [head] + middle + [$0] } })
        }
        func names(_ chain: [ModuleID]) -> [ModuleName] { chain.map { graph.name(of: $0) } }
        return routes
            .map { $0.sorted { names($0).lexicographicallyPrecedes(names($1)) } }
            .sorted { names($0[0]).lexicographicallyPrecedes(names($1[0])) }
            .flatMap { $0 }
    }
}
