import ArchlintGraph

/// Turns module expressions into module ids, recording an error for each that matches nothing
/// (import-linter's wording), so a misspelt module never makes a contract silently KEPT.
enum ModuleResolution {
    /// The ids every expression matches, sorted and de-duplicated; an error per empty expression.
    static func ids(
        of expressions: [ModuleExpression],
        in graph: ImportGraph,
        errors: inout [String]
    ) -> [ImportGraph.ModuleID] {
        var ids = Set<ImportGraph.ModuleID>()
        for expression in expressions {
            let matched = expression.matchingIDs(in: graph)
            if matched.isEmpty { errors.append(missingMessage(expression)) }
            ids.formUnion(matched)
        }
        return ids.sorted()
    }

    /// `Module 'x' does not exist.` or, for wildcards, `The expression 'x' did not match any modules.`
    static func missingMessage(_ expression: ModuleExpression) -> String {
        expression.hasWildcard
            ? "The expression '\(expression)' did not match any modules."
            : "Module '\(expression)' does not exist."
    }

    /// The module and, when `asPackage`, every module inside it.
    static func withDescendants(_ id: ImportGraph.ModuleID, in graph: ImportGraph, asPackage: Bool = true) -> [ImportGraph.ModuleID] {
        guard asPackage else { return [id] }
        return [id] + Array(graph.descendantIDs(of: graph.name(of: id)))
    }

    /// Top-level names of the workspace's own modules: a missing module under one of them is a
    /// mistake, while a missing external one is simply not imported.
    static func internalRoots(of graph: ImportGraph) -> Set<ModuleName> {
        var roots = Set<ModuleName>()
        var previous: ModuleName? = nil
        for module in graph.modules where !module.isExternal {
            // Modules are sorted, so one root's modules are adjacent.
            if let previous, module.name.isSelfOrDescendant(of: previous) { continue }
            roots.insert(module.name.root)
            previous = module.name.root
        }
        return roots
    }
}
