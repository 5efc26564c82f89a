import ArchlintGraph

/// `layers`: higher layers may import lower ones, never the reverse, even indirectly; chains that
/// pass through another layer are left to that layer's own pairs. import-linter 2.16's semantics,
/// plus closed layers (a layer that higher layers may not bypass).
package struct LayersContract: ContractType {
    package static let typeName = "layers"
    package static let wording = ContractWording(
        purpose: "A layers contract: no layer may import a layer above it.",
        violationTemplate: "{importer} is not allowed to import {imported} (a higher layer):", groupsChainsByRoute: true)

    package let metadata: ContractMetadata
    /// The layers, highest first (`layers`).
    package let layers: [Layer]
    /// Parents of the layers; the layers are checked inside each one separately (`containers`).
    package let containers: [ModuleExpression]
    /// Every child of every container must be a layer or in `exhaustiveIgnores` (`exhaustive`).
    package let exhaustive: Bool
    /// Child names exempt from `exhaustive` (`exhaustive_ignores`).
    package let exhaustiveIgnores: [String]

    package init(
        metadata: ContractMetadata,
        layers: [Layer],
        containers: [ModuleExpression] = [],
        exhaustive: Bool = false,
        exhaustiveIgnores: [String] = []
    ) {
        self.metadata = metadata
        self.layers = layers
        self.containers = containers
        self.exhaustive = exhaustive
        self.exhaustiveIgnores = exhaustiveIgnores
    }

    package func check(_ fullGraph: ImportGraph) -> ContractResult {
        let ignored = IgnoredImports(metadata, graph: fullGraph)
        let graph = ignored.graph
        var errors = ignored.errors + Self.optionErrors(layers: layers, containers: containers, exhaustive: exhaustive)
        let containerIDs = ModuleResolution.ids(of: containers, in: graph, errors: &errors)
        var levelsByContainer: [(container: ImportGraph.ModuleID?, levels: [LayerDependencies.Level])] = []
        if containers.isEmpty {
            levelsByContainer.append((nil, levels(prefix: nil, in: graph, errors: &errors)))
        }
        for container in containerIDs {
            if graph.module(container).isExternal {
                errors.append("Invalid container '\(graph.name(of: container))': a container must be a module of the workspace.")
                continue
            }
            levelsByContainer.append((container, levels(prefix: graph.name(of: container), in: graph, errors: &errors)))
        }
        for (_, levels) in levelsByContainer {
            for (outer, inner) in LayerDependencies.overlaps(levels.flatMap(\.modules), in: graph) {
                errors.append("Layers cannot contain one another: '\(inner)' is inside '\(outer)'.")
            }
        }
        guard errors.isEmpty else {
            return ignored.failure(metadata, errors: errors)
        }

        var finder = ChainFinder(graph: graph)
        var violations: [Violation] = []
        for (_, levels) in levelsByContainer {
            for dependency in LayerDependencies.find(levels: levels, graph: graph, finder: &finder) {
                let closedNote = closedLayerNote(dependency, levels: levels, graph: graph)
                violations.append(Violation(
                    importer: graph.name(of: dependency.importer),
                    imported: graph.name(of: dependency.imported),
                    chains: dependency.chains.map { graph.chainLinks($0) },
                    note: closedNote,
                    kind: closedNote == nil ? .imports : .closedLayerBypass
                ))
            }
        }
        violations.sort { ($0.importer, $0.imported) < ($1.importer, $1.imported) }
        if exhaustive { violations += undeclaredModules(containerIDs, in: graph) }
        return ignored.result(metadata, violations: violations)
    }

    /// The levels for one container (or for absolute names), missing optional layers left out and
    /// missing required ones reported in import-linter's words.
    private func levels(prefix: ModuleName?, in graph: ImportGraph, errors: inout [String]) -> [LayerDependencies.Level] {
        layers.map { layer in
            var modules: [ImportGraph.ModuleID] = []
            for member in layer.members {
                let name = prefix.map { $0.appending(member.name) } ?? ModuleName(member.name)
                if let id = graph.id(of: name) {
                    modules.append(id)
                } else if !member.isOptional {
                    errors.append(prefix.map { "Missing layer in container '\($0)': module \(name) does not exist." }
                        ?? "Missing layer '\(member.name)': module \(name) does not exist.")
                }
            }
            return LayerDependencies.Level(modules: modules, isIndependent: layer.isIndependent, isClosed: layer.isClosed)
        }
    }

    /// For a higher layer importing a lower one, which only a closed layer between them forbids:
    /// the sentence naming that closed layer (the one nearest the importer).
    private func closedLayerNote(_ dependency: LayerDependencies.Dependency, levels: [LayerDependencies.Level], graph: ImportGraph) -> String? {
        guard let from = levels.firstIndex(where: { $0.modules.contains(dependency.importer) }),
              let to = levels.firstIndex(where: { $0.modules.contains(dependency.imported) }), from + 1 < to,
              let closed = (from + 1..<to).first(where: { levels[$0].isClosed }) else { return nil }
        let layer = layers[closed].members.map(\.name).joined(separator: layers[closed].isIndependent ? " | " : " : ")
        return "\(graph.name(of: dependency.imported)) lies below the closed layer \(layer), which \(graph.name(of: dependency.importer)) may not bypass."
    }

    /// Children of the containers that no layer lists and `exhaustive_ignores` does not exempt.
    private func undeclaredModules(_ containers: [ImportGraph.ModuleID], in graph: ImportGraph) -> [Violation] {
        let declared = Set(layers.flatMap { $0.members.map(\.name) } + exhaustiveIgnores)
        var found: [Violation] = []
        for container in containers {
            let name = graph.name(of: container)
            for child in graph.children(of: name) where !declared.contains(String(child.segments.last!)) {
                found.append(Violation(
                    importer: child, imported: name, chains: [],
                    note: "\(child) is not listed as a layer (the contract is exhaustive: every child of every container must be declared).",
                    kind: .undeclaredModule
                ))
            }
        }
        return found.sorted { $0.importer < $1.importer }
    }
}
