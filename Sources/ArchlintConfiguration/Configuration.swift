import ArchlintGraph
import ArchlintContracts

/// A loaded and validated `contracts.json`.
package struct Configuration: Sendable {
    /// The file as shown in messages (as given, or relative to the working folder when found by lookup).
    package let displayPath: String
    /// Absolute folder of the file; every path inside the file is relative to it.
    package let baseDirectory: String
    /// `exclude` globs.
    package let exclude: [String]
    /// The `python` section, when present.
    package let python: PythonSettings?
    /// The `swift` section, when present.
    package let swift: SwiftSettings?
    /// Every contract, in file order.
    package let contracts: [any Contract]
    /// Where each contract stands in the file, by id, so errors found while checking point there.
    package var contractPositions: [String: (jsonPath: String, line: Int, column: Int)] = [:]

    package init(displayPath: String, baseDirectory: String, exclude: [String], python: PythonSettings?,
                 swift: SwiftSettings?, contracts: [any Contract],
                 contractPositions: [String: (jsonPath: String, line: Int, column: Int)] = [:]) {
        self.displayPath = displayPath
        self.baseDirectory = baseDirectory
        self.exclude = exclude
        self.python = python
        self.swift = swift
        self.contracts = contracts
        self.contractPositions = contractPositions
    }

    /// `contracts.json:4:5: error: contracts[0] ("pure-domain"): message`
    package func contractError(_ id: String, _ message: String) -> String {
        guard let position = contractPositions[id] else {
            return ControlCharacters.visible("\(displayPath): error: contract \"\(id)\": \(message)")
        }
        return ControlCharacters.visible("\(displayPath):\(position.line):\(position.column): error: \(position.jsonPath) (\"\(id)\"): \(message)")
    }
}
