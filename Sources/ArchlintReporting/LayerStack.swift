import ArchlintContracts
import ArchlintGraph

/// The layers of one `layers` contract inside one container (or with absolute names), resolved
/// to full module names, highest layer first: what pictures draw as ranks from top to bottom.
package struct LayerStack: Hashable, Sendable {
    /// One line of `layers`: its modules side by side.
    package struct Level: Hashable, Sendable {
        /// Full names of the layer's modules present in the graph, in the order written.
        package let members: [ModuleName]
        /// `|` (or a one-module layer): the siblings may not import each other.
        package let isIndependent: Bool

        package init(members: [ModuleName], isIndependent: Bool) {
            self.members = members
            self.isIndependent = isIndependent
        }
    }

    /// The contract's id.
    package let contractID: String
    /// The contract's name.
    package let contractName: String
    /// The container the layers lie in; nil for layers named in full.
    package let container: ModuleName?
    /// The layers, highest first; layers with no module in the graph are left out.
    package let levels: [Level]

    package init(contractID: String, contractName: String, container: ModuleName?, levels: [Level]) {
        self.contractID = contractID
        self.contractName = contractName
        self.container = container
        self.levels = levels
    }

    /// One stack per container of each contract (one for a contract without containers), in
    /// configuration order; only modules the graph holds are kept.
    package static func stacks(of contracts: [LayersContract], in graph: ImportGraph) -> [LayerStack] {
        var stacks: [LayerStack] = []
        for contract in contracts {
            var containers: [ModuleName?] = []
            if contract.containers.isEmpty { containers = [nil] }
            for expression in contract.containers {
                for name in expression.matchingModules(in: graph) where !containers.contains(name) { containers.append(name) }
            }
            for container in containers {
                let levels = contract.layers.compactMap { layer -> Level? in
                    let members = layer.members.map { member in
                        container.map { $0.appending(member.name) } ?? ModuleName(member.name)
                    }.filter { graph.contains($0) || !graph.descendantIDs(of: $0).isEmpty }
                    return members.isEmpty ? nil : Level(members: members, isIndependent: layer.isIndependent)
                }
                if levels.count > 1 {
                    stacks.append(LayerStack(contractID: contract.metadata.id, contractName: contract.metadata.name,
                                             container: container, levels: levels))
                }
            }
        }
        return stacks
    }
}
