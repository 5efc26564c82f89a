import ArchlintGraph

/// `acyclic_siblings`: the children of each ancestor (each child with its descendants) must not
/// depend on each other in a cycle, checked down to `depth` levels below each ancestor.
/// import-linter 2.16's semantics; a broken contract names, per package, a small set of sibling
/// dependencies whose removal would break every cycle (grimp's `nominate_cycle_breakers`).
package struct AcyclicSiblingsContract: ContractType {
    package static let typeName = "acyclic_siblings"
    package static let wording = ContractWording(
        purpose: "An acyclic_siblings contract: sibling modules must not depend on each other in a cycle.",
        violationTemplate: "{importer} depends on {imported}, closing a cycle among siblings:")

    /// import-linter's default `depth`.
    package static let defaultDepth = 10

    package let metadata: ContractMetadata
    /// Packages whose children are checked (`ancestors`).
    package let ancestors: [ModuleExpression]
    /// How many levels below each ancestor are checked too (`depth`; 0 = the ancestor's children only).
    package let depth: Int
    /// Packages not descended into, though still checked as siblings (`skip_descendants`).
    package let skipDescendants: [ModuleExpression]

    package init(metadata: ContractMetadata, ancestors: [ModuleExpression], depth: Int? = nil, skipDescendants: [ModuleExpression] = []) {
        self.metadata = metadata
        self.ancestors = ancestors
        self.depth = depth ?? Self.defaultDepth
        self.skipDescendants = skipDescendants
    }

    /// One violation per sibling dependency to remove, by package, then downstream, then upstream
    /// sibling; its chains are the module-to-module imports it stands for, one link each.
    package func check(_ fullGraph: ImportGraph) -> ContractResult {
        let ignored = IgnoredImports(metadata, graph: fullGraph)
        let graph = ignored.graph
        var errors: [String] = []
        if let overlap = Set(ancestors).intersection(skipDescendants).min(by: { $0.text < $1.text }) {
            errors.append(overlap.hasWildcard
                ? "Cannot skip descendant '\(overlap)' as the same expression is in ancestors."
                : "Cannot skip '\(overlap)' as it is also an ancestor.")
        }
        let ancestorIDs = ModuleResolution.ids(of: ancestors, in: graph, errors: &errors)
        let skipped = Set(ModuleResolution.ids(of: skipDescendants, in: graph, errors: &errors).map { graph.name(of: $0) })
        for id in ancestorIDs where graph.module(id).isExternal {
            errors.append("Cannot find children of a squashed module: '\(graph.name(of: id))' is external.")
        }
        errors += ignored.errors
        guard errors.isEmpty else {
            return ignored.failure(metadata, errors: errors)
        }
        var breakersByPackage: [ModuleName: [ImportGraph.Edge]] = [:]
        for ancestor in ancestorIDs {
            nominate(graph.name(of: ancestor), remainingDepth: depth, skipped: skipped, graph: graph, into: &breakersByPackage)
        }
        var violations: [Violation] = []
        for package in breakersByPackage.keys.sorted() {
            violations += dependencies(of: package, breakers: breakersByPackage[package]!, graph: graph)
        }
        return ignored.result(metadata, violations: violations)
    }

    private func nominate(
        _ package: ModuleName, remainingDepth: Int, skipped: Set<ModuleName>, graph: ImportGraph,
        into result: inout [ModuleName: [ImportGraph.Edge]]
    ) {
        let children = graph.children(of: package)
        guard !children.isEmpty else { return }
        if children.count >= 2 {
            let breakers = graph.nominateCycleBreakers(in: package)
            if !breakers.isEmpty { result[package] = breakers }
        }
        guard remainingDepth > 0 else { return }
        for child in children where !skipped.contains(child) {
            nominate(child, remainingDepth: remainingDepth - 1, skipped: skipped, graph: graph, into: &result)
        }
    }

    /// Groups a package's cycle breakers by the pair of its children they connect.
    private func dependencies(of package: ModuleName, breakers: [ImportGraph.Edge], graph: ImportGraph) -> [Violation] {
        let childDepth = package.depth + 1
        func child(_ id: ImportGraph.ModuleID) -> ModuleName {
            ModuleName(graph.name(of: id).segments.prefix(childDepth).joined(separator: "."))
        }
        var byPair: [[ModuleName]: [ImportGraph.Edge]] = [:]
        for edge in breakers { byPair[[child(edge.importer), child(edge.imported)], default: []].append(edge) }
        let total = byPair.count
        return byPair.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { pair in
            let edges = byPair[pair]!
            let imports = edges.count == 1 ? "1 import" : "\(edges.count) imports"
            let dependencies = total == 1 ? "the only dependency" : "one of \(total) dependencies"
            return Violation(
                importer: pair[0], imported: pair[1],
                chains: edges.map { [graph.link($0.importer, $0.imported)] }
                    .sorted { ($0[0].importer, $0[0].imported) < ($1[0].importer, $1[0].imported) },
                note: "No cycles are allowed in \(package): this is \(dependencies) whose removal would make it acyclic (\(imports)).",
                kind: .cycleBreaker
            )
        }
    }
}
