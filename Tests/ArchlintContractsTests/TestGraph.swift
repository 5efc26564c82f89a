import ArchlintContracts
import ArchlintGraph

/// Small in-memory graphs for contract tests.
///
/// Modules are Python modules whose file is their dotted name with `/` and `.py`; every import is
/// written `"importer -> imported:line"` (`imported` may be `requests.adapters` for an external,
/// written `requests(requests.adapters)`: the squashed name, then the full name).
enum TestGraph {
    static func make(_ modules: [String], _ imports: [String]) -> ImportGraph {
        let moduleValues = modules.map { Module(name: ModuleName($0), language: .python, kind: .module, path: path($0)) }
        let statements = imports.map { text -> ImportStatement in
            let sides = text.split(separator: " -> ").map(String.init)
            let importer = sides[0]
            let target = sides[1].split(separator: ":").map(String.init)
            var imported = target[0], full = target[0]
            if let open = imported.firstIndex(of: "(") {
                full = String(imported[imported.index(after: open)..<imported.index(before: imported.endIndex)])
                imported = String(imported[..<open])
            }
            return ImportStatement(
                importer: ModuleName(importer),
                imported: ModuleName(imported),
                importedFullName: ModuleName(full),
                location: SourceLocation(path: path(importer), line: Int(target[1])!)
            )
        }
        return ImportGraph(modules: moduleValues, imports: statements)
    }

    static func path(_ module: String) -> String {
        module.split(separator: ".").joined(separator: "/") + ".py"
    }

    static func metadata(
        _ type: String,
        ignore: [String] = [],
        alerting: UnmatchedIgnoreAlerting = .error
    ) -> ContractMetadata {
        ContractMetadata(
            id: "c", name: "C", type: type,
            ignoreImports: ignore.map { ImportExpression(parsing: $0)! },
            unmatchedIgnoreImportsAlerting: alerting
        )
    }

    static func expressions(_ texts: [String]) -> [ModuleExpression] { texts.map(ModuleExpression.init) }
}

/// Compact text of a violation's chains: `a->b(3) b->c(1,2)` per chain, chains joined by ` | `.
func describe(_ violation: Violation) -> String {
    "\(violation.importer) => \(violation.imported): " + violation.chains.map { chain in
        chain.map { "\($0.importer)->\($0.imported)(\($0.lines.map(String.init).joined(separator: ",")))" }
            .joined(separator: " ")
    }.joined(separator: " | ")
}

func describe(_ result: ContractResult) -> [String] { result.violations.map(describe) }

/// Chains of a violation without lines: `a->b b->c` per chain.
func paths(_ violation: Violation) -> [String] {
    violation.chains.map { chain in chain.map { "\($0.importer)->\($0.imported)" }.joined(separator: " ") }
}

/// `importer => imported` per violation.
func pairs(_ result: ContractResult) -> [String] {
    result.violations.map { "\($0.importer) => \($0.imported)" }
}
