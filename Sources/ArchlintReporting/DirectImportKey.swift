import ArchlintContracts
import ArchlintGraph

/// What identifies a violation across runs: its contract and its two sides, never its lines,
/// so baselines and SARIF fingerprints survive code moving within a file.
package struct ViolationKey: Hashable, Comparable, Sendable {
    /// The contract's `id`.
    package let contractID: String
    /// The violation's importer side.
    package let importer: ModuleName
    /// The violation's imported side.
    package let imported: ModuleName

    /// The key of a violation from its parts.
    package init(contractID: String, importer: ModuleName, imported: ModuleName) {
        self.contractID = contractID
        self.importer = importer
        self.imported = imported
    }

    /// The key of `violation` found by the contract with id `contractID`.
    package init(contractID: String, violation: Violation) {
        self.init(contractID: contractID, importer: violation.importer, imported: violation.imported)
    }

    package static func < (lhs: ViolationKey, rhs: ViolationKey) -> Bool {
        // Byte order throughout, so sorted baselines are identical on every platform.
        if lhs.contractID != rhs.contractID {
            return lhs.contractID.utf8.lexicographicallyPrecedes(rhs.contractID.utf8)
        }
        if lhs.importer != rhs.importer { return lhs.importer < rhs.importer }
        return lhs.imported < rhs.imported
    }
}
