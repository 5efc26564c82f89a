import ArchlintContracts
import ArchlintGraph

/// Everything a reporter needs about one `archlint check` run.
package struct Report: Sendable {
    /// Counts of what was read and checked.
    package struct Summary: Sendable, Hashable {
        package let files: Int
        package let modules: Int
        package let imports: Int

        package init(files: Int, modules: Int, imports: Int) {
            self.files = files
            self.modules = modules
            self.imports = imports
        }
    }

    package let summary: Summary
    /// One result per contract checked, in configuration order (baselined violations removed).
    package let results: [ContractResult]
    /// Violations a baseline covered, left out of `results`.
    package let baselined: Set<ViolationKey>
    /// Baseline entries that no longer occur (fixed), as `contract: importer -> imported`.
    package let staleBaselineEntries: [String]

    package init(summary: Summary, results: [ContractResult], baselined: Set<ViolationKey> = [], staleBaselineEntries: [String] = []) {
        self.summary = summary
        self.results = results
        self.baselined = baselined
        self.staleBaselineEntries = staleBaselineEntries
    }

    /// Number of contracts kept.
    package var keptCount: Int { results.count { $0.status == .kept } }
    /// Number of contracts broken.
    package var brokenCount: Int { results.count { $0.status == .broken } }
}

/// Renders a `Report` into the text of one output format.
package protocol Reporter: Sendable {
    /// The whole output, ending with a newline.
    func render(_ report: Report) -> String
}
