import ArchlintContracts

/// A loaded and validated `contracts.json`.
struct Configuration: Sendable {
    /// The file as shown in messages (as given, or relative to the working folder when found by lookup).
    let displayPath: String
    /// Absolute folder of the file; every path inside the file is relative to it.
    let baseDirectory: String
    /// `exclude` globs.
    let exclude: [String]
    /// The `python` section, when present.
    let python: PythonSettings?
    /// The `swift` section, when present.
    let swift: SwiftSettings?
    /// Every contract, in file order.
    let contracts: [any Contract]
    /// Where each contract stands in the file, by id, so errors found while checking point there.
    var contractPositions: [String: (jsonPath: String, line: Int, column: Int)] = [:]

    /// `contracts.json:4:5: error: contracts[0] ("pure-domain"): message`
    func contractError(_ id: String, _ message: String) -> String {
        guard let position = contractPositions[id] else { return "\(displayPath): error: contract \"\(id)\": \(message)" }
        return "\(displayPath):\(position.line):\(position.column): error: \(position.jsonPath) (\"\(id)\"): \(message)"
    }
}
