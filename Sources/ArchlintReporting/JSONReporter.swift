import ArchlintContracts
import ArchlintGraph

/// `archlint check --format json` (DESIGN §4): summary, then every contract with its violations and chains.
package struct JSONReporter: Reporter {
    package init() {}

    package func render(_ report: Report) -> String {
        let summary: JSONWriter.Value = .object([
            ("files", .int(report.summary.files)),
            ("modules", .int(report.summary.modules)),
            ("imports", .int(report.summary.imports)),
            ("kept", .int(report.keptCount)),
            ("broken", .int(report.brokenCount)),
        ])
        let contracts = report.results.map(Self.contract)
        return JSONWriter().render(.object([("version", 1), ("summary", summary), ("contracts", .array(contracts))]))
    }

    private static func contract(_ result: ContractResult) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [
            ("id", .string(result.metadata.id)),
            ("name", .string(result.metadata.name)),
            ("type", .string(result.metadata.type)),
            ("status", .string(result.status.rawValue)),
            ("ignored_imports", .int(result.ignoredImports)),
            ("warnings", .array(result.warnings.map { .string($0) })),
        ]
        if let guidance = result.metadata.brokenContractGuidance { members.append(("guidance", .string(guidance))) }
        members.append(("violations", .array(result.violations.map(violation))))
        return .object(members)
    }

    private static func violation(_ violation: Violation) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [
            ("importer", .string(violation.importer.rawValue)),
            ("imported", .string(violation.imported.rawValue)),
        ]
        // `imports` is the common case and stays implicit, keeping DESIGN's documented shape.
        if violation.kind != .imports { members.append(("kind", .string(violation.kind.rawValue))) }
        if let note = violation.note { members.append(("note", .string(note))) }
        members.append(("chains", .array(violation.chains.map { chain in
            .array(chain.map { link in
                var members: [(String, JSONWriter.Value)] = [
                    ("importer", .string(link.importer.rawValue)),
                    ("imported", .string(link.imported.rawValue)),
                    ("path", .string(link.path)),
                    ("lines", .array(link.lines.map { .int($0) })),
                ]
                if link.isLazy { members.append(("lazy", true)) }
                return .object(members)
            })
        })))
        return .object(members)
    }
}
