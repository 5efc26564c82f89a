import ArchlintContracts
import ArchlintGraph
import ArchlintReporting
import ArchlintConfigSyntax
import ArchlintConfiguration
import ArchlintFiles

/// Known violations a team accepts for now: per contract id, each direct import that breaks it
/// (importer module -> imported module, the first link of a chain). No line numbers, so moving
/// code does not invalidate it, but a different import between the same two modules' packages is
/// new; sorted, so the file diffs cleanly.
struct Baseline: Sendable, Equatable {
    static let defaultFileName = "archlint-baseline.json"
    /// The file format this archlint writes and reads.
    static let version = 2

    let entries: [DirectImportKey]

    init(entries: [DirectImportKey]) { self.entries = Array(Set(entries)).sorted() }

    /// The baseline of every violating direct import in `results`.
    init(results: [ContractResult]) {
        self.init(entries: results.flatMap { result in
            result.violations.flatMap { DirectImportKey.keys(of: $0, contractID: result.metadata.id) }
        })
    }

    /// What the baseline makes of a run: the imports it knows (for the contracts checked), and
    /// stale entries: imports that no longer break their contract, and entries for contract ids
    /// the configuration no longer has. Entries of contracts left out by `--contract` are neither.
    func marks(for results: [ContractResult], contractIDs: Set<String>) -> BaselineMarks {
        let checked = Set(results.map(\.metadata.id))
        var occurring: Set<DirectImportKey> = []
        for result in results {
            for violation in result.violations {
                occurring.formUnion(DirectImportKey.keys(of: violation, contractID: result.metadata.id))
            }
        }
        var stale: [String] = []
        for entry in entries {
            if !contractIDs.contains(entry.contractID) {
                stale.append(entry.label + " (no contract has this id any more)")
            } else if checked.contains(entry.contractID), !occurring.contains(entry) {
                stale.append(entry.label + " (fixed)")
            }
        }
        return BaselineMarks(known: Set(entries.filter { checked.contains($0.contractID) }), stale: stale)
    }

    // MARK: - File format

    /// The file's text: `{"version": 2, "imports": [{contract, importer, imported}…]}`.
    package func rendered() -> String {
        JSONWriter().render(.object([
            ("version", .int(Self.version)),
            ("imports", .array(entries.map { entry in
                .object([("contract", .string(entry.contractID)), ("importer", .string(entry.importer.rawValue)),
                         ("imported", .string(entry.imported.rawValue))])
            })),
        ]))
    }

    /// Reads a baseline file; every problem is an error naming the file (exit 2). A version 1
    /// file (by contract and module pair) is refused: it cannot tell which imports it accepted.
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
        var entries: [DirectImportKey] = []
        if var root = ObjectReader(document, path: "", file: displayPath, issues: &issues) {
            let version = root.integer("version", minimum: 1)
            if version == 1 || (version == nil && root.member("violations") != nil) {
                throw RunError(messages: [
                    "\(displayPath): error: this baseline was written by an older archlint (version 1, by contract and "
                        + "module pair), which cannot tell which imports it accepted; regenerate it with `archlint baseline`",
                ])
            }
            if let version, version != Self.version {
                root.issue("unsupported baseline version \(version); this archlint reads and writes version \(Self.version)")
            }
            if let list = root.member("imports") {
                if case .array(let elements) = list.kind {
                    for (index, element) in elements.enumerated() {
                        guard var item = ObjectReader(element, path: "imports[\(index)]", file: displayPath, issues: &issues) else { continue }
                        let contract = item.string("contract", required: true)
                        let importer = item.string("importer", required: true)
                        let imported = item.string("imported", required: true)
                        item.rejectUnknownKeys()
                        issues += item.issues
                        if let contract, let importer, let imported {
                            entries.append(DirectImportKey(contractID: contract, importer: ModuleName(importer),
                                                           imported: ModuleName(imported)))
                        }
                    }
                } else {
                    root.issue(at: list, path: "imports", "expected an array, found \(list.typeName)")
                }
            } else {
                root.issue("missing required key \"imports\"")
            }
            root.rejectUnknownKeys()
            issues += root.issues
        }
        guard issues.isEmpty else { throw RunError(messages: issues.map(\.description)) }
        return Baseline(entries: entries)
    }
}
