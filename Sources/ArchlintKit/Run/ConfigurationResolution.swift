
extension ConfigurationSource {
    /// Finds and loads the configuration: `--config` as given, else the nearest `contracts.json`.
    func load() throws(RunError) -> Configuration {
        let path: String
        let display: String
        if let explicitPath {
            path = explicitPath.hasPrefix("/") ? explicitPath : workingDirectory + "/" + explicitPath
            display = explicitPath
            guard DirectoryListing.exists(path) else {
                throw RunError(messages: ["error: configuration file \(explicitPath) does not exist"])
            }
        } else {
            guard let found = ConfigurationLoader.locate(from: workingDirectory) else {
                throw RunError(messages: [
                    "error: no \(ConfigurationLoader.fileName) in \(workingDirectory) or its parent folders up to the repository root",
                    "hint: run `archlint init` to write a starter file, or pass --config PATH",
                ])
            }
            path = found
            display = Self.relative(found, to: workingDirectory)
        }
        do {
            return try ConfigurationLoader.load(path: path, displayPath: display)
        } catch {
            throw RunError(messages: error.issues.map(\.description))
        }
    }

    /// `path` relative to `folder` when it lies inside it (or in a parent), for shorter messages.
    static func relative(_ path: String, to folder: String) -> String {
        let target = PathSyntax.components(path)
        let base = PathSyntax.components(folder)
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        // Paths that share nothing but the root stay absolute.
        guard common > 0 || base.isEmpty else { return path }
        let ups = Array(repeating: Substring(".."), count: base.count - common)
        return (ups + target[common...]).joined(separator: "/")
    }
}
