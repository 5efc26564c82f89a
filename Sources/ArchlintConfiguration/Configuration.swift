import ArchlintGraph
import ArchlintContracts

/// The kinds of file a configuration can be read from.
package enum ConfigurationFormat: String, Sendable, Equatable {
    /// archlint's `contracts.json`.
    case json
    /// import-linter's INI (`setup.cfg`, `.importlinter`).
    case importLinterINI
    /// import-linter's TOML (`pyproject.toml`).
    case importLinterTOML
}

/// A loaded and validated configuration: `contracts.json`, or import-linter's files read into the same model.
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
    /// Where each string of a contract is written, by contract id and text, so an error naming a
    /// module points at the name itself.
    package var stringPositions: [String: [String: (jsonPath: String, line: Int, column: Int)]] = [:]
    /// Where each root package is named (`python.root_packages[1]`), for errors about finding it.
    package var rootPackagePositions: [String: (jsonPath: String, line: Int, column: Int)] = [:]
    /// Where each value of the language sections stands, by JSON path (`swift.packages[0]`), and
    /// the `contracts` list (`contracts`) and the document itself (`""`).
    package var settingPositions: [String: (line: Int, column: Int)] = [:]
    /// The syntax the configuration was read from.
    package var format: ConfigurationFormat = .json
    /// Lines for stderr about how the configuration was chosen (an import-linter file ignored).
    package var notices: [String] = []

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
        if let name = Self.firstQuoted(message), let position = stringPositions[id]?[name] {
            return ControlCharacters.visible("\(displayPath):\(position.line):\(position.column): error: \(position.jsonPath) (\"\(id)\"): \(message)")
        }
        guard let position = contractPositions[id] else {
            return ControlCharacters.visible("\(displayPath): error: contract \"\(id)\": \(message)")
        }
        return ControlCharacters.visible("\(displayPath):\(position.line):\(position.column): error: \(position.jsonPath) (\"\(id)\"): \(message)")
    }

    /// `FILE: error: python: root package 'x' …` from discovery, pointed at where `x` is written;
    /// `FILE: error: swift.packages[0]: …` at that setting.
    package func positioned(_ message: String) -> String {
        let prefix = "\(displayPath): error: python: root package '"
        if message.hasPrefix(prefix), let name = Self.firstQuoted(message), let position = rootPackagePositions[name] {
            return "\(displayPath):\(position.line):\(position.column): error: \(position.jsonPath): " + message.dropFirst(displayPath.count + 17)
        }
        let head = "\(displayPath): error: "
        guard message.hasPrefix(head) else { return message }
        let rest = message.dropFirst(head.count)
        // Only a setting's own path (`swift.packages[0]`), not a whole section (`python`).
        guard let colon = rest.firstIndex(of: ":"), rest[..<colon].contains(where: { $0 == "." || $0 == "[" }),
              let position = settingPositions[String(rest[..<colon])] else { return message }
        return "\(displayPath):\(position.line):\(position.column): error: " + rest
    }

    /// `FILE:LINE:COL: error: contracts: no contracts to check…`, at the `contracts` list (or the
    /// document's start when there is none).
    package var noContractsError: String {
        let position = settingPositions["contracts"] ?? settingPositions[""]
        let location = position.map { "\(displayPath):\($0.line):\($0.column)" } ?? displayPath
        return "\(location): error: contracts: no contracts to check; add at least one to \"contracts\""
    }

    /// The text between the first pair of single quotes: the module a contract's error names.
    static func firstQuoted(_ message: String) -> String? {
        guard let open = message.firstIndex(of: "'") else { return nil }
        let rest = message[message.index(after: open)...]
        guard let close = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<close])
    }
}
