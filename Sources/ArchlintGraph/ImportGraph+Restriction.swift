extension ImportGraph {
    /// The subgraph of the modules equal to or inside any of `roots`, with the imports among them.
    public func restricted(to roots: [ModuleName]) -> ImportGraph {
        let kept = modules.filter { module in roots.contains { module.name.isSelfOrDescendant(of: $0) } }
        let names = Set(kept.map(\.name))
        let statements = allStatements.filter { names.contains($0.importer) && names.contains($0.imported) }
        return ImportGraph(modules: kept, imports: statements)
    }
}
