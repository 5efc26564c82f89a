import ArchlintConfigSyntax
/// Reads the members of one JSON object for the configuration decoder: typed accessors that record
/// an issue (with JSON path, line and column) instead of throwing, and a final check that names
/// every key nobody asked for, with a "did you mean" suggestion.
package struct ObjectReader {
    let path: String
    let value: JSONValue
    private let members: [JSONValue.Member]
    private var known: [String] = []
    package private(set) var issues: [ConfigurationIssue] = []
    let file: String

    /// Nil (and an issue) when `value` is not an object.
    package init?(_ value: JSONValue, path: String, file: String, issues: inout [ConfigurationIssue]) {
        guard case .object(let members) = value.kind else {
            issues.append(ConfigurationIssue(file: file, jsonPath: path, line: value.line, column: value.column,
                                             message: "expected an object, found \(value.typeName)"))
            return nil
        }
        self.path = path
        self.value = value
        self.members = members
        self.file = file
    }

    func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    package mutating func issue(at value: JSONValue, path: String, _ message: String) {
        issues.append(ConfigurationIssue(file: file, jsonPath: path, line: value.line, column: value.column, message: message))
    }

    /// Records an issue against the object itself.
    package mutating func issue(_ message: String) {
        issue(at: value, path: path, message)
    }

    /// The raw member, marking the key as known.
    package mutating func member(_ key: String) -> JSONValue? {
        known.append(key)
        return members.first { $0.key == key }?.value
    }

    package mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = member(key) else {
            if required { issue("missing required key \"\(key)\"") }
            return nil
        }
        guard case .string(let text) = value.kind else {
            issue(at: value, path: childPath(key), "expected a string, found \(value.typeName)")
            return nil
        }
        return text
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = member(key) else { return nil }
        guard case .bool(let flag) = value.kind else {
            issue(at: value, path: childPath(key), "expected true or false, found \(value.typeName)")
            return nil
        }
        return flag
    }

    package mutating func integer(_ key: String, minimum: Int) -> Int? {
        guard let value = member(key) else { return nil }
        guard case .number(let number) = value.kind, number.rounded() == number, number >= Double(minimum), number < 1e9 else {
            issue(at: value, path: childPath(key), "expected a whole number of at least \(minimum), found \(value.typeName)")
            return nil
        }
        return Int(number)
    }

    /// An array of strings, with each element's value kept for positioned errors.
    mutating func strings(_ key: String, required: Bool = false, nonEmpty: Bool = false) -> [(text: String, value: JSONValue, path: String)]? {
        guard let value = member(key) else {
            if required { issue("missing required key \"\(key)\"") }
            return nil
        }
        let path = childPath(key)
        if case .string(let single) = value.kind {
            issue(at: value, path: path, "expected an array of strings, found a string (write [\"\(single)\"])")
            return nil
        }
        guard case .array(let elements) = value.kind else {
            issue(at: value, path: path, "expected an array of strings, found \(value.typeName)")
            return nil
        }
        if nonEmpty && elements.isEmpty { issue(at: value, path: path, "must not be empty") }
        var result: [(String, JSONValue, String)] = []
        for (index, element) in elements.enumerated() {
            guard case .string(let text) = element.kind else {
                issue(at: element, path: "\(path)[\(index)]", "expected a string, found \(element.typeName)")
                continue
            }
            result.append((text, element, "\(path)[\(index)]"))
        }
        return result
    }

    /// Names every key that no accessor asked for.
    package mutating func rejectUnknownKeys() {
        for member in members where !known.contains(member.key) {
            var message = "unknown key \"\(member.key)\""
            if let suggestion = NameSuggestion.closest(to: member.key, among: known) { message += "; did you mean \"\(suggestion)\"?" }
            else { message += " (known keys: \(Set(known).sorted().joined(separator: ", ")))" }
            issue(at: member.value, path: childPath(member.key), message)
        }
    }
}
