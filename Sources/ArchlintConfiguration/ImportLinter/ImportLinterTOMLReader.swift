import ArchlintConfigSyntax

/// Reads `[tool.importlinter]` and its `[[tool.importlinter.contracts]]` as import-linter's TOML
/// reader does: no section, or an empty one, means no configuration in this file.
enum ImportLinterTOMLReader {
    static let sessionLabel = "tool.importlinter"

    /// The options, or nil when the document has no non-empty `tool.importlinter` table.
    static func options(of root: TOMLTable) -> ImportLinterOptions? {
        guard let tool = root.member("tool")?.value.table, let sessionMember = tool.member("importlinter"),
              let session = sessionMember.value.table, !session.isEmpty
        else { return nil }
        var sessionOptions: [JSONValue.Member] = []
        var contracts: [ImportLinterOptions.Contract] = []
        for member in session.members {
            guard member.key == "contracts" else {
                sessionOptions.append(JSONValue.Member(key: member.key, value: json(member.value)))
                continue
            }
            // A `contracts` that is not an array of tables is handed on whole, to be refused by name.
            guard let elements = member.value.array, elements.allSatisfy({ $0.table != nil }) else {
                sessionOptions.append(JSONValue.Member(key: member.key, value: json(member.value)))
                continue
            }
            for (index, element) in elements.enumerated() {
                let table = element.table!
                contracts.append(ImportLinterOptions.Contract(
                    label: "\(sessionLabel).contracts[\(index)]", defaultID: nil, position: element.position,
                    options: table.members.map { JSONValue.Member(key: $0.key, value: json($0.value)) }))
            }
        }
        return ImportLinterOptions(sessionLabel: sessionLabel, sessionPosition: sessionMember.value.position,
                                   session: sessionOptions, contracts: contracts)
    }

    /// A TOML value in the JSON shape the decoder reads; dates, which no option takes, become
    /// their text so the option that holds one is refused with its type named.
    static func json(_ value: TOMLValue) -> JSONValue {
        let position = value.position
        let kind: JSONValue.Kind
        switch value.kind {
        case .table(let table):
            kind = .object(table.members.map { JSONValue.Member(key: $0.key, value: json($0.value)) })
        case .array(let elements): kind = .array(elements.map(json))
        case .string(let text): kind = .string(text)
        case .integer(let number): kind = .number(Double(number))
        case .float(let number): kind = .number(number)
        case .bool(let flag): kind = .bool(flag)
        case .dateTime: kind = .null
        }
        return JSONValue(kind, line: position.line, column: position.column)
    }
}
