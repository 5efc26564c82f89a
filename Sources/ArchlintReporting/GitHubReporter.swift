import ArchlintContracts
import ArchlintGraph

/// `archlint check --format github`: GitHub Actions annotations, then a blank line and the text report.
///
/// Each import chain that breaks a contract is one `::error` annotation at the first import of the
/// chain (its file and first line); that is where the fix usually goes and where a pull-request
/// reviewer sees it. GitHub shows at most 10 annotations of each kind per step, so the count given
/// here includes the summary annotation; chains beyond it are counted in the summary
/// ("… and N more violations not annotated") and all of them are in the text report below.
/// Contract warnings become `::warning` annotations under the same kind of limit.
package struct GitHubReporter: Reporter {
    /// The human report printed after the annotations (in the job log).
    package let text: TextReporter
    /// Prepended with `/` to every file path: the configuration file's folder relative to the
    /// repository root (GitHub resolves `file=` against the root); empty when they are the same.
    package let pathPrefix: String
    /// Most `::error` commands written, the summary included (GitHub's per-step limit is 10).
    package let maxErrorAnnotations: Int
    /// Most `::warning` commands written (GitHub's per-step limit is 10).
    package let maxWarningAnnotations: Int

    /// A reporter writing annotations for `report`, then `text`'s rendering of it.
    package init(
        text: TextReporter = TextReporter(),
        pathPrefix: String = "",
        maxErrorAnnotations: Int = 10,
        maxWarningAnnotations: Int = 10
    ) {
        self.text = text
        self.pathPrefix = pathPrefix
        self.maxErrorAnnotations = maxErrorAnnotations
        self.maxWarningAnnotations = maxWarningAnnotations
    }

    package func render(_ report: Report) -> String {
        let broken = report.brokenCount > 0
        // The summary of a broken run is itself an error annotation and must not be the one dropped.
        let errorBudget = max(0, broken ? maxErrorAnnotations - 1 : maxErrorAnnotations)
        var commands: [WorkflowCommand] = []
        var chainCount = 0
        for result in report.results {
            for violation in result.violations {
                for chain in violation.chains {
                    chainCount += 1
                    if chainCount <= errorBudget { commands.append(annotation(chain, of: violation, in: result)) }
                }
            }
        }
        let warnings = report.results.flatMap { result in
            result.warnings.map { WorkflowCommand(name: "warning", properties: [("title", result.metadata.name)], message: $0) }
        }
        commands += warnings.prefix(maxWarningAnnotations)
        commands.append(summary(report, chains: chainCount, hiddenChains: max(0, chainCount - errorBudget),
                                hiddenWarnings: max(0, warnings.count - maxWarningAnnotations)))
        return commands.map { $0.line + "\n" }.joined() + "\n" + Self.inert(text.render(report))
    }

    private func annotation(_ chain: Chain, of violation: Violation, in result: ContractResult) -> WorkflowCommand {
        var message = result.metadata.wording.headline(violation)
        if let note = violation.note { message += "\n" + note }
        for link in chain { message += "\n" + TextReporter.describe(link) }
        if let guidance = result.metadata.brokenContractGuidance { message += "\n\n" + guidance }
        var properties: [(String, String)] = []
        if let first = chain.first {
            properties.append(("file", Self.joined(pathPrefix, first.path)))
            if let line = first.lines.first { properties.append(("line", String(line))) }
        }
        properties.append(("title", result.metadata.name))
        return WorkflowCommand(name: "error", properties: properties, message: message)
    }

    private func summary(_ report: Report, chains: Int, hiddenChains: Int, hiddenWarnings: Int) -> WorkflowCommand {
        let total = report.results.count
        var message: String
        if report.brokenCount > 0 {
            message = "\(report.brokenCount) of \(Self.count(total, "contract")) broken, \(report.keptCount) kept: "
                + "\(Self.count(chains, "violation"))."
        } else {
            message = total == 1 ? "The contract is kept." : "All \(total) contracts are kept."
        }
        if hiddenChains > 0 { message += " … and \(hiddenChains) more \(hiddenChains == 1 ? "violation" : "violations") not annotated." }
        if hiddenWarnings > 0 { message += " … and \(hiddenWarnings) more \(hiddenWarnings == 1 ? "warning" : "warnings") not annotated." }
        if hiddenChains > 0 || hiddenWarnings > 0 { message += " The report in the job log lists them all." }
        return WorkflowCommand(name: report.brokenCount > 0 ? "error" : "notice", properties: [("title", "archlint")],
                               message: message)
    }

    /// The text report, fenced with `::stop-commands::` when any part of it (a contract name, a
    /// guidance line after a CR or LF) could be taken by the runner for a workflow command. Any
    /// `::` or `##[` counts, wherever it is, which is simpler to get right than reproducing the
    /// runner's line splitting and trimming. The token is a hash of the text, so the output stays
    /// deterministic and the text cannot contain its own end marker.
    static func inert(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let risky = bytes.indices.contains { index in
            bytes[index...].starts(with: "::".utf8) || bytes[index...].starts(with: "##[".utf8)
        }
        guard risky else { return text }
        let token = "archlint-" + StableHash.hex([text])
        return "::stop-commands::\(token)\n" + text + "::\(token)::\n"
    }

    static func joined(_ prefix: String, _ path: String) -> String {
        var prefix = prefix
        while prefix.hasSuffix("/") { prefix.removeLast() }
        return prefix.isEmpty || prefix == "." ? path : prefix + "/" + path
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
