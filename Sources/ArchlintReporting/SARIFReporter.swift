import ArchlintContracts
import ArchlintGraph

/// `archlint check --format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
///
/// One rule per contract checked (`ruleId` = the contract id, stable while the id is). One result
/// per violation, not per chain: a result's identity is its `partialFingerprints` entry, derived
/// from the contract id, importer and imported only (no line numbers, so moving code keeps the
/// alert), and two results of one violation would share it. The result's location is the first
/// import of its first chain; every chain is one entry of `codeFlows`, one thread-flow location
/// per link. Violations in `suppressed` (the baseline) carry an external suppression, so code
/// scanning shows them as dismissed instead of as new alerts.
package struct SARIFReporter: Reporter {
    /// `tool.driver.version`.
    package let toolVersion: String
    /// `tool.driver.informationUri`, omitted when nil.
    package let informationURI: String?
    /// Violations reported as suppressed (accepted in the baseline).
    package let suppressed: Set<ViolationKey>
    /// Prepended with `/` to every path: the configuration file's folder relative to the
    /// repository root (`%SRCROOT%`); empty when they are the same.
    package let pathPrefix: String

    /// A reporter naming archlint `toolVersion`, marking the `suppressed` violations as baselined.
    package init(toolVersion: String, informationURI: String? = nil, suppressed: Set<ViolationKey> = [], pathPrefix: String = "") {
        self.toolVersion = toolVersion
        self.informationURI = informationURI
        self.suppressed = suppressed
        self.pathPrefix = pathPrefix
    }

    /// The `partialFingerprints` key; bump its version if the value's recipe ever changes.
    package static let fingerprintKey = "archlintViolation/v1"

    package func render(_ report: Report) -> String {
        var driver: [(String, JSONWriter.Value)] = [("name", "archlint"), ("version", .string(toolVersion))]
        if let informationURI { driver.append(("informationUri", .string(informationURI))) }
        driver.append(("rules", .array(report.results.map(Self.rule))))
        var results: [JSONWriter.Value] = []
        for (index, result) in report.results.enumerated() {
            for violation in result.violations { results.append(self.result(violation, of: result, ruleIndex: index)) }
        }
        let run: JSONWriter.Value = .object([
            ("tool", .object([("driver", .object(driver))])),
            ("invocations", .array([invocation(report)])),
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

    private func result(_ violation: Violation, of result: ContractResult, ruleIndex: Int) -> JSONWriter.Value {
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
        if suppressed.contains(ViolationKey(contractID: id, violation: violation)) {
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
    private func invocation(_ report: Report) -> JSONWriter.Value {
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
        if !notifications.isEmpty { members.append(("toolConfigurationNotifications", .array(notifications))) }
        return .object(members)
    }

    /// `a -> b -> c`
    private static func path(of chain: Chain) -> String {
        guard let first = chain.first else { return "" }
        return ([first.importer] + chain.map(\.imported)).map(\.rawValue).joined(separator: " -> ")
    }

    private static func text(_ text: String) -> JSONWriter.Value { .object([("text", .string(text))]) }
}
