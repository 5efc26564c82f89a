import ArchlintGraph

/// Infers a layering that today's code keeps: modules ordered by their longest chain of imports
/// among each other, each placed as high as its importers allow. Modules on one level never
/// import each other, so they become independent siblings (`a | b`); modules in an import cycle
/// share a level and, having to import each other, make it non-independent (`a : b`).
enum LayerInference {
    /// Layer lines from top to bottom, for `modules` (names of one graph).
    static func layers(of modules: [ModuleName], in graph: ImportGraph, prefix: ModuleName? = nil) -> [String] {
        let members = modules.sorted()
        guard !members.isEmpty else { return [] }
        let index = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
        // Which member each graph module belongs to (itself or its enclosing member).
        func owner(_ name: ModuleName) -> Int? {
            var current: ModuleName? = name
            while let candidate = current {
                if let found = index[candidate] { return found }
                current = candidate.parent
            }
            return nil
        }
        var dependsOn = [Set<Int>](repeating: [], count: members.count)
        for edge in graph.edges {
            guard let from = owner(graph.name(of: edge.importer)), let to = owner(graph.name(of: edge.imported)), from != to else { continue }
            dependsOn[from].insert(to)
        }
        let components = StronglyConnected.components(count: members.count, successors: { Array(dependsOn[$0]).sorted() })
        var componentOf = [Int](repeating: 0, count: members.count)
        for (number, component) in components.enumerated() { for member in component { componentOf[member] = number } }
        // Components come out in reverse topological order (dependencies first): level by longest path.
        var level = [Int](repeating: 0, count: components.count)
        for (number, component) in components.enumerated() {
            for member in component {
                for dependency in dependsOn[member] where componentOf[dependency] != number {
                    level[number] = max(level[number], level[componentOf[dependency]] + 1)
                }
            }
        }
        let top = level.max() ?? 0
        // Then lift each module as high as its importers allow, so a module only the top imports
        // sits right under it (beside its peers) instead of sinking to its dependencies.
        var importersOf = [Set<Int>](repeating: [], count: components.count)
        for (number, component) in components.enumerated() {
            for member in component {
                for dependency in dependsOn[member] where componentOf[dependency] != number {
                    importersOf[componentOf[dependency]].insert(number)
                }
            }
        }
        for number in components.indices.reversed() {
            level[number] = importersOf[number].map { level[$0] - 1 }.min() ?? top
        }
        var lines: [String] = []
        for current in stride(from: top, through: 0, by: -1) {
            let groups = components.indices.filter { level[$0] == current }.map { components[$0] }
            let names = groups.flatMap { $0 }.map { display(members[$0], prefix: prefix) }.sorted()
            guard !names.isEmpty else { continue }
            let cyclic = groups.contains { $0.count > 1 }
            lines.append(names.joined(separator: cyclic ? " : " : " | "))
        }
        return lines
    }

    private static func display(_ name: ModuleName, prefix: ModuleName?) -> String {
        guard let prefix, name.isDescendant(of: prefix) else { return name.rawValue }
        return String(name.rawValue.dropFirst(prefix.rawValue.count + 1))
    }
}
