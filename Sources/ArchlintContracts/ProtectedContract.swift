import ArchlintGraph

/// `protected`: only the allowed importers may import the protected modules directly (modules
/// inside one protected package may import each other). import-linter 2.16's semantics.
package struct ProtectedContract: ContractType {
    package static let typeName = "protected"
    package static let wording = ContractWording(
        purpose: "A protected contract: only the allowed importers may import the protected modules.",
        violationTemplate: "{importer} is not allowed to import {imported} (protected):")

    package let metadata: ContractMetadata
    /// Modules that only the allowed importers may import (`protected_modules`).
    package let protectedModules: [ModuleExpression]
    /// The only modules allowed to import them (`allowed_importers`).
    package let allowedImporters: [ModuleExpression]
    /// Protected modules and allowed importers include their descendants (`as_packages`, default true).
    package let asPackages: Bool

    package init(
        metadata: ContractMetadata,
        protectedModules: [ModuleExpression],
        allowedImporters: [ModuleExpression],
        asPackages: Bool = true
    ) {
        self.metadata = metadata
        self.protectedModules = protectedModules
        self.allowedImporters = allowedImporters
        self.asPackages = asPackages
    }

    /// One violation per illegal direct import: `importer` imports the protected `imported`;
    /// ordered by protected package (as written), then protected module, then importer.
    package func check(_ fullGraph: ImportGraph) -> ContractResult {
        let ignored = IgnoredImports(metadata, graph: fullGraph)
        let graph = ignored.graph
        var errors = ignored.errors
        var allowed = Set<ImportGraph.ModuleID>()
        for id in ModuleResolution.ids(of: allowedImporters, in: graph, errors: &errors) {
            allowed.formUnion(ModuleResolution.withDescendants(id, in: graph, asPackage: asPackages))
        }
        var topLevel: [ImportGraph.ModuleID] = []
        for expression in protectedModules {
            let matched = expression.matchingIDs(in: graph)
            if matched.isEmpty { errors.append(ModuleResolution.missingMessage(expression)) }
            topLevel += matched.filter { !topLevel.contains($0) }
        }
        guard errors.isEmpty else {
            return ignored.failure(metadata, errors: errors)
        }
        var violations: [Violation] = []
        var reported = Set<ImportGraph.Edge>()
        for top in topLevel {
            let family = ModuleResolution.withDescendants(top, in: graph, asPackage: asPackages)
            let exempt = allowed.union(family)
            for protected in family {
                // Overlapping expressions would name an import twice; it is one violation.
                for importer in graph.predecessorIDs(of: protected)
                where !exempt.contains(importer) && reported.insert(ImportGraph.Edge(importer: importer, imported: protected)).inserted {
                    violations.append(Violation(
                        importer: graph.name(of: importer), imported: graph.name(of: protected),
                        chains: [[graph.link(importer, protected)]]
                    ))
                }
            }
        }
        return ignored.result(metadata, violations: violations)
    }
}
