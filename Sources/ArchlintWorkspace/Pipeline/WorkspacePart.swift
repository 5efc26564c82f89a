import ArchlintGraph

/// What one language gave: its modules (externals included), their import statements, per-file
/// diagnostics, and the fatal errors (a root package that does not exist…) that make the run exit 2.
package struct WorkspacePart: Sendable {
    package var modules: [Module] = []
    package var imports: [ImportStatement] = []
    package var diagnostics: [Diagnostic] = []
    package var errors: [String] = []
    /// Number of source files read.
    package var fileCount = 0

    package init() {}
}
