/// Where the configuration comes from, shared by every command.
package struct ConfigurationSource: Sendable, Equatable {
    /// `--config PATH`, or nil to look for `contracts.json` from the working folder up.
    package var explicitPath: String?
    /// The folder relative paths are resolved against.
    package var workingDirectory: String

    package init(explicitPath: String? = nil, workingDirectory: String) {
        self.explicitPath = explicitPath
        self.workingDirectory = workingDirectory
    }
}
