import ArchlintGraph

/// A rule about the import graph, declared in `contracts.json` and evaluated against an `ImportGraph`.
public protocol Contract: Sendable {
    /// Id, name, type and the options every contract type shares.
    var metadata: ContractMetadata { get }

    /// Evaluates the contract. Never throws: misuse found while checking (an expression that
    /// matches nothing, an unmatched ignore with `error` alerting) lands in `ContractResult.errors`.
    func check(_ graph: ImportGraph) -> ContractResult
}
