import ArchlintContracts
import ArchlintGraph

/// `archlint check --format junit`: JUnit XML, as CI systems (GitLab, Jenkins, Azure) read test results.
///
/// One `testsuite` per contract, named after it. A broken contract has one failing `testcase` per
/// violation (`classname` = contract id; name = `importer -> imported (file:line)` of the first
/// import of its first chain), whose failure body lists every chain link by link as the text
/// report does. A kept contract has one passing `testcase` named after the contract. Contract
/// warnings go to the suite's `system-err`. No `time` attributes, so the output is deterministic.
package struct JUnitReporter: Reporter {
    /// A reporter with no options: the format has none worth varying.
    package init() {}

    package func render(_ report: Report) -> String {
        let tests = report.results.reduce(0) { $0 + max(1, $1.violations.count) }
        let failures = report.results.reduce(0) { $0 + $1.violations.count }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"archlint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\">\n"
        for result in report.results { out += suite(result) }
        out += "</testsuites>\n"
        return out
    }

    private func suite(_ result: ContractResult) -> String {
        let metadata = result.metadata
        let classname = XMLEscaping.attribute(metadata.id)
        var out = "  <testsuite name=\"\(XMLEscaping.attribute(metadata.name))\" tests=\"\(max(1, result.violations.count))\""
            + " failures=\"\(result.violations.count)\" errors=\"0\" skipped=\"0\">\n"
        if result.violations.isEmpty {
            out += "    <testcase classname=\"\(classname)\" name=\"\(XMLEscaping.attribute(metadata.name))\"/>\n"
        }
        for violation in result.violations {
            let headline = metadata.wording.headline(violation)
            var name = "\(violation.importer) -> \(violation.imported)"
            if let first = violation.chains.first?.first {
                name += " (\(first.path)" + (first.lines.first.map { ":\($0)" } ?? "") + ")"
            }
            out += "    <testcase classname=\"\(classname)\" name=\"\(XMLEscaping.attribute(name))\">\n"
            let message = headline.hasSuffix(":") ? String(headline.dropLast()) : headline
            out += "      <failure message=\"\(XMLEscaping.attribute(message))\" type=\"\(XMLEscaping.attribute(metadata.type))\">"
            out += XMLEscaping.text(body(violation, headline: headline, guidance: metadata.brokenContractGuidance))
            out += "</failure>\n"
            out += "    </testcase>\n"
        }
        if !result.warnings.isEmpty {
            let warnings = result.warnings.map { "warning: " + $0 }.joined(separator: "\n")
            out += "    <system-err>" + XMLEscaping.text(warnings) + "</system-err>\n"
        }
        out += "  </testsuite>\n"
        return out
    }

    /// The headline, the note, each chain (first link marked `- `), then the guidance.
    private func body(_ violation: Violation, headline: String, guidance: String?) -> String {
        var lines = [headline]
        if let note = violation.note { lines.append(note) }
        for chain in violation.chains {
            lines.append("")
            for (index, link) in chain.enumerated() {
                lines.append((index == 0 ? "- " : "  ") + TextReporter.describe(link))
            }
        }
        if let guidance { lines += ["", guidance] }
        return lines.joined(separator: "\n")
    }
}
