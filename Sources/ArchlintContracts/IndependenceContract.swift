import ArchlintGraph

/// `independence`: none of the modules may import another of them, directly or indirectly; a
/// chain that passes through a third of them is left to that module's own pairs. import-linter
/// 2.16's semantics (one independent layer of siblings).
package struct IndependenceContract: ContractType {
    package static let typeName = "independence"
    package static let wording = ContractWording(
        purpose: "An independence contract: the listed modules must not import each other.",
        violationTemplate: "{importer} is not allowed to import {imported} (they must stay independent):", groupsChainsByRoute: true)

    package let metadata: ContractMetadata
    /// The modules that must stay independent of each other (`modules`).
    package let modules: [ModuleExpression]

    package init(metadata: ContractMetadata, modules: [ModuleExpression]) {
        self.metadata = metadata
        self.modules = modules
    }

    package func check(_ fullGraph: ImportGraph) -> ContractResult {
        let ignored = IgnoredImports(metadata, graph: fullGraph)
        let graph = ignored.graph
        var errors = ignored.errors
        let ids = ModuleResolution.ids(of: modules, in: graph, errors: &errors)
        for (outer, inner) in LayerDependencies.overlaps(ids, in: graph) {
            errors.append("Independent modules cannot contain one another: '\(inner)' is inside '\(outer)'.")
        }
        guard errors.isEmpty else {
            return ignored.failure(metadata, errors: errors)
        }
        let level = LayerDependencies.Level(modules: ids, isIndependent: true, isClosed: false)
        var finder = ChainFinder(graph: graph)
        let violations = LayerDependencies.find(levels: [level], graph: graph, finder: &finder).map {
            Violation(importer: graph.name(of: $0.importer), imported: graph.name(of: $0.imported), chains: $0.chains.map { graph.chainLinks($0) })
        }
        return ignored.result(metadata, violations: violations)
    }
}
