import ArchlintContracts
import ArchlintGraph

/// `archlint check --format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
///
/// One rule per contract checked (`ruleId` = the contract id, stable while the id is). One result
/// per violation, not per chain: a result's identity is its `partialFingerprints` entry, derived
/// from the contract id, importer and imported only (no line numbers, so moving code keeps the
/// alert), and two results of one violation would share it. The result's location is the first
/// import of its first chain; every chain is one entry of `codeFlows`, one thread-flow location
/// per link. With a baseline, every result has a `baselineState`: `new` when one of its direct
/// imports is not in the baseline, else `unchanged`, and those also carry an external suppression,
/// so code scanning shows them as dismissed instead of as new alerts.
///
/// GitHub code scanning rejects a run with more than 25,000 results, so at most `maxResults` are
/// written (new ones first, then in report order); when some are cut, the invocation says so in
/// a `toolExecutionNotifications` entry, and `omittedCount` tells the command how many.
package struct SARIFReporter: Reporter {
    /// `tool.driver.version`.
    package let toolVersion: String
    /// `tool.driver.informationUri`, omitted when nil.
    package let informationURI: String?
    /// Prepended with `/` to every path: the configuration file's folder relative to the
    /// repository root (`%SRCROOT%`); empty when they are the same.
    package let pathPrefix: String

    /// Most results written in the run (GitHub code scanning's limit per run is 25,000).
    package let maxResults: Int

    /// GitHub code scanning's limit of results per run.
    package static let gitHubResultLimit = 25_000

    /// A reporter naming archlint `toolVersion`.
    package init(toolVersion: String, informationURI: String? = nil, pathPrefix: String = "",
                 maxResults: Int = SARIFReporter.gitHubResultLimit) {
        self.toolVersion = toolVersion
        self.informationURI = informationURI
        self.pathPrefix = pathPrefix
        self.maxResults = maxResults
    }

    /// How many results `render` leaves out of `report` because of `maxResults`.
    package func omittedCount(_ report: Report) -> Int {
        max(0, report.checked.reduce(0) { $0 + $1.violations.count } - maxResults)
    }

    /// The `partialFingerprints` key; bump its version if the value's recipe ever changes.
    package static let fingerprintKey = "archlintViolation/v1"

    package func render(_ report: Report) -> String {
        var driver: [(String, JSONWriter.Value)] = [("name", "archlint"), ("version", .string(toolVersion))]
        if let informationURI { driver.append(("informationUri", .string(informationURI))) }
        driver.append(("rules", .array(report.results.map(Self.rule))))
        // Every violation, known ones included: they are marked, not dropped.
        var candidates: [(violation: Violation, result: ContractResult, ruleIndex: Int, new: Bool)] = []
        for (index, result) in report.checked.enumerated() {
            for violation in result.violations {
                let new = report.baseline?.isNew(violation, contractID: result.metadata.id) ?? true
                candidates.append((violation, result, index, new))
            }
        }
        let omitted = max(0, candidates.count - maxResults)
        if omitted > 0 {
            // Keep what fails the run; drop known results first, then the last ones.
            let kept = Self.chosen(candidates.map(\.new), limit: maxResults)
            candidates = candidates.indices.filter { kept.contains($0) }.map { candidates[$0] }
        }
        let results: [JSONWriter.Value] = candidates.map { candidate in
            result(candidate.violation, of: candidate.result, ruleIndex: candidate.ruleIndex,
                   baselineState: report.baseline == nil ? nil : (candidate.new ? "new" : "unchanged"))
        }
        let run: JSONWriter.Value = .object([
            ("tool", .object([("driver", .object(driver))])),
            ("invocations", .array([invocation(report, omitted: omitted, total: omitted + results.count)])),
            ("results", .array(results)),
        ])
        return JSONWriter().render(.object([
            ("$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"),
            ("version", "2.1.0"),
            ("runs", .array([run])),
        ]))
    }

    private static func rule(_ result: ContractResult) -> JSONWriter.Value {
        let metadata = result.metadata
        var full = metadata.wording.purpose
        if let guidance = metadata.brokenContractGuidance { full += " " + guidance }
        let help = metadata.brokenContractGuidance
            ?? "Remove or redirect one import of each chain shown, or change the contract \"\(metadata.id)\" in the configuration."
        return .object([
            ("id", .string(metadata.id)),
            ("name", .string(SARIFRuleName.identifier(from: metadata.id))),
            ("shortDescription", text(metadata.name)),
            ("fullDescription", text(full)),
            ("help", text(help)),
            ("defaultConfiguration", .object([("level", "error")])),
            ("properties", .object([("tags", .array(["architecture", .string(metadata.type)]))])),
        ])
    }

    /// Indices of the `limit` candidates to keep: new ones first, then known ones, each in order.
    private static func chosen(_ isNew: [Bool], limit: Int) -> Set<Int> {
        let new = isNew.indices.filter { isNew[$0] }
        let known = isNew.indices.filter { !isNew[$0] }
        return Set((new + known).prefix(limit))
    }

    private func result(_ violation: Violation, of result: ContractResult, ruleIndex: Int, baselineState: String?) -> JSONWriter.Value {
        let id = result.metadata.id
        var message = result.metadata.wording.headline(violation)
        if let note = violation.note { message += "\n" + note }
        for chain in violation.chains { message += "\n" + Self.path(of: chain) }
        var members: [(String, JSONWriter.Value)] = [
            ("ruleId", .string(id)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", "error"),
            ("message", Self.text(message)),
        ]
        if let first = violation.chains.first?.first {
            members.append(("locations", .array([location(first, message: nil)])))
        }
        members.append(("codeFlows", .array(violation.chains.map { chain in
            .object([
                ("message", Self.text(Self.path(of: chain))),
                ("threadFlows", .array([.object([
                    ("locations", .array(chain.map { link in
                        .object([("location", location(link, message: "\(link.importer) -> \(link.imported)"))])
                    })),
                ])])),
            ])
        })))
        members.append(("partialFingerprints", .object([
            (Self.fingerprintKey, .string(StableHash.hex([id, violation.importer.rawValue, violation.imported.rawValue]))),
        ])))
        if let baselineState { members.append(("baselineState", .string(baselineState))) }
        if baselineState == "unchanged" {
            members.append(("suppressions", .array([.object([
                ("kind", "external"),
                ("status", "accepted"),
                ("justification", "Accepted in the archlint baseline."),
            ])])))
        }
        return .object(members)
    }

    private func location(_ link: ChainLink, message: String?) -> JSONWriter.Value {
        var physical: [(String, JSONWriter.Value)] = [
            ("artifactLocation", .object([
                ("uri", .string(URIPath.encode(GitHubReporter.joined(pathPrefix, link.path)))),
                ("uriBaseId", "%SRCROOT%"),
            ])),
        ]
        if let line = link.lines.first { physical.append(("region", .object([("startLine", .int(line))]))) }
        var members: [(String, JSONWriter.Value)] = [("physicalLocation", .object(physical))]
        if let message { members.append(("message", Self.text(message))) }
        return .object(members)
    }

    /// Contract warnings (unmatched ignores, …) are about the configuration, not the code:
    /// SARIF's place for them is the invocation's tool configuration notifications.
    private func invocation(_ report: Report, omitted: Int, total: Int) -> JSONWriter.Value {
        var notifications: [JSONWriter.Value] = []
        for (index, result) in report.results.enumerated() {
            for warning in result.warnings {
                notifications.append(.object([
                    ("level", "warning"),
                    ("message", Self.text(warning)),
                    ("associatedRule", .object([("id", .string(result.metadata.id)), ("index", .int(index))])),
                ]))
            }
        }
        var members: [(String, JSONWriter.Value)] = [("executionSuccessful", true)]
        if omitted > 0 {
            members.append(("toolExecutionNotifications", .array([.object([
                ("level", "warning"),
                ("message", Self.text(Self.truncationMessage(omitted: omitted, total: total, limit: maxResults))),
            ])])))
        }
        if !notifications.isEmpty { members.append(("toolConfigurationNotifications", .array(notifications))) }
        return .object(members)
    }

    /// What the run and stderr say when results are cut.
    package static func truncationMessage(omitted: Int, total: Int, limit: Int) -> String {
        "\(omitted) of \(total) results left out: GitHub code scanning accepts at most \(limit) in one run "
            + "(results the baseline accepts go first, then the last ones); the text and json formats list them all."
    }

    /// `a -> b -> c`
    private static func path(of chain: Chain) -> String {
        guard let first = chain.first else { return "" }
        return ([first.importer] + chain.map(\.imported)).map(\.rawValue).joined(separator: " -> ")
    }

    private static func text(_ text: String) -> JSONWriter.Value { .object([("text", .string(text))]) }
}
