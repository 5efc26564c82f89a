import ArchlintContracts
import ArchlintGraph

/// What identifies an accepted import across runs: the contract it breaks and the direct import
/// (importer module -> imported module) that makes the violation, never its lines, so baselines
/// survive code moving within a file but not a different import taking the place of a known one.
package struct DirectImportKey: Hashable, Comparable, Sendable {
    /// The contract's `id`.
    package let contractID: String
    /// The module that imports.
    package let importer: ModuleName
    /// The module it imports.
    package let imported: ModuleName

    /// The key of a direct import from its parts.
    package init(contractID: String, importer: ModuleName, imported: ModuleName) {
        self.contractID = contractID
        self.importer = importer
        self.imported = imported
    }

    /// The key of `link`, the first link of a chain breaking the contract `contractID`.
    package init(contractID: String, link: ChainLink) {
        self.init(contractID: contractID, importer: link.importer, imported: link.imported)
    }

    /// The direct imports that make `violation`: the first link of each chain, once each, in
    /// chain order; a violation without chains (an undeclared module) is keyed by its two sides.
    package static func keys(of violation: Violation, contractID: String) -> [DirectImportKey] {
        guard !violation.chains.isEmpty else {
            return [DirectImportKey(contractID: contractID, importer: violation.importer, imported: violation.imported)]
        }
        var seen: Set<DirectImportKey> = []
        return violation.chains.compactMap { chain in
            guard let first = chain.first else { return nil }
            let key = DirectImportKey(contractID: contractID, link: first)
            return seen.insert(key).inserted ? key : nil
        }
    }

    /// `contract: importer -> imported`
    package var label: String { "\(contractID): \(importer) -> \(imported)" }

    package static func < (lhs: DirectImportKey, rhs: DirectImportKey) -> Bool {
        // Byte order throughout, so sorted baselines are identical on every platform.
        if lhs.contractID != rhs.contractID {
            return lhs.contractID.utf8.lexicographicallyPrecedes(rhs.contractID.utf8)
        }
        if lhs.importer != rhs.importer { return lhs.importer < rhs.importer }
        return lhs.imported < rhs.imported
    }
}
