import ArchlintGraph

/// `declared_dependencies`: each SwiftPM target imports only what its manifest declares — its
/// `dependencies:` targets and products, and what they re-export with `@_exported import` — and
/// (unless `unused` is `none`) imports every dependency it declares. Imports under `#if` count.
/// An import is checked when it names a target of the workspace or a module of a product some
/// target declares; toolchain modules (`Foundation`, `XCTest`…) and unknown modules are not.
public struct DeclaredDependenciesContract: ContractType {
    public static let typeName = "declared_dependencies"
    public static let wording = ContractWording(
        purpose: "A declared_dependencies contract: each SwiftPM target imports exactly the targets and products its manifest declares.",
        violationTemplate: "{importer} imports {imported} without declaring it in its dependencies:")

    /// What to do with a declared dependency that no file of its target imports (`unused`).
    public enum UnusedAlerting: String, Sendable, CaseIterable {
        /// A violation: the contract is broken.
        case error
        /// A warning naming the manifest line; the contract is still kept.
        case warn
        /// Not looked for.
        case none
    }

    public let metadata: ContractMetadata
    /// The targets checked (`modules`); empty for every SwiftPM target of the workspace.
    public let modules: [ModuleExpression]
    /// `unused`: error (default), warn or none.
    public let unused: UnusedAlerting

    public init(metadata: ContractMetadata, modules: [ModuleExpression] = [], unused: UnusedAlerting = .error) {
        self.metadata = metadata
        self.modules = modules
        self.unused = unused
    }

    /// Undeclared imports first, then unused dependencies, per target in name order. `ignore_imports`
    /// removes undeclared imports; an ignored import still uses the dependency it names.
    public func check(_ fullGraph: ImportGraph) -> ContractResult {
        let ignored = IgnoredImports(metadata, graph: fullGraph)
        let graph = ignored.graph
        var errors = ignored.errors
        var targets: [ImportGraph.ModuleID]
        if modules.isEmpty {
            targets = graph.modules.indices.map { ImportGraph.ModuleID($0) }.filter { graph.module($0).declaredDependencies != nil }
            if targets.isEmpty { errors.append("No SwiftPM target to check: the workspace has no Package.swift target.") }
        } else {
            targets = ModuleResolution.ids(of: modules, in: graph, errors: &errors)
            for id in targets where graph.module(id).declaredDependencies == nil {
                errors.append("Module '\(graph.name(of: id))' is not a SwiftPM target: it declares no dependencies to check.")
            }
        }
        guard errors.isEmpty else { return ignored.failure(metadata, errors: errors) }
        let providers = DependencyProviders(fullGraph)
        var violations: [Violation] = []
        var warnings: [String] = []
        for target in targets {
            let declared = graph.module(target).declaredDependencies!
            let available = providers.available(to: graph.name(of: target), declared)
            if declared.unreadLines.isEmpty {
                violations += undeclared(target, declared, available: available, providers: providers, graph: graph)
            } else {
                let lines = declared.unreadLines.map(String.init).joined(separator: ", ")
                warnings.append("\(graph.name(of: target)): dependencies on line \(lines) of \(declared.target.path) "
                    + "could not be read; its imports are not checked for undeclared modules.")
            }
            guard unused != .none, declared.hasSwiftSources else { continue }
            for violation in self.unusedDependencies(target, declared, providers: providers, graph: fullGraph) {
                if unused == .error {
                    violations.append(violation)
                } else {
                    let link = violation.chains[0][0]
                    warnings.append("\(link.path):\(link.lines[0]): \(Self.wording.headline(violation).dropLast()).")
                }
            }
        }
        return ContractResult(metadata: metadata, violations: violations, ignoredImports: ignored.count,
                              warnings: ignored.warnings + warnings)
    }

    /// The target's imports of workspace targets and product modules that nothing it declares provides.
    private func undeclared(
        _ target: ImportGraph.ModuleID, _ declared: DeclaredDependencies, available: Set<ModuleName>,
        providers: DependencyProviders, graph: ImportGraph
    ) -> [Violation] {
        let importer = graph.name(of: target)
        var result: [Violation] = []
        for id in graph.successorIDs(of: target) {
            let imported = graph.name(of: id)
            guard id != target, !available.contains(imported), !ToolchainModules.names.contains(imported),
                  let provider = providers.provider(of: imported) else { continue }
            var byFile: [String: [Int]] = [:]
            for statement in graph.statements(target, id) { byFile[statement.location.path, default: []].append(statement.location.line) }
            let chains: [Chain] = byFile.keys.sorted { ByteOrder.precedes($0, $1) }.map { path in
                let lines = Array(Set(byFile[path]!)).sorted()
                return [ChainLink(importer: importer, imported: imported, path: path, lines: lines)]
            }
            result.append(Violation(importer: importer, imported: imported, chains: chains,
                                    note: provider.advice(for: importer, at: declared.target), kind: .undeclared))
        }
        return result
    }

    /// The target's importable dependencies none of whose modules (nor what they re-export) it imports.
    private func unusedDependencies(
        _ target: ImportGraph.ModuleID, _ declared: DeclaredDependencies, providers: DependencyProviders, graph: ImportGraph
    ) -> [Violation] {
        let importer = graph.name(of: target)
        let imported = Set(graph.directImports(of: importer))
        var result: [Violation] = []
        for dependency in declared.dependencies where dependency.isImportable {
            let reachable = providers.closure(of: dependency.modules)
            guard reachable.isDisjoint(with: imported) else { continue }
            let name = dependency.kind == .target ? (dependency.modules.first ?? ModuleName(dependency.name)) : ModuleName(dependency.name)
            let link = ChainLink(importer: importer, imported: name, path: dependency.location.path, lines: [dependency.location.line])
            result.append(Violation(importer: importer, imported: name, chains: [[link]],
                                    note: DependencyProviders.origin(of: dependency), kind: .unused))
        }
        return result
    }
}
