import ArchlintConfigSyntax
import ArchlintFiles

/// What `archlint migrate` writes: the `contracts.json` document that checks exactly what an
/// import-linter configuration checks (ids, names, order and options kept; import-linter's
/// defaults written out), and where that configuration is.
package struct ImportLinterMigration {
    /// The import-linter file, as the process opens it.
    package let sourcePath: String
    /// How messages name it.
    package let displayPath: String
    /// The equivalent `contracts.json`, every contract with its id.
    package let document: JSONValue

    /// Reads the import-linter configuration `source` names (`--config`) or finds (from the
    /// working folder up, `contracts.json` not considered), validated as `check` would.
    package static func prepare(_ source: ConfigurationSource) throws(ConfigurationError) -> ImportLinterMigration {
        let display = { (path: String) in PathSyntax.relative(path, to: source.workingDirectory) }
        let found: ImportLinterLoader.Found
        let displayPath: String
        if let explicit = source.explicitPath {
            let path = explicit.hasPrefix("/") ? explicit : source.workingDirectory + "/" + explicit
            let format = ImportLinterFormat.of(fileName: String(path.split(separator: "/").last ?? ""))
            guard DirectoryListing.isFile(path), let options = try ImportLinterLoader.read(path: path, displayPath: explicit, format: format) else {
                throw ConfigurationError(issues: [ConfigurationIssue(file: explicit, message: "holds no import-linter configuration")])
            }
            found = ImportLinterLoader.Found(path: path, format: format, options: options)
            displayPath = explicit
        } else {
            var current = PathSyntax.standardized(source.workingDirectory)
            var located: ImportLinterLoader.Found?
            while located == nil {
                located = try ImportLinterLoader.locate(in: current, displayPath: display)
                if located != nil || DirectoryListing.exists((current == "/" ? "" : current) + "/.git") { break }
                let parent = PathSyntax.parent(current)
                if parent == current { break }
                current = parent
            }
            guard let located else {
                throw ConfigurationError(issues: [ConfigurationIssue(
                    file: "", message: "no import-linter configuration ([importlinter] in setup.cfg or .importlinter, [tool.importlinter] in pyproject.toml) in \(source.workingDirectory) or its parent folders up to the repository root")])
            }
            found = located
            displayPath = display(located.path)
        }
        let converted = try ImportLinterLoader.document(found, displayPath: displayPath, pythonPath: source.pythonPathEntries)
        // Validated as `check` reads it, so the file written is one `check` accepts.
        let configuration = try ImportLinterLoader.configuration(found, displayPath: displayPath, pythonPath: source.pythonPathEntries)
        return ImportLinterMigration(sourcePath: found.path, displayPath: displayPath,
                                     document: withIDs(converted.value, ids: configuration.contracts.map(\.metadata.id)))
    }

    /// Each contract with its `id` first (a TOML contract without one gets the id `check` gives it).
    private static func withIDs(_ document: JSONValue, ids: [String]) -> JSONValue {
        guard case .object(let members) = document.kind else { return document }
        let rewritten = members.map { member -> JSONValue.Member in
            guard member.key == "contracts", case .array(let contracts) = member.value.kind, contracts.count == ids.count else { return member }
            let withIDs = zip(contracts, ids).map { contract, id -> JSONValue in
                guard case .object(let options) = contract.kind else { return contract }
                let idValue = JSONValue(.string(id), line: contract.line, column: contract.column)
                let kept = [JSONValue.Member(key: "id", value: idValue)] + options.filter { $0.key != "id" }
                return JSONValue(.object(kept), line: contract.line, column: contract.column)
            }
            return JSONValue.Member(key: member.key, value: JSONValue(.array(withIDs), line: member.value.line, column: member.value.column))
        }
        return JSONValue(.object(rewritten), line: document.line, column: document.column)
    }
}
