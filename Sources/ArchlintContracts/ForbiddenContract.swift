import ArchlintGraph

/// `forbidden`: the source modules must not import the forbidden modules, directly or (unless
/// `allow_indirect_imports`) through other modules. import-linter 2.16's semantics.
///
/// A forbidden module may be a submodule of an external package (`requests.adapters`, which
/// import-linter rejects): it is matched against the full name each statement imports.
public struct ForbiddenContract: ContractType {
    public static let typeName = "forbidden"
    public static let wording = ContractWording(
        purpose: "A forbidden contract: the source modules must not import the forbidden modules.",
        violationTemplate: "{importer} is not allowed to import {imported}:")

    public let metadata: ContractMetadata
    /// Modules that must not import the forbidden ones (`source_modules`).
    public let sourceModules: [ModuleExpression]
    /// Modules the sources must not import (`forbidden_modules`).
    public let forbiddenModules: [ModuleExpression]
    /// Only direct imports break the contract (`allow_indirect_imports`, default false).
    public let allowIndirectImports: Bool
    /// Sources and forbidden modules include their descendants (`as_packages`, default true).
    public let asPackages: Bool

    public init(
        metadata: ContractMetadata,
        sourceModules: [ModuleExpression],
        forbiddenModules: [ModuleExpression],
        allowIndirectImports: Bool = false,
        asPackages: Bool = true
    ) {
        self.metadata = metadata
        self.sourceModules = sourceModules
        self.forbiddenModules = forbiddenModules
        self.allowIndirectImports = allowIndirectImports
        self.asPackages = asPackages
    }

    public func check(_ fullGraph: ImportGraph) -> ContractResult {
        let ignored = IgnoredImports(metadata, graph: fullGraph)
        var errors = ignored.errors
        let roots = ModuleResolution.internalRoots(of: ignored.graph)
        let externalSubmodules = externalSubmodulesForbidden(in: ignored.graph, internalRoots: roots)
        let graph = externalSubmodules.isEmpty ? ignored.graph : ignored.graph.unsquashing(externalSubmodules)

        let sources = ModuleResolution.ids(of: sourceModules, in: graph, errors: &errors)
        var forbidden = Set<ImportGraph.ModuleID>()
        for expression in forbiddenModules {
            let matched = expression.matchingIDs(in: graph)
            forbidden.formUnion(matched)
            // A missing external module is simply never imported; a missing internal one is a mistake.
            if matched.isEmpty && (expression.hasWildcard || roots.contains(ModuleName(expression.text).root)) {
                errors.append(ModuleResolution.missingMessage(expression, in: graph))
            }
        }
        guard errors.isEmpty else {
            return ignored.failure(metadata, errors: errors)
        }

        var finder = ChainFinder(graph: graph)
        let forbiddenSorted = forbidden.sorted { graph.name(of: $0) < graph.name(of: $1) }
        var violations: [Violation] = []
        for source in sources {
            let sourceSet = ModuleResolution.withDescendants(source, in: graph, asPackage: asPackages)
            // One pass from the source measures what it reaches; each forbidden module's search reuses it.
            let found = finder.start(from: sourceSet)
            var reached = ModuleIDMap(expectedCount: found.count, moduleCount: graph.moduleCount)
            for id in found { reached[id] = 1 }
            for target in forbiddenSorted where !overlaps(graph.name(of: source), graph.name(of: target)) {
                let targetSet = ModuleResolution.withDescendants(target, in: graph, asPackage: asPackages)
                guard targetSet.contains(where: { reached[$0] == 1 }) else { continue }
                let chains = allowIndirectImports
                    ? directChains(from: sourceSet, to: targetSet, in: graph)
                    : finder.shortestChains(to: targetSet)
                guard !chains.isEmpty else { continue }
                let links = chains.map { graph.chainLinks($0) }.sorted(by: Self.chainOrder)
                violations.append(Violation(importer: graph.name(of: source), imported: graph.name(of: target), chains: links))
            }
        }
        // import-linter's order: by forbidden module, then source.
        violations.sort { ($0.imported, $0.importer) < ($1.imported, $1.importer) }
        return ignored.result(metadata, violations: violations)
    }

    /// Forbidden names inside an external package that the graph holds squashed (`requests.adapters`).
    private func externalSubmodulesForbidden(in graph: ImportGraph, internalRoots: Set<ModuleName>) -> [ModuleName] {
        forbiddenModules.compactMap { expression in
            let name = ModuleName(expression.text)
            guard !expression.hasWildcard, !graph.contains(name), let root = graph.module(named: name.root),
                  root.isExternal, !internalRoots.contains(name.root) else { return nil }
            return name
        }
    }

    /// Same module, or (as packages) one inside the other: import-linter skips such pairs.
    private func overlaps(_ source: ModuleName, _ target: ModuleName) -> Bool {
        source == target || (asPackages && (source.isDescendant(of: target) || target.isDescendant(of: source)))
    }

    private func directChains(from sources: [ImportGraph.ModuleID], to targets: [ImportGraph.ModuleID], in graph: ImportGraph) -> [[ImportGraph.ModuleID]] {
        let targetSet = Set(targets)
        return sources.flatMap { source in
            graph.successorIDs(of: source).filter(targetSet.contains).map { [source, $0] }
        }
    }

    /// Chains sorted as import-linter sorts them: by their module names, element by element.
    static func chainOrder(_ lhs: Chain, _ rhs: Chain) -> Bool {
        let left = [lhs[0].importer] + lhs.map(\.imported)
        let right = [rhs[0].importer] + rhs.map(\.imported)
        return left.lexicographicallyPrecedes(right)
    }
}
