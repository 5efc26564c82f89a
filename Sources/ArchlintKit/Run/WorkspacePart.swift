import ArchlintGraph

/// What one language's loader found: its modules, their import statements, per-file diagnostics,
/// and the fatal errors (a root package that does not exist…) that make the run exit 2.
struct WorkspacePart: Sendable {
    var modules: [Module] = []
    var imports: [ImportStatement] = []
    var diagnostics: [Diagnostic] = []
    var errors: [String] = []
    /// Number of source files read.
    var fileCount = 0
}
