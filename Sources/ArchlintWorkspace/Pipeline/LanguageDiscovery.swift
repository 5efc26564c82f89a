import ArchlintGraph

/// What a language's discovery found before any source file is read: the workspace's modules
/// of that language, the files to scan, and what stops the run or deserves a warning.
package struct LanguageDiscovery: Sendable {
    /// Fatal problems (a root package that does not exist, a package without a manifest…).
    package var errors: [String] = []
    /// Warnings found while discovering (a manifest line that could not be read…).
    package var diagnostics: [Diagnostic] = []
    /// The workspace's modules of this language (externals come from the scans).
    package var modules: [Module] = []
    /// Every file to scan, each with its module.
    package var files: [SourceFile] = []
    /// Every folder whose entries decide the modules, with its modification time (-1: missing),
    /// when discovery was asked to record them (the cache's quick check compares them).
    package var folders: [(path: String, modified: Int)] = []

    package init(errors: [String] = [], diagnostics: [Diagnostic] = [], modules: [Module] = [], files: [SourceFile] = [],
                 folders: [(path: String, modified: Int)] = []) {
        self.errors = errors
        self.diagnostics = diagnostics
        self.modules = modules
        self.files = files
        self.folders = folders
    }
}
