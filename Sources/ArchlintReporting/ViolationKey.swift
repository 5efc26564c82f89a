/// Identifies a violation across runs (no line numbers): contract id, importer and imported.
/// Baselines are keyed by it, and reporters use it to mark baselined (suppressed) violations.
public struct ViolationKey: Hashable, Sendable, Comparable {
    public let contractID: String
    public let importer: String
    public let imported: String

    public init(contractID: String, importer: String, imported: String) {
        self.contractID = contractID
        self.importer = importer
        self.imported = imported
    }

    public static func < (lhs: ViolationKey, rhs: ViolationKey) -> Bool {
        (lhs.contractID, lhs.importer, lhs.imported) < (rhs.contractID, rhs.importer, rhs.imported)
    }
}
