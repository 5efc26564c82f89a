import ArchlintContracts
import ArchlintGraph

/// `archlint check --format json` (DESIGN §4): summary, then every contract with its violations and chains.
///
/// With a baseline, each contract lists every violation, known ones included, each with `"new"`:
/// true when one of its direct imports (first links) is not in the baseline; `status` and the
/// summary count only new ones, as the exit status does, and `stale_baseline_entries` names
/// entries that no longer apply.
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
        let contracts = zip(report.results, report.checked).map { reported, checked in
            Self.contract(reported, listing: report.baseline == nil ? reported : checked, baseline: report.baseline)
        }
        var members: [(String, JSONWriter.Value)] = [("version", 1), ("summary", summary), ("contracts", .array(contracts))]
        if let baseline = report.baseline {
            members.append(("stale_baseline_entries", .array(baseline.stale.map { .string($0) })))
        }
        return JSONWriter().render(.object(members))
    }

    /// `result`'s status and warnings with `listing`'s violations (all of them, with a baseline).
    private static func contract(_ result: ContractResult, listing: ContractResult, baseline: BaselineMarks?) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [
            ("id", .string(result.metadata.id)),
            ("name", .string(result.metadata.name)),
            ("type", .string(result.metadata.type)),
            ("status", .string(result.status.rawValue)),
            ("ignored_imports", .int(result.ignoredImports)),
            ("warnings", .array(result.warnings.map { .string($0) })),
        ]
        if let guidance = result.metadata.brokenContractGuidance { members.append(("guidance", .string(guidance))) }
        members.append(("violations", .array(listing.violations.map { item in
            violation(item, new: baseline.map { $0.isNew(item, contractID: result.metadata.id) })
        })))
        return .object(members)
    }

    private static func violation(_ violation: Violation, new: Bool?) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [
            ("importer", .string(violation.importer.rawValue)),
            ("imported", .string(violation.imported.rawValue)),
        ]
        if let new { members.append(("new", .bool(new))) }
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
