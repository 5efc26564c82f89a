import ArchlintGraph

/// A contract's `ignore_imports` applied to the graph: the graph left to check, how many direct
/// imports were removed, and what to say about lines that matched nothing.
struct IgnoredImports {
    /// The graph without the ignored imports.
    package let graph: ImportGraph
    /// Distinct (importer, imported) imports removed, as import-linter counts them.
    let count: Int
    /// Unmatched lines under `warn` alerting.
    let warnings: [String]
    /// Unmatched lines under `error` alerting.
    let errors: [String]

    /// Removes every direct import matching one of the metadata's `ignore_imports` lines.
    ///
    /// A line matches an import when its importer side matches the importer and its imported side
    /// matches the imported module. For an external module (squashed to its top-level name) the
    /// imported side may also name a submodule (`requests.adapters`): then only the statements
    /// importing that full name are removed.
    init(_ metadata: ContractMetadata, graph: ImportGraph) {
        var removedEdges = Set<ImportGraph.Edge>()
        var removedStatements = Set<ImportStatement>()
        var touchedEdges = Set<ImportGraph.Edge>()
        var unmatched: [ImportExpression] = []
        for expression in metadata.ignoreImports {
            let importers = expression.importer.matchingIDs(in: graph)
            let importedIDs = Set(expression.imported.matchingIDs(in: graph))
            var matched = false
            for importer in importers {
                for imported in graph.successorIDs(of: importer) {
                    let edge = ImportGraph.Edge(importer: importer, imported: imported)
                    if importedIDs.contains(imported) {
                        removedEdges.insert(edge)
                        touchedEdges.insert(edge)
                        matched = true
                    } else if graph.module(imported).isExternal {
                        for statement in graph.statements(importer, imported)
                        where statement.importedFullName != statement.imported
                            && expression.imported.matches(statement.importedFullName) {
                            removedStatements.insert(statement)
                            touchedEdges.insert(edge)
                            matched = true
                        }
                    }
                }
            }
            if !matched && !unmatched.contains(expression) { unmatched.append(expression) }
        }
        var result = graph.removing(edges: removedEdges)
        if !removedStatements.isEmpty {
            result = result.filteringStatements { !removedStatements.contains($0) }
        }
        self.graph = result
        self.count = touchedEdges.count
        let messages = unmatched.map { "No matches for ignored import \($0)." }
        switch metadata.unmatchedIgnoreImportsAlerting {
        case .error: (warnings, errors) = ([], messages)
        case .warn: (warnings, errors) = (messages, [])
        case .none: (warnings, errors) = ([], [])
        }
    }

    /// The contract's result on the graph left after ignoring: its violations, the ignored count
    /// and the unmatched-ignore warnings every type reports the same way.
    func result(_ metadata: ContractMetadata, violations: [Violation]) -> ContractResult {
        ContractResult(metadata: metadata, violations: violations, ignoredImports: count, warnings: warnings)
    }

    /// The result of a contract that could not be checked: `errors` stop the run with exit 2.
    func failure(_ metadata: ContractMetadata, errors: [String]) -> ContractResult {
        ContractResult(metadata: metadata, violations: [], ignoredImports: count, warnings: warnings, errors: errors)
    }
}
