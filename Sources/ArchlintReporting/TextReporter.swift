import ArchlintContracts
import ArchlintGraph

/// The human report: a line per contract (KEPT / BROKEN), then every broken contract with each
/// violating chain, one link per line as `importer -> imported (path:line)`, then the totals.
package struct TextReporter: Reporter {
    /// Wrap KEPT/BROKEN and headings in ANSI colour.
    package let useColor: Bool

    package init(useColor: Bool = false) { self.useColor = useColor }

    package func render(_ report: Report) -> String {
        var out = ""
        let summary = report.summary
        out += "Analyzed \(summary.files) files, \(summary.modules) modules, \(summary.imports) imports.\n\n"
        let width = min(60, report.results.map { $0.metadata.name.count }.max() ?? 0)
        for result in report.results {
            let name = result.metadata.name
            let padding = String(repeating: " ", count: max(1, width - name.count + 1))
            out += name + padding + statusWord(result.status) + "\n"
        }
        let broken = report.results.filter { $0.status == .broken }
        if !broken.isEmpty {
            out += "\n" + paint("Broken contracts", .bold) + "\n" + String(repeating: "=", count: 16) + "\n"
            for result in broken { out += "\n" + section(for: result) }
        }
        let warned = report.results.filter { !$0.warnings.isEmpty }
        if !warned.isEmpty {
            out += "\n"
            for result in warned {
                for warning in result.warnings { out += "warning: \(result.metadata.name): \(warning)\n" }
            }
        }
        if !report.baselined.isEmpty {
            out += "\n\(report.baselined.count) known violation\(report.baselined.count == 1 ? "" : "s") left out by the baseline.\n"
        }
        if !report.staleBaselineEntries.isEmpty {
            out += "\nFixed since the baseline was written (remove them with `archlint baseline`):\n"
            for entry in report.staleBaselineEntries { out += "- \(entry)\n" }
        }
        out += "\nContracts: \(report.keptCount) kept, \(report.brokenCount) broken.\n"
        return out
    }

    private func section(for result: ContractResult) -> String {
        let title = "\(result.metadata.name) (\(result.metadata.id))"
        var out = paint(title, .bold) + "\n" + String(repeating: "-", count: title.count) + "\n"
        for violation in result.violations {
            out += "\n" + result.metadata.wording.headline(violation) + "\n"
            if let note = violation.note { out += note + "\n" }
            for route in Self.routes(of: violation, wording: result.metadata.wording) {
                out += "\n"
                let chain = route.chain
                for (index, link) in chain.enumerated() {
                    out += (index == 0 ? "- " : "  ") + Self.describe(link) + "\n"
                    if index == 0 { for extra in route.extraFirsts { out += "  & " + Self.describe(extra) + "\n" } }
                    if index == chain.count - 1 { for extra in route.extraLasts { out += "  & " + Self.describe(extra) + "\n" } }
                }
            }
        }
        if let guidance = result.metadata.brokenContractGuidance {
            out += "\n" + guidance + "\n"
        }
        return out
    }

    /// Chains that share their middle print as one collapsed route where the contract type says
    /// so (layers, independence, as import-linter prints them); others list every chain on its own.
    static func routes(of violation: Violation, wording: ContractWording) -> [ChainRoute] {
        if wording.groupsChainsByRoute { return violation.routes }
        return violation.chains.map { ChainRoute(chain: $0) }
    }

    /// `a.b -> c.d (src/a/b.py:3, 7)`
    static func describe(_ link: ChainLink) -> String {
        let lines = link.lines.map(String.init).joined(separator: ", ")
        return "\(link.importer) -> \(link.imported) (\(link.path):\(lines))"
    }

    private func statusWord(_ status: ContractResult.Status) -> String {
        switch status {
        case .kept: return paint("KEPT", .green)
        case .broken: return paint("BROKEN", .red)
        }
    }

    private enum Style: String {
        case bold = "1", green = "32", red = "31"
    }

    private func paint(_ text: String, _ style: Style) -> String {
        useColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
