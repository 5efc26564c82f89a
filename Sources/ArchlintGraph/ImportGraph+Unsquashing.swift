extension ImportGraph {
    /// A copy in which the given submodules of external packages (`requests.adapters`) are nodes
    /// of their own: every statement whose full imported name lies in one of them now imports that
    /// full name instead of the squashed top-level module. Each given name becomes a module even
    /// when nothing imports it.
    public func unsquashing(_ submodules: [ModuleName]) -> ImportGraph {
        guard !submodules.isEmpty else { return self }
        var added: [Module] = []
        for name in submodules where !contains(name) {
            let language = module(named: name.root)?.language ?? .python
            added.append(Module(name: name, language: language, kind: .external))
        }
        let statements = allStatements.map { statement -> ImportStatement in
            guard module(named: statement.imported)?.isExternal == true,
                  statement.importedFullName != statement.imported,
                  submodules.contains(where: { statement.importedFullName.isSelfOrDescendant(of: $0) })
            else { return statement }
            return ImportStatement(
                importer: statement.importer,
                imported: statement.importedFullName,
                importedFullName: statement.importedFullName,
                location: statement.location,
                isConditional: statement.isConditional,
                condition: statement.condition,
                isTypeChecking: statement.isTypeChecking,
                attributes: statement.attributes,
                accessLevel: statement.accessLevel
            )
        }
        return ImportGraph(modules: modules + added, imports: statements)
    }
}
