import ArchlintContracts
import ArchlintGraph
import ArchlintReporting
import ArchlintConfigSyntax
import ArchlintConfiguration
import ArchlintFiles

/// Known violations a team accepts for now: per contract id, importer and imported, how many
/// chains broke the contract when the baseline was written. No line numbers, so moving code does
/// not invalidate it; sorted, so the file diffs cleanly.
struct Baseline: Sendable, Equatable {
    struct Entry: Hashable, Sendable, Comparable {
        let contract: String
        let importer: String
        let imported: String
        let count: Int

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.contract, lhs.importer, lhs.imported) < (rhs.contract, rhs.importer, rhs.imported)
        }

        /// `contract: importer -> imported`
        var label: String { "\(contract): \(importer) -> \(imported)" }
    }

    static let defaultFileName = "archlint-baseline.json"

    let entries: [Entry]

    init(entries: [Entry]) { self.entries = entries.sorted() }

    /// The baseline of every violation in `results`.
    init(results: [ContractResult]) {
        self.init(entries: results.flatMap { result in
            result.violations.map {
                Entry(contract: result.metadata.id, importer: $0.importer.rawValue, imported: $0.imported.rawValue,
                      count: max(1, $0.chains.count))
            }
        })
    }

    /// What the baseline makes of a run: violations it covers are suppressed; entries that no
    /// longer occur (or occur less often) are stale.
    struct Application: Sendable {
        let results: [ContractResult]
        let suppressed: Set<ViolationKey>
        let stale: [Entry]
    }

    func apply(to results: [ContractResult]) -> Application {
        var byKey: [ViolationKey: Entry] = [:]
        for entry in entries {
            byKey[ViolationKey(contractID: entry.contract, importer: ModuleName(entry.importer), imported: ModuleName(entry.imported))] = entry
        }
        var suppressed: Set<ViolationKey> = []
        var seen: [ViolationKey: Int] = [:]
        let filtered = results.map { result in
            let remaining = result.violations.filter { violation in
                let key = ViolationKey(contractID: result.metadata.id, violation: violation)
                seen[key] = max(1, violation.chains.count)
                guard let entry = byKey[key], max(1, violation.chains.count) <= entry.count else { return true }
                suppressed.insert(key)
                return false
            }
            return ContractResult(metadata: result.metadata, violations: remaining, ignoredImports: result.ignoredImports,
                                  warnings: result.warnings, errors: result.errors)
        }
        let checked = Set(results.map(\.metadata.id))
        let stale = entries.filter { entry in
            guard checked.contains(entry.contract) else { return false }
            let key = ViolationKey(contractID: entry.contract, importer: ModuleName(entry.importer), imported: ModuleName(entry.imported))
            return (seen[key] ?? 0) < entry.count
        }
        return Application(results: filtered, suppressed: suppressed, stale: stale)
    }

    // MARK: - File format

    /// The file's text: `{"version": 1, "violations": [{contract, importer, imported, count}…]}`.
    package func rendered() -> String {
        JSONWriter().render(.object([
            ("version", 1),
            ("violations", .array(entries.map { entry in
                .object([("contract", .string(entry.contract)), ("importer", .string(entry.importer)),
                         ("imported", .string(entry.imported)), ("count", .int(entry.count))])
            })),
        ]))
    }

    /// Reads a baseline file; every problem is an error naming the file (exit 2).
    static func read(path: String, displayPath: String) throws(RunError) -> Baseline {
        let bytes: [UInt8]
        switch FileContents.read(path) {
        case .success(let read): bytes = read
        case .failure(let failure): throw RunError(messages: ["\(displayPath): error: cannot read baseline: \(failure)"])
        }
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw RunError(messages: ["\(displayPath):\(error.line):\(error.column): error: invalid JSON in baseline: \(error.message)"])
        }
        var issues: [ConfigurationIssue] = []
        var entries: [Entry] = []
        if var root = ObjectReader(document, path: "", file: displayPath, issues: &issues) {
            if let version = root.integer("version", minimum: 1), version != 1 {
                root.issue("unsupported baseline version \(version); this archlint writes version 1")
            }
            if let list = root.member("violations") {
                if case .array(let elements) = list.kind {
                    for (index, element) in elements.enumerated() {
                        guard var item = ObjectReader(element, path: "violations[\(index)]", file: displayPath, issues: &issues) else { continue }
                        let contract = item.string("contract", required: true)
                        let importer = item.string("importer", required: true)
                        let imported = item.string("imported", required: true)
                        let count = item.integer("count", minimum: 1) ?? 1
                        item.rejectUnknownKeys()
                        issues += item.issues
                        if let contract, let importer, let imported {
                            entries.append(Entry(contract: contract, importer: importer, imported: imported, count: count))
                        }
                    }
                } else {
                    root.issue(at: list, path: "violations", "expected an array, found \(list.typeName)")
                }
            } else {
                root.issue("missing required key \"violations\"")
            }
            root.rejectUnknownKeys()
            issues += root.issues
        }
        guard issues.isEmpty else { throw RunError(messages: issues.map(\.description)) }
        return Baseline(entries: entries)
    }
}
