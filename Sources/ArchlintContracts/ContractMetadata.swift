/// How to react to an `ignore_imports` line that matches no import.
package enum UnmatchedIgnoreAlerting: String, Sendable, CaseIterable {
    /// The run fails with exit code 2, naming every unmatched line.
    case error
    /// A warning is printed; the contract is still checked.
    case warn
    /// Silently accepted.
    case none
}

/// What every contract type shares, as written in `contracts.json`.
package struct ContractMetadata: Sendable, Hashable {
    /// Stable identifier (`"layers"`), used by `--contract` and baselines.
    package let id: String
    /// Human-readable name shown in reports.
    package let name: String
    /// The contract type as written (`forbidden`, `layers`, …).
    package let type: String
    /// `ignore_imports` lines, removed from the graph before checking.
    package let ignoreImports: [ImportExpression]
    /// What to do with ignore lines that match nothing.
    package let unmatchedIgnoreImportsAlerting: UnmatchedIgnoreAlerting
    /// Text printed under the violations of a broken contract.
    package let brokenContractGuidance: String?
    /// What the type says in reports (from the registry, by `type`).
    package let wording: ContractWording

    package init(
        id: String,
        name: String,
        type: String,
        ignoreImports: [ImportExpression] = [],
        unmatchedIgnoreImportsAlerting: UnmatchedIgnoreAlerting = .error,
        brokenContractGuidance: String? = nil
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.ignoreImports = ignoreImports
        self.unmatchedIgnoreImportsAlerting = unmatchedIgnoreImportsAlerting
        self.brokenContractGuidance = brokenContractGuidance
        self.wording = ContractTypes.wording(for: type)
    }
}
