import ArchlintGraph

/// What one language's loader found: its modules, their import statements, per-file diagnostics,
/// and the fatal errors (a root package that does not exist…) that make the run exit 2.
package struct WorkspacePart: Sendable {
    package var modules: [Module] = []
    var imports: [ImportStatement] = []
    var diagnostics: [Diagnostic] = []
    var errors: [String] = []
    /// Number of source files read.
    package var fileCount = 0
    /// Files whose scan came from the cache (the others were read and scanned).
    var cachedFileCount = 0
    /// Scan results to keep in the cache, by cache key (empty without a cache).
    var cacheEntries: [String: ScanCache.Entry] = [:]
}
