/// One problem in `contracts.json`: where it is (file, JSON path, line and column) and what is wrong.
public struct ConfigurationIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// The configuration file as the user named it or as it was found.
    public let file: String
    /// JSON path such as `contracts[2].layers[1]`; empty for the whole document.
    public let jsonPath: String
    public let line: Int?
    public let column: Int?
    public let message: String

    public init(file: String, jsonPath: String = "", line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.jsonPath = jsonPath
        self.line = line
        self.column = column
        self.message = message
    }

    /// `contracts.json:12:5: error: contracts[2].layers[1]: layer "x" is listed twice`
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        let path = jsonPath.isEmpty ? "" : "\(jsonPath): "
        return "\(location): error: \(path)\(message)"
    }
}

/// Every problem found in one configuration file; archlint reports them all at once and exits 2.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public let issues: [ConfigurationIssue]

    public init(issues: [ConfigurationIssue]) { self.issues = issues }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
