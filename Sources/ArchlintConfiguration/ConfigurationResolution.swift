import ArchlintFiles

extension ConfigurationSource {
    /// Finds and loads the configuration: `--config` as given, else the nearest `contracts.json`.
    package func load() throws(ConfigurationError) -> Configuration {
        let path: String
        let display: String
        if let explicitPath {
            path = explicitPath.hasPrefix("/") ? explicitPath : workingDirectory + "/" + explicitPath
            display = explicitPath
            guard DirectoryListing.exists(path) else {
                throw ConfigurationError(issues: [ConfigurationIssue(file: "", message: "configuration file \(explicitPath) does not exist")])
            }
        } else {
            guard let found = ConfigurationLoader.locate(from: workingDirectory) else {
                throw ConfigurationError(issues: [ConfigurationIssue(
                    file: "", message: "no \(ConfigurationLoader.fileName) in \(workingDirectory) or its parent folders up to the repository root",
                    hint: "run `archlint init` to write a starter file, or pass --config PATH")])
            }
            path = found
            display = PathSyntax.relative(found, to: workingDirectory)
        }
        return try ConfigurationLoader.load(path: path, displayPath: display)
    }
}
