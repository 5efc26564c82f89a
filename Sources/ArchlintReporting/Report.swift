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
    /// One result per contract checked, in configuration order, with only what the baseline
    /// does not accept (everything without a baseline): what fails the run.
    package let results: [ContractResult]
    /// The same results with every violation, known ones included (for formats that mark them).
    package let checked: [ContractResult]
    /// The baseline's verdict on this run; nil without `--baseline`.
    package let baseline: BaselineMarks?
    /// Seconds each contract's check took, by contract id; empty when not measured.
    package let seconds: [String: Double]

    /// A report of `results` as checked; with `baseline`, `results` keeps only what is new.
    package init(summary: Summary, results: [ContractResult], baseline: BaselineMarks? = nil, seconds: [String: Double] = [:]) {
        self.summary = summary
        self.checked = results
        self.results = baseline.map { marks in results.map(marks.newOnly) } ?? results
        self.baseline = baseline
        self.seconds = seconds
    }

    /// Number of contracts kept.
    package var keptCount: Int { results.count { $0.status == .kept } }
    /// Number of contracts broken.
    package var brokenCount: Int { results.count { $0.status == .broken } }

    /// How many distinct direct imports that break a contract the baseline accepts in this run.
    package var knownImportCount: Int {
        guard let baseline else { return 0 }
        var known: Set<DirectImportKey> = []
        for result in checked {
            for violation in result.violations {
                for key in DirectImportKey.keys(of: violation, contractID: result.metadata.id) where baseline.known.contains(key) {
                    known.insert(key)
                }
            }
        }
        return known.count
    }
}

/// Renders a `Report` into the text of one output format.
package protocol Reporter: Sendable {
    /// The whole output, ending with a newline.
    func render(_ report: Report) -> String
}
