import ArchlintConfigSyntax

/// Turns import-linter's options into the document `contracts.json` would hold for the same
/// checks, applying import-linter's own reading of each value: a list option written as one
/// string is a list of one, blank lines are dropped, booleans are the words `true`/`false` in
/// any case, `depth` may be a string of digits, `broken_contract_guidance` lines are joined.
/// What only import-linter decides (the defaults of `include_external_packages`, where root
/// packages are looked for) is written out, so the document means the same in archlint.
struct ImportLinterNormalizer {
    /// How issues name one path of the document in the original file (`contracts[2]` →
    /// `[importlinter:contract:layers]`).
    struct PathLabels {
        var contracts: [String] = []
        var rootPackagesKey = "root_packages"
        var sessionLabel = ""
        var format = ImportLinterFormat.ini
    }

    let file: String
    /// `PYTHONPATH`'s entries, in order, searched after the configuration's folder and `src`.
    let pythonPath: [String]
    private(set) var issues: [ConfigurationIssue] = []
    private(set) var labels = PathLabels()

    init(file: String, pythonPath: [String]) {
        self.file = file
        self.pythonPath = pythonPath
    }

    static let listOptions: Set<String> = [
        "source_modules", "forbidden_modules", "ignore_imports", "modules", "layers", "containers", "exhaustive_ignores",
        "protected_modules", "allowed_importers", "ancestors", "skip_descendants",
    ]
    static let booleanOptions: Set<String> = ["allow_indirect_imports", "as_packages", "exhaustive"]

    /// The `contracts.json`-shaped document.
    mutating func document(from options: ImportLinterOptions, format: ImportLinterFormat) -> JSONValue {
        labels.format = format
        labels.sessionLabel = options.sessionLabel
        let start = options.sessionPosition
        func at(_ position: TextPosition, _ kind: JSONValue.Kind) -> JSONValue { JSONValue(kind, line: position.line, column: position.column) }
        let session = Dictionary(options.session.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })

        var python: [JSONValue.Member] = []
        let roots = ([".", "src"] + pythonPath).map { at(start, .string($0)) }
        python.append(JSONValue.Member(key: "source_roots", value: at(start, .array(roots))))
        if let packages = session["root_packages"] {
            python.append(JSONValue.Member(key: "root_packages", value: list(packages)))
        } else if let package = session["root_package"] {
            labels.rootPackagesKey = "root_package"
            python.append(JSONValue.Member(key: "root_packages", value: list(package)))
        } else {
            issue(at: start, path: "", "missing \"root_package\" (or \"root_packages\"): the packages to check")
        }
        // import-linter takes only these two spellings as true; anything else is false.
        for key in ["include_external_packages", "exclude_type_checking_imports"] {
            python.append(JSONValue.Member(key: key, value: at(session[key].map { TextPosition(line: $0.line, column: $0.column) } ?? start,
                                                               .bool(session[key].map(Self.isTrueWord) ?? false))))
        }
        let customTypes = self.customTypes(session["contract_types"])

