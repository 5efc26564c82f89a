import ArchlintContracts
import ArchlintGraph

/// `archlint check --format xcode`: one compiler-style line per violating import,
/// `path:line:column: error: message`, as Xcode build phases, editors' problem matchers and
/// Vim's quickfix list read them.
///
/// The import is the first link of each chain (the one to change), once per statement making it
/// (a Swift module importing another from several files gives a line for each); the column is 1,
/// as archlint does not record columns. The message is the contract's headline, the chain and
/// the contract id in brackets, on one line. Contract warnings become `warning:` lines without a
/// location. Nothing else is printed, so a kept run prints nothing. With a baseline, only new
/// imports are listed.
package struct XcodeReporter: Reporter {
    /// Prepended with `/` to every path: the configuration folder relative to the repository root.
    package let pathPrefix: String

    /// A reporter naming files from the repository root (`pathPrefix` as in `GitHubReporter`).
    package init(pathPrefix: String = "") { self.pathPrefix = pathPrefix }

    package func render(_ report: Report) -> String {
        var out = ""
        for result in report.results {
            let id = result.metadata.id
            for violation in result.violations {
                let headline = Self.oneLine(Self.withoutColon(result.metadata.wording.headline(violation)))
                if violation.chains.isEmpty { out += "error: \(headline) [\(id)]\n" }
                // One line per statement, even when several chains start with it.
                var seen: Set<SourceLocation> = []
                for chain in violation.chains {
                    guard let first = chain.first else { continue }
                    for location in first.locations where seen.insert(location).inserted {
                        let path = Self.oneLine(GitHubReporter.joined(pathPrefix, location.path))
                        out += "\(path):\(location.line):1: error: \(headline): \(Self.oneLine(Self.path(of: chain))) [\(id)]\n"
                    }
                }
            }
            for warning in result.warnings {
                out += "warning: \(Self.oneLine(result.metadata.name)): \(Self.oneLine(warning)) [\(id)]\n"
            }
        }
        return out
    }

    /// `a -> b -> c`
    static func path(of chain: Chain) -> String {
        guard let first = chain.first else { return "" }
        return ([first.importer] + chain.map(\.imported)).map(\.rawValue).joined(separator: " -> ")
    }

    /// Headlines end with a colon that introduces the chains; a one-line message goes on.
    static func withoutColon(_ headline: String) -> String {
        headline.hasSuffix(":") ? String(headline.dropLast()) : headline
    }

    /// Line breaks would end the diagnostic mid-message: they become spaces.
    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        return String(decoding: text.utf8.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self)
    }
}
