import ArchlintGraph

extension ImportGraph {
    /// The links of a chain of module ids, each with every line of its import.
    func chainLinks(_ ids: [ModuleID]) -> Chain {
        (0..<(ids.count - 1)).map { link(ids[$0], ids[$0 + 1]) }
    }

    /// One direct import with all its statement locations.
    func link(_ importer: ModuleID, _ imported: ModuleID) -> ChainLink {
        let statements = statements(importer, imported)
        let locations = Array(Set(statements.map(\.location))).sorted()
        let path = locations.first?.path ?? ""
        let lines = locations.filter { $0.path == path }.map(\.line)
        let isLazy = !statements.isEmpty && statements.allSatisfy(\.isLazy)
        return ChainLink(importer: name(of: importer), imported: name(of: imported), path: path, lines: lines, locations: locations,
                         isLazy: isLazy)
    }
}
