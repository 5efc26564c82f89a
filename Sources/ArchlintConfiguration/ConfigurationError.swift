import ArchlintGraph

/// One problem in `contracts.json`: where it is (file, JSON path, line and column) and what is wrong.
package struct ConfigurationIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// The configuration file as the user named it or as it was found.
    package let file: String
    /// JSON path such as `contracts[2].layers[1]`; empty for the whole document.
    package let jsonPath: String
    package let line: Int?
    package let column: Int?
    package let message: String
    /// A second line, `hint: …`, saying what to do.
    package let hint: String?

    package init(file: String, jsonPath: String = "", line: Int? = nil, column: Int? = nil, message: String, hint: String? = nil) {
        self.file = file
        self.jsonPath = jsonPath
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `contracts.json:12:5: error: contracts[2].layers[1]: layer "x" is listed twice`
    package var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        let path = jsonPath.isEmpty ? "" : "\(jsonPath): "
        let head = location.isEmpty ? "error: " : "\(location): error: "
        // Keys and values of the file may hold control characters: spelled out for the terminal.
        return ControlCharacters.visible(head + path + message) + (hint.map { "\nhint: " + ControlCharacters.visible($0) } ?? "")
    }
}

/// Every problem found in one configuration file; archlint reports them all at once and exits 2.
package struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    package let issues: [ConfigurationIssue]
    /// What of the file could still be read (its language sections and the contracts that
    /// decoded), so the run can go on far enough to report the mistakes only checking finds
    /// (a module that does not exist) beside these; nil when nothing usable remains.
    package let partial: Configuration?

    package init(issues: [ConfigurationIssue], partial: Configuration? = nil) {
        self.issues = issues
        self.partial = partial
    }

    package var description: String { issues.map(\.description).joined(separator: "\n") }
}
