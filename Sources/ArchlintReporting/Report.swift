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
    /// One result per contract checked, in configuration order.
    public let results: [ContractResult]

    public init(summary: Summary, results: [ContractResult]) {
        self.summary = summary
        self.results = results
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
