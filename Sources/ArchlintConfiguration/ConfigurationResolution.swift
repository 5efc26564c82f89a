import ArchlintFiles

extension ConfigurationSource {
    /// Finds and loads the configuration: `--config` as given (its syntax chosen by its name),
    /// else the nearest folder holding `contracts.json` or an import-linter configuration.
    package func load() throws(ConfigurationError) -> Configuration {
        if let explicitPath {
            let path = explicitPath.hasPrefix("/") ? explicitPath : workingDirectory + "/" + explicitPath
            guard DirectoryListing.exists(path) else {
                throw ConfigurationError(issues: [ConfigurationIssue(file: "", message: "configuration file \(explicitPath) does not exist")])
            }
            if Self.isJSON(path) { return try ConfigurationLoader.load(path: path, displayPath: explicitPath) }
            return try ImportLinterLoader.load(path: path, displayPath: explicitPath, pythonPath: pythonPathEntries)
        }
        let display = { (path: String) in PathSyntax.relative(path, to: workingDirectory) }
        var current = PathSyntax.standardized(workingDirectory)
        while true {
            let folder = current == "/" ? "" : current
            let json = folder + "/" + ConfigurationLoader.fileName
            let importLinter = try ImportLinterLoader.locate(in: current, displayPath: display)
            if DirectoryListing.exists(json) {
                var configuration = try ConfigurationLoader.load(path: json, displayPath: display(json))
                if let importLinter {
                    configuration.notices.append(
                        "archlint: using \(display(json)); the import-linter configuration in \(display(importLinter.path)) is ignored")
                }
                return configuration
            }
            if let importLinter {
                return try ImportLinterLoader.configuration(importLinter, displayPath: display(importLinter.path),
                                                            pythonPath: pythonPathEntries)
            }
            if DirectoryListing.exists(folder + "/.git") { break }
            let parent = PathSyntax.parent(current)
            if parent == current { break }
            current = parent
        }
        throw ConfigurationError(issues: [ConfigurationIssue(
            file: "", message: "no \(ConfigurationLoader.fileName) (nor import-linter configuration in setup.cfg, .importlinter or pyproject.toml) in \(workingDirectory) or its parent folders up to the repository root",
            hint: "run `archlint init` to write a starter file, or pass --config PATH")])
    }

    /// `contracts.json` and any `*.json`; any other name is import-linter's INI or TOML, unless
    /// the file plainly starts as a JSON object does.
    static func isJSON(_ path: String) -> Bool {
        if path.hasSuffix(".json") { return true }
        if path.hasSuffix(".toml") || path.hasSuffix(".cfg") || path.hasSuffix(".importlinter") || path.hasSuffix(".ini") { return false }
        guard case .success(let bytes) = FileContents.read(path) else { return true }
        let first = bytes.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        return first == UInt8(ascii: "{")
    }
}
