import ArchlintConfigSyntax
import ArchlintFiles

/// Finds and reads import-linter's own configuration (`setup.cfg`, `.importlinter`,
/// `pyproject.toml`) into the same `Configuration` a `contracts.json` gives, so a team can swap
/// `lint-imports` for `archlint check` and change nothing else.
package enum ImportLinterLoader {
    /// One configuration file holding import-linter's section, read.
    struct Found {
        let path: String
        let format: ImportLinterFormat
        let options: ImportLinterOptions
    }

    /// The first of import-linter's files in `directory` that holds its section, as import-linter
    /// looks for them; nil when none does. A file it would fail to read is an error here too.
    static func locate(in directory: String, displayPath: (String) -> String) throws(ConfigurationError) -> Found? {
        let folder = directory == "/" ? "" : directory
        for candidate in ImportLinterFormat.searchOrder {
            let path = folder + "/" + candidate.name
            guard DirectoryListing.isFile(path) else { continue }
            if let options = try read(path: path, displayPath: displayPath(path), format: candidate.format) {
                return Found(path: path, format: candidate.format, options: options)
            }
        }
        return nil
    }

    /// The options of the file at `path`, or nil when it has no import-linter section.
    static func read(path: String, displayPath: String, format: ImportLinterFormat) throws(ConfigurationError) -> ImportLinterOptions? {
        let bytes: [UInt8]
        switch FileContents.read(path) {
        case .success(let read): bytes = read
        case .failure(let failure): throw ConfigurationError(issues: [ConfigurationIssue(file: displayPath, message: "\(failure)")])
        }
        func syntaxError(_ message: String, _ position: TextPosition) -> ConfigurationError {
            ConfigurationError(issues: [ConfigurationIssue(file: displayPath, line: position.line, column: position.column,
                                                           message: "invalid \(format.syntaxName): \(message)")])
        }
        switch format {
        case .ini:
            do {
                return try ImportLinterINIReader.options(of: try INIReader.parse(bytes))
            } catch {
                throw syntaxError(error.message, error.position)
            }
        case .toml:
            do {
                return ImportLinterTOMLReader.options(of: try TOMLReader.parse(bytes))
            } catch {
                throw syntaxError(error.message, error.position)
            }
        }
    }

    /// Reads `path` (chosen with `--config`) in the format its name says.
    package static func load(path: String, displayPath: String, pythonPath: [String]) throws(ConfigurationError) -> Configuration {
        let format = ImportLinterFormat.of(fileName: String(path.split(separator: "/").last ?? ""))
        guard let options = try read(path: path, displayPath: displayPath, format: format) else {
            let section = format == .toml ? "[tool.importlinter]" : "[importlinter]"
            throw ConfigurationError(issues: [ConfigurationIssue(
                file: displayPath, message: "no \(section) section: this file holds no import-linter configuration",
                hint: "add the section, or point --config at contracts.json")])
        }
        return try configuration(Found(path: path, format: format, options: options), displayPath: displayPath, pythonPath: pythonPath)
    }

    /// The configuration of a file found by `locate` or named by `--config`.
    static func configuration(_ found: Found, displayPath: String, pythonPath: [String]) throws(ConfigurationError) -> Configuration {
        let document = try document(found, displayPath: displayPath, pythonPath: pythonPath)
        var configuration = try decode(document.value, labels: document.labels, displayPath: displayPath,
                                       baseDirectory: PathSyntax.parent(PathSyntax.standardized(found.path)))
        configuration.format = found.format == .toml ? .importLinterTOML : .importLinterINI
        return configuration
    }

    /// The `contracts.json` document equivalent to the file (what `archlint migrate` writes),
    /// with how its paths are named in the original file.
    static func document(_ found: Found, displayPath: String, pythonPath: [String])
        throws(ConfigurationError) -> (value: JSONValue, labels: ImportLinterNormalizer.PathLabels) {
        var normalizer = ImportLinterNormalizer(file: displayPath, pythonPath: pythonPath)
        let document = normalizer.document(from: found.options, format: found.format)
        if !normalizer.issues.isEmpty {
            // Report the decoder's findings too: every problem of the file in one run.
            var issues = normalizer.issues
            do { _ = try decode(document, labels: normalizer.labels, displayPath: displayPath, baseDirectory: "/") } catch {
                issues += error.issues
            }
            throw ConfigurationError(issues: issues.sorted { (($0.line ?? 0), ($0.column ?? 0)) < (($1.line ?? 0), ($1.column ?? 0)) })
        }
        return (document, normalizer.labels)
    }

    /// Decodes the document as `contracts.json` would be, naming paths as the original file does.
    private static func decode(_ document: JSONValue, labels: ImportLinterNormalizer.PathLabels, displayPath: String,
                               baseDirectory: String) throws(ConfigurationError) -> Configuration {
        let renamer = ImportLinterPathRenamer(labels: labels)
        do {
            var configuration = try ConfigurationLoader.decode(document, displayPath: displayPath, baseDirectory: baseDirectory)
            for (id, position) in configuration.contractPositions {
                configuration.contractPositions[id] = (renamer.rename(position.jsonPath), position.line, position.column)
            }
            configuration.rootPackagePositions = configuration.rootPackagePositions.mapValues {
                (renamer.rename($0.jsonPath), $0.line, $0.column)
            }
            configuration.stringPositions = configuration.stringPositions.mapValues { texts in
                texts.mapValues { (renamer.rename($0.jsonPath), $0.line, $0.column) }
            }
            return configuration
        } catch {
            throw ConfigurationError(issues: error.issues.map { issue in
                ConfigurationIssue(file: issue.file, jsonPath: renamer.rename(issue.jsonPath), line: issue.line, column: issue.column,
                                   message: issue.message, hint: issue.hint)
            })
        }
    }
}
