import ArchlintContracts
import ArchlintGraph

/// `archlint check --format junit`: JUnit XML, as CI systems (GitLab, Jenkins, Azure) read test results.
///
/// One `testsuite` per contract, named after it. A broken contract has one failing `testcase` per
/// violation (`classname` = contract id; name = `importer -> imported (file:line)` of the first
/// import of its first chain), whose failure body lists every chain link by link as the text
/// report does, and whose `file` is the file of that import (from the repository root, as in
/// GitHub annotations). A kept contract has one passing `testcase` named after the contract.
/// Contract warnings go to the suite's `system-err`. `time` is the seconds the contract's check
/// took (`Report.seconds`), on its suite and on the kept test case, and their sum on
/// `testsuites`; it is left out when not measured, so fixed reports render identically.
package struct JUnitReporter: Reporter {
    /// Prepended with `/` to every `file`: the configuration folder relative to the repository root.
    package let pathPrefix: String

    /// A reporter naming files from the repository root (`pathPrefix` as in `GitHubReporter`).
    package init(pathPrefix: String = "") { self.pathPrefix = pathPrefix }

    package func render(_ report: Report) -> String {
        let tests = report.results.reduce(0) { $0 + max(1, $1.violations.count) }
        let failures = report.results.reduce(0) { $0 + $1.violations.count }
        let measured = report.results.compactMap { report.seconds[$0.metadata.id] }
        let total = measured.isEmpty ? "" : " time=\"\(Self.seconds(measured.reduce(0, +)))\""
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"archlint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\"\(total)>\n"
        for result in report.results { out += suite(result, seconds: report.seconds[result.metadata.id]) }
        out += "</testsuites>\n"
        return out
    }

    /// Seconds with millisecond precision, as JUnit readers expect (`0.012`); no Foundation formatting.
    static func seconds(_ value: Double) -> String {
        let milliseconds = Int((max(0, value) * 1000).rounded())
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    private func suite(_ result: ContractResult, seconds: Double?) -> String {
        let metadata = result.metadata
        let classname = XMLEscaping.attribute(metadata.id)
        let time = seconds.map { " time=\"\(Self.seconds($0))\"" } ?? ""
        var out = "  <testsuite name=\"\(XMLEscaping.attribute(metadata.name))\" tests=\"\(max(1, result.violations.count))\""
            + " failures=\"\(result.violations.count)\" errors=\"0\" skipped=\"0\"\(time)>\n"
        if result.violations.isEmpty {
            out += "    <testcase classname=\"\(classname)\" name=\"\(XMLEscaping.attribute(metadata.name))\"\(time)/>\n"
        }
        for violation in result.violations {
            let headline = metadata.wording.headline(violation)
            var name = "\(violation.importer) -> \(violation.imported)"
            var file = ""
            if let first = violation.chains.first?.first {
                name += " (\(first.path)" + (first.lines.first.map { ":\($0)" } ?? "") + ")"
                file = " file=\"\(XMLEscaping.attribute(GitHubReporter.joined(pathPrefix, first.path)))\""
            }
            out += "    <testcase classname=\"\(classname)\" name=\"\(XMLEscaping.attribute(name))\"\(file)>\n"
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
