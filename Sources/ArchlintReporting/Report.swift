import ArchlintContracts
import ArchlintGraph

/// Everything a reporter needs about one `archlint check` run.
public struct Report: Sendable {
    /// Counts of what was read and checked.
    public struct Summary: Sendable, Hashable {
        public let files: Int
        public let modules: Int
        public let imports: Int

        public init(files: Int, modules: Int, imports: Int) {
            self.files = files
            self.modules = modules
            self.imports = imports
        }
    }

    public let summary: Summary
    /// One result per contract checked, in configuration order (baselined violations removed).
    public let results: [ContractResult]
    /// Violations a baseline covered, left out of `results`.
    public let baselined: Set<ViolationKey>
    /// Baseline entries that no longer occur (fixed), as `contract: importer -> imported`.
    public let staleBaselineEntries: [String]

    public init(summary: Summary, results: [ContractResult], baselined: Set<ViolationKey> = [], staleBaselineEntries: [String] = []) {
        self.summary = summary
        self.results = results
        self.baselined = baselined
        self.staleBaselineEntries = staleBaselineEntries
    }

    /// Number of contracts kept.
    public var keptCount: Int { results.count { $0.status == .kept } }
    /// Number of contracts broken.
    public var brokenCount: Int { results.count { $0.status == .broken } }
}

/// Renders a `Report` into the text of one output format.
public protocol Reporter: Sendable {
    /// The whole output, ending with a newline.
    func render(_ report: Report) -> String
}