        var contracts: [JSONValue] = []
        for contract in options.contracts {
            var members: [JSONValue.Member] = []
            if let id = contract.defaultID, !contract.options.contains(where: { $0.key == "id" }) {
                members.append(JSONValue.Member(key: "id", value: at(contract.position, .string(id))))
            }
            var isCustom = false
            for option in contract.options {
                if option.key == "type", case .string(let type) = option.value.kind, let className = customTypes[type] {
                    let name = contract.options.first { $0.key == "name" }.flatMap { member -> String? in
                        if case .string(let text) = member.value.kind { return text }
                        return nil
                    } ?? contract.label
                    issues.append(ConfigurationIssue(
                        file: file, jsonPath: path(contract.label, "type"), line: option.value.line, column: option.value.column,
                        message: "contract \"\(name)\" has the custom type \"\(type)\" (class \(className)), which archlint cannot run: custom contract types are Python classes",
                        hint: "express it with the built-in types (forbidden, layers, independence, protected, acyclic_siblings), or keep running lint-imports for it"))
                    isCustom = true
                }
                members.append(JSONValue.Member(key: option.key, value: normalized(option, in: contract.label)))
            }
            guard !isCustom else { continue }
            labels.contracts.append(contract.label)
            contracts.append(at(contract.position, .object(members)))
        }
        return at(start, .object([
            JSONValue.Member(key: "python", value: at(start, .object(python))),
            JSONValue.Member(key: "contracts", value: at(start, .array(contracts))),
        ]))
    }

    /// `name: module.Class` entries of `contract_types`, by name.
    private func customTypes(_ value: JSONValue?) -> [String: String] {
        guard let value else { return [:] }
        var types: [String: String] = [:]
        for case .string(let entry) in elements(list(value)).map(\.kind) {
            let parts = entry.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces() }
            if parts.count == 2 { types[parts[0]] = parts[1] }
        }
        return types
    }

    private func elements(_ value: JSONValue) -> [JSONValue] {
        if case .array(let elements) = value.kind { return elements }
        return [value]
    }

    /// A contract option as its import-linter field reads it.
    private mutating func normalized(_ option: JSONValue.Member, in label: String) -> JSONValue {
        let value = option.value
        if Self.listOptions.contains(option.key) { return list(value) }
        if Self.booleanOptions.contains(option.key) {
            switch value.kind {
            case .bool: return value
            case .string(let text):
                switch text.lowercased() {
                case "true": return JSONValue(.bool(true), line: value.line, column: value.column)
                case "false": return JSONValue(.bool(false), line: value.line, column: value.column)
                default:
                    issues.append(ConfigurationIssue(file: file, jsonPath: path(label, option.key), line: value.line, column: value.column,
                                                     message: "could not read a boolean from '\(text)'; write True or False"))
                    return JSONValue(.bool(false), line: value.line, column: value.column)
                }
            default: return value
            }
        }
        switch (option.key, value.kind) {
        case ("depth", .string(let text)):
            if let number = Int(text.trimmingSpaces()) { return JSONValue(.number(Double(number)), line: value.line, column: value.column) }
            return value
        case ("broken_contract_guidance", .array(let lines)):
            let text = lines.compactMap { line -> String? in
                if case .string(let text) = line.kind { return text }
                return nil
            }.joined(separator: "\n")
            return JSONValue(.string(text), line: value.line, column: value.column)
        case ("unmatched_ignore_imports_alerting", .string(let text)):
            let stripped = text.trimmingSpaces()
            return JSONValue(.string(stripped.isEmpty ? "error" : stripped), line: value.line, column: value.column)
        default:
            return value
        }
    }

    /// A list option: one string is a list of one; blank entries are dropped.
    private func list(_ value: JSONValue) -> JSONValue {
        switch value.kind {
        case .string(let text):
            let kept = text.trimmingSpaces().isEmpty ? [] : [value]
            return JSONValue(.array(kept), line: value.line, column: value.column)
        case .array(let elements):
            let kept = elements.filter { element in
                if case .string(let text) = element.kind { return !text.trimmingSpaces().isEmpty }
                return true
            }
            return JSONValue(.array(kept), line: value.line, column: value.column)
        default:
            return value
        }
    }

    private mutating func issue(at position: TextPosition, path: String, _ message: String) {
        issues.append(ConfigurationIssue(file: file, jsonPath: self.path(labels.sessionLabel, path), line: position.line,
                                         column: position.column, message: message))
    }

    /// `[importlinter:contract:x] layers` (INI) or `tool.importlinter.contracts[0].layers` (TOML).
    func path(_ table: String, _ key: String) -> String {
        switch labels.format {
        case .ini: return key.isEmpty ? "[\(table)]" : "[\(table)] \(key)"
        case .toml: return key.isEmpty ? table : "\(table).\(key)"
        }
    }

    static func isTrueWord(_ value: JSONValue) -> Bool {
        switch value.kind {
        case .bool(let flag): return flag
        case .string(let text): return text == "True" || text == "true"
        default: return false
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and line ends (Python's `str.strip()` for ASCII).
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
