import ArchlintContracts
import ArchlintConfigSyntax
import ArchlintFiles

/// Finds, reads and validates `contracts.json`, collecting every problem of the file before failing.
package enum ConfigurationLoader {
    package static let fileName = "contracts.json"

    /// The configuration file in `directory` or its nearest parent, stopping at the repository
    /// root (a folder with `.git`); nil when there is none.
    static func locate(from directory: String) -> String? {
        var current = PathSyntax.standardized(directory)
        while true {
            let folder = current == "/" ? "" : current
            if DirectoryListing.exists(folder + "/" + fileName) { return folder + "/" + fileName }
            if DirectoryListing.exists(folder + "/.git") { return nil }
            let parent = PathSyntax.parent(current)
            if parent == current { return nil }
            current = parent
        }
    }

    /// Reads and validates the file at `path`; `displayPath` is how messages name it.
    package static func load(path: String, displayPath: String) throws(ConfigurationError) -> Configuration {
        let absolute = PathSyntax.standardized(path)
        let bytes: [UInt8]
        switch FileContents.read(absolute) {
        case .success(let read): bytes = read
        case .failure(let failure):
            throw ConfigurationError(issues: [ConfigurationIssue(file: displayPath, message: "\(failure)")])
        }
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw ConfigurationError(issues: [ConfigurationIssue(
                file: displayPath, line: error.line, column: error.column, message: "invalid JSON: \(error.message)",
                hint: startsComment(bytes, line: error.line, column: error.column)
                    ? "JSON has no comments: say it in a \"description\" field (one is allowed at the top and in every contract), or keep the contracts in pyproject.toml, where # comments work"
                    : nil)])
        }
        return try decode(document, displayPath: displayPath, baseDirectory: PathSyntax.parent(absolute))
    }

    /// Whether `//` or `/*` starts at the 1-based line and byte column.
    private static func startsComment(_ bytes: [UInt8], line: Int, column: Int) -> Bool {
        var offset = 0, currentLine = 1
        while currentLine < line, offset < bytes.count {
            if bytes[offset] == 0x0A { currentLine += 1 }
            offset += 1
        }
        if line == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset += 3 }
        offset += column - 1
        guard offset >= 0, offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "/") else { return false }
        return bytes[offset + 1] == UInt8(ascii: "/") || bytes[offset + 1] == UInt8(ascii: "*")
    }

    static func decode(_ document: JSONValue, displayPath: String, baseDirectory: String) throws(ConfigurationError) -> Configuration {
        var issues: [ConfigurationIssue] = []
        guard var root = ObjectReader(document, path: "", file: displayPath, issues: &issues) else {
            throw ConfigurationError(issues: issues)
        }
        _ = root.string("description")
        _ = root.string("$schema")
        let exclude = root.strings("exclude")?.map(\.text) ?? []
        let python = root.member("python").flatMap { decodePython($0, file: displayPath, issues: &issues) }
        let swift = root.member("swift").flatMap { decodeSwift($0, file: displayPath, issues: &issues) }
        var contracts: [any Contract] = []
        var positions: [String: (jsonPath: String, line: Int, column: Int)] = [:]
        var strings: [String: [String: (jsonPath: String, line: Int, column: Int)]] = [:]
        if let list = root.member("contracts") {
            if case .array(let elements) = list.kind {
                var ids: [String: String] = [:]
                for (index, element) in elements.enumerated() {
                    let path = "contracts[\(index)]"
                    guard let contract = ContractDecoder.decode(element, path: path, file: displayPath, issues: &issues) else { continue }
                    let id = contract.metadata.id
                    if let earlier = ids[id] {
                        issues.append(ConfigurationIssue(file: displayPath, jsonPath: "\(path).id", line: element.line, column: element.column,
                                                         message: "contract id \"\(id)\" is already used by \(earlier)"))
                    }
                    ids[id] = path
                    positions[id] = (path, element.line, element.column)
                    strings[id] = stringPositions(in: element, path: path)
                    contracts.append(contract)
                }
            } else {
                root.issue(at: list, path: "contracts", "expected an array of contracts, found \(list.typeName)")
            }
        }
        root.rejectUnknownKeys()
        issues += root.issues
        if issues.isEmpty, case .array(let elements)? = root.member("contracts")?.kind {
            issues += externalForbiddenIssues(contracts, elements: elements, python: python, file: displayPath)
        }
        var configuration = Configuration(displayPath: displayPath, baseDirectory: baseDirectory, exclude: exclude,
                                          python: python, swift: swift, contracts: contracts, contractPositions: positions)
        configuration.stringPositions = strings
        configuration.settingPositions = settingPositions(of: document)
        guard issues.isEmpty else {
            // A language section that did not decode would be taken for "detect the languages":
            // then nothing more can be checked, but otherwise the valid contracts still can.
            let sectionsUsable = (root.member("python") == nil) == (python == nil) && (root.member("swift") == nil) == (swift == nil)
            throw ConfigurationError(issues: issues.sorted(by: Self.fileOrder), partial: sectionsUsable ? configuration : nil)
        }
        if case .object(let members)? = root.member("python")?.kind,
           case .array(let packages)? = members.first(where: { $0.key == "root_packages" })?.value.kind {
            for (index, package) in packages.enumerated() {
                if case .string(let name) = package.kind {
                    configuration.rootPackagePositions[name] = ("python.root_packages[\(index)]", package.line, package.column)
                }
            }
        }
        return configuration
    }

    /// Where every value of the `python` and `swift` sections and the `contracts` list stands,
    /// by JSON path (`swift.modules.App[0]`), so errors found later point at the setting.
    private static func settingPositions(of document: JSONValue) -> [String: (line: Int, column: Int)] {
        var positions: [String: (line: Int, column: Int)] = [:]
        func walk(_ value: JSONValue, _ path: String) {
            positions[path] = (value.line, value.column)
            switch value.kind {
            case .object(let members): for member in members { walk(member.value, "\(path).\(member.key)") }
            case .array(let elements): for (index, element) in elements.enumerated() { walk(element, "\(path)[\(index)]") }
            default: break
            }
        }
        positions[""] = (document.line, document.column)
        guard case .object(let members) = document.kind else { return positions }
        for member in members where member.key == "python" || member.key == "swift" || member.key == "contracts" {
            if member.key == "contracts" { positions["contracts"] = (member.value.line, member.value.column) } else {
                walk(member.value, member.key)
            }
        }
        return positions
    }

    /// Every string option of a contract (alone or in a list), by text: its first occurrence.
    private static func stringPositions(in element: JSONValue, path: String) -> [String: (jsonPath: String, line: Int, column: Int)] {
        guard case .object(let members) = element.kind else { return [:] }
        var found: [String: (jsonPath: String, line: Int, column: Int)] = [:]
        for member in members where member.key != "name" && member.key != "id" {
            switch member.value.kind {
            case .string(let text):
                if found[text] == nil { found[text] = ("\(path).\(member.key)", member.value.line, member.value.column) }
            case .array(let elements):
                for (index, item) in elements.enumerated() {
                    if case .string(let text) = item.kind, found[text] == nil {
                        found[text] = ("\(path).\(member.key)[\(index)]", item.line, item.column)
                    }
                }
            default: break
            }
        }
        return found
    }

    /// Issues in the order they stand in the file.
    private static func fileOrder(_ lhs: ConfigurationIssue, _ rhs: ConfigurationIssue) -> Bool {
        ((lhs.line ?? 0), (lhs.column ?? 0), lhs.message) < ((rhs.line ?? 0), (rhs.column ?? 0), rhs.message)
    }

    private static func decodePython(_ value: JSONValue, file: String, issues: inout [ConfigurationIssue]) -> PythonSettings? {
        guard var reader = ObjectReader(value, path: "python", file: file, issues: &issues) else { return nil }
        var settings = PythonSettings()
        if let roots = reader.strings("source_roots", nonEmpty: true) { settings.sourceRoots = roots.map(\.text) }
        if let packages = reader.strings("root_packages", nonEmpty: true) {
            for package in packages where !isDottedIdentifier(package.text) {
                reader.issue(at: package.value, path: package.path, "\"\(package.text)\" is not a Python package name")
            }
            settings.rootPackages = packages.map(\.text)
        }
        if let flag = reader.bool("exclude_type_checking_imports") { settings.excludeTypeCheckingImports = flag }
        if let flag = reader.bool("include_external_packages") { settings.includeExternalPackages = flag }
        reader.rejectUnknownKeys()
        issues += reader.issues
        return settings
    }

    private static func decodeSwift(_ value: JSONValue, file: String, issues: inout [ConfigurationIssue]) -> SwiftSettings? {
        guard var reader = ObjectReader(value, path: "swift", file: file, issues: &issues) else { return nil }
        var settings = SwiftSettings()
        if let packages = reader.strings("packages") { settings.packages = packages.map(\.text) }
        if let modules = reader.member("modules") {
            if case .object(let members) = modules.kind {
                for member in members {
                    let path = "swift.modules.\(member.key)"
                    switch member.value.kind {
                    case .array(let folders):
                        var names: [String] = []
                        for (index, folder) in folders.enumerated() {
                            if case .string(let text) = folder.kind { names.append(text) } else {
                                reader.issue(at: folder, path: "\(path)[\(index)]", "expected a folder path string, found \(folder.typeName)")
                            }
                        }
                        settings.modules[member.key] = names
                    case .string(let folder):
                        settings.modules[member.key] = [folder]
                    default:
                        reader.issue(at: member.value, path: path, "expected an array of folders, found \(member.value.typeName)")
                    }
                }
            } else {
                reader.issue(at: modules, path: "swift.modules", "expected an object mapping module names to folders, found \(modules.typeName)")
            }
        }
        if let text = reader.string("tools_version") {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
            if (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil && $0! >= 0 }) {
                settings.toolsVersion = parts.map { $0! }
            } else {
                let value = reader.member("tools_version")!
                reader.issue(at: value, path: "swift.tools_version", "\"\(text)\" is not a Swift tools version; write it as \"5.9\" or \"6.0.1\"")
            }
        }
        reader.rejectUnknownKeys()
        issues += reader.issues
        return settings
    }

    static func isDottedIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { segment in
            guard let first = segment.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
            return segment.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
        }
    }
}
