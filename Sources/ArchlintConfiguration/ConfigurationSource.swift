import ArchlintFiles

/// Where the configuration comes from, shared by every command.
package struct ConfigurationSource: Sendable, Equatable {
    /// `--config PATH`, or nil to look for `contracts.json` from the working folder up.
    package var explicitPath: String?
    /// The folder relative paths are resolved against.
    package var workingDirectory: String
    /// `PYTHONPATH`: where import-linter configurations also look for root packages.
    package var pythonPath: String?

    package init(explicitPath: String? = nil, workingDirectory: String, pythonPath: String? = nil) {
        self.explicitPath = explicitPath
        self.workingDirectory = workingDirectory
        self.pythonPath = pythonPath
    }

    /// `PYTHONPATH`'s entries as absolute folders (relative ones from the working folder), empty ones skipped.
    package var pythonPathEntries: [String] {
        (pythonPath ?? "").split(separator: ":").map { entry in
            entry.hasPrefix("/") ? String(entry) : PathSyntax.standardized(workingDirectory + "/" + entry)
        }
    }
}
