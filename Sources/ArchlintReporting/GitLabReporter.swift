import ArchlintContracts
import ArchlintGraph

/// `archlint check --format gitlab`: a GitLab Code Quality report (the JSON array GitLab reads
/// from a `codequality` report artifact and shows in merge requests).
///
/// One issue per violating import and file: the first link of each chain (the import to change),
/// at its first line in that file. Every issue has the fields GitLab requires: `description`
/// (headline and chain), `check_name` (the contract id), `fingerprint`, `severity` (`major`: a
/// broken contract), `location.path` (from the repository root, never starting with `./`) and
/// `location.lines.begin`. The fingerprint hashes the contract id, the violation's two sides,
/// the import and the file, never line numbers, so an issue keeps its identity while code moves
/// and GitLab tells fixed issues from new ones between branches. Contract warnings are `minor`
/// issues on the configuration file, line 1, as are violations without an import (an
/// undeclared module). With a baseline, only new imports are listed.
package struct GitLabReporter: Reporter {
    /// Prepended with `/` to every path: the configuration folder relative to the repository root.
    package let pathPrefix: String
    /// The configuration file, relative to its folder (`contracts.json`), for issues without a file.
    package let configurationFile: String

    /// A reporter naming files from the repository root (`pathPrefix` as in `GitHubReporter`).
    package init(pathPrefix: String = "", configurationFile: String = "contracts.json") {
        self.pathPrefix = pathPrefix
        self.configurationFile = configurationFile
    }

    package func render(_ report: Report) -> String {
        var issues: [JSONWriter.Value] = []
        for result in report.results {
            let id = result.metadata.id
            for violation in result.violations {
                let headline = XcodeReporter.withoutColon(result.metadata.wording.headline(violation))
                let sides = [id, violation.importer.rawValue, violation.imported.rawValue]
                if violation.chains.isEmpty {
                    issues.append(issue(headline, check: id, severity: "major", path: configurationFile, line: 1,
                                        fingerprint: sides))
                }
                var seen: Set<[String]> = []
                for chain in violation.chains {
                    guard let first = chain.first else { continue }
                    for location in Self.firstLinePerFile(first.locations) {
                        let identity = sides + [first.importer.rawValue, first.imported.rawValue, location.path]
                        guard seen.insert(identity).inserted else { continue }
                        issues.append(issue(headline + ": " + XcodeReporter.path(of: chain), check: id, severity: "major",
                                            path: location.path, line: location.line, fingerprint: identity))
                    }
                }
            }
            for (index, warning) in result.warnings.enumerated() {
                issues.append(issue("\(result.metadata.name): \(warning)", check: id, severity: "minor", path: configurationFile,
                                    line: 1, fingerprint: [id, "warning", String(index), warning]))
            }
        }
        return JSONWriter().render(.array(issues))
    }

    private func issue(_ description: String, check: String, severity: String, path: String, line: Int,
                       fingerprint: [String]) -> JSONWriter.Value {
        var path = GitHubReporter.joined(pathPrefix, path)
        while path.hasPrefix("./") { path.removeFirst(2) }
        return .object([
            ("description", .string(description)),
            ("check_name", .string(check)),
            ("fingerprint", .string(StableHash.hex(fingerprint) + StableHash.hex(fingerprint.reversed()))),
            ("severity", .string(severity)),
            ("location", .object([
                ("path", .string(path)),
                ("lines", .object([("begin", .int(line))])),
            ])),
        ])
    }

    /// The first location in each file, in order (locations are sorted by path, then line).
    private static func firstLinePerFile(_ locations: [SourceLocation]) -> [SourceLocation] {
        var seen: Set<String> = []
        return locations.filter { seen.insert($0.path).inserted }
    }
}
