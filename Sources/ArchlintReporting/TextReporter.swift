import ArchlintContracts
import ArchlintGraph

/// The human report: a line per contract (KEPT / BROKEN), then every broken contract with each
/// violating chain, one link per line as `importer -> imported (path:line)`, then the totals.
/// With a baseline, the first link of each chain (the import the baseline lacks) ends in `[new]`.
/// Quiet, it prints only what is broken: no header, no line per contract, nothing when all are kept.
package struct TextReporter: Reporter {
    /// Wrap KEPT/BROKEN and headings in ANSI colour.
    package let useColor: Bool
    /// `--quiet`: only broken contracts, warnings and stale baseline entries.
    package let quiet: Bool

    package init(useColor: Bool = false, quiet: Bool = false) {
        self.useColor = useColor
        self.quiet = quiet
    }

    package func render(_ report: Report) -> String {
        var out = ""
        let summary = report.summary
        if !quiet {
            out += "Analyzed \(summary.files) files, \(summary.modules) modules, \(summary.imports) imports.\n\n"
            let width = min(60, report.results.map { Self.visibleName(of: $0).count }.max() ?? 0)
            for result in report.results {
                let name = Self.visibleName(of: result)
                let padding = String(repeating: " ", count: max(1, width - name.count + 1))
                // lint-imports' count, so a team sees how much its ignore_imports still hide.
                let ignored = result.ignoredImports == 0 ? "" : " (\(result.ignoredImports) ignored import\(result.ignoredImports == 1 ? "" : "s"))"
                out += name + padding + statusWord(result.status) + ignored + "\n"
            }
        }
        let broken = report.results.filter { $0.status == .broken }
        if !broken.isEmpty {
            if !out.isEmpty { out += "\n" }
            out += paint("Broken contracts", .bold) + "\n" + String(repeating: "=", count: 16) + "\n"
            let marker = report.baseline == nil ? "" : " [new]"
            for result in broken { out += "\n" + section(for: result, marker: marker) }
        }
        let warned = report.results.filter { !$0.warnings.isEmpty }
        if !warned.isEmpty {
            out += "\n"
            for result in warned {
                for warning in result.warnings { out += "warning: \(Self.visibleName(of: result)): \(ControlCharacters.visible(warning, keepingNewlines: true))\n" }
            }
        }
        let known = report.knownImportCount
        if known > 0 && !quiet {
            out += "\n\(known) known import\(known == 1 ? "" : "s") left out by the baseline.\n"
        }
        if let stale = report.baseline?.stale, !stale.isEmpty {
            out += "\nStale baseline entries (remove them with `archlint baseline`):\n"
            for entry in stale { out += "- \(ControlCharacters.visible(entry))\n" }
        }
        if !quiet || !broken.isEmpty {
            out += "\nContracts: \(report.keptCount) kept, \(report.brokenCount) broken.\n"
        }
        // Quiet output starts with its first line, not the blank line that separates sections.
        return quiet && out.hasPrefix("\n") ? String(out.dropFirst()) : out
    }

    private func section(for result: ContractResult, marker: String) -> String {
        let title = "\(Self.visibleName(of: result)) (\(ControlCharacters.visible(result.metadata.id)))"
        var out = paint(title, .bold) + "\n" + String(repeating: "-", count: title.count) + "\n"
        for violation in result.violations {
            out += "\n" + ControlCharacters.visible(result.metadata.wording.headline(violation)) + "\n"
            if let note = violation.note { out += ControlCharacters.visible(note, keepingNewlines: true) + "\n" }
            for route in Self.routes(of: violation, wording: result.metadata.wording) {
                out += "\n"
                let chain = route.chain
                for (index, link) in chain.enumerated() {
                    out += (index == 0 ? "- " : "  ") + Self.describe(link) + (index == 0 ? marker : "") + "\n"
                    if index == 0 { for extra in route.extraFirsts { out += "  & " + Self.describe(extra) + marker + "\n" } }
                    if index == chain.count - 1 { for extra in route.extraLasts { out += "  & " + Self.describe(extra) + "\n" } }
                }
            }
        }
        if let guidance = result.metadata.brokenContractGuidance {
            out += "\n" + ControlCharacters.visible(guidance, keepingNewlines: true) + "\n"
        }
        return out
    }

    /// Chains that share their middle print as one collapsed route where the contract type says
    /// so (layers, independence, as import-linter prints them); others list every chain on its own.
    static func routes(of violation: Violation, wording: ContractWording) -> [ChainRoute] {
        if wording.groupsChainsByRoute { return violation.routes }
        return violation.chains.map { ChainRoute(chain: $0) }
    }

    /// `a.b -> c.d (src/a/b.py:3, 7)`, control characters spelled out.
    static func describe(_ link: ChainLink) -> String {
        let lines = link.lines.map(String.init).joined(separator: ", ")
        return ControlCharacters.visible("\(link.importer) -> \(link.imported) (\(link.path):\(lines))")
    }

    /// The contract's name as printed: control characters spelled out.
    static func visibleName(of result: ContractResult) -> String { ControlCharacters.visible(result.metadata.name) }

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
