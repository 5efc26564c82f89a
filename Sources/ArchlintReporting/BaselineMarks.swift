import ArchlintContracts
import ArchlintGraph

/// What `check --baseline` knows about a run: the direct imports the baseline accepts, and its
/// entries that no longer occur. Reporters mark every other violating import as new.
package struct BaselineMarks: Sendable {
    /// Direct imports recorded in the baseline (for contracts checked in this run).
    package let known: Set<DirectImportKey>
    /// Entries that no longer apply, each `contract: importer -> imported (why)`, sorted.
    package let stale: [String]

    /// Marks accepting `known`, naming `stale` entries.
    package init(known: Set<DirectImportKey>, stale: [String] = []) {
        self.known = known
        self.stale = stale
    }

    /// True when the chain starting with `link` breaks `contractID` through an import the baseline lacks.
    package func isNew(_ link: ChainLink, contractID: String) -> Bool {
        !known.contains(DirectImportKey(contractID: contractID, link: link))
    }

    /// True when any direct import making `violation` is new.
    package func isNew(_ violation: Violation, contractID: String) -> Bool {
        DirectImportKey.keys(of: violation, contractID: contractID).contains { !known.contains($0) }
    }

    /// `result` with only what is new: violations with a new direct import, each keeping only
    /// the chains that start with a new one.
    package func newOnly(_ result: ContractResult) -> ContractResult {
        let id = result.metadata.id
        let violations: [Violation] = result.violations.compactMap { violation in
            guard isNew(violation, contractID: id) else { return nil }
            if violation.chains.isEmpty { return violation }
            let chains = violation.chains.filter { chain in chain.first.map { isNew($0, contractID: id) } ?? true }
            return Violation(importer: violation.importer, imported: violation.imported, chains: chains,
                             note: violation.note, kind: violation.kind)
        }
        return ContractResult(metadata: result.metadata, violations: violations, ignoredImports: result.ignoredImports,
                              warnings: result.warnings, errors: result.errors)
    }
}
