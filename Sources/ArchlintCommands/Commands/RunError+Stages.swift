import ArchlintConfiguration
import ArchlintWorkspace

// The stages below the commands throw their own typed errors; a command renders them to text
// here, at the edge, and exits 2.

extension RunError {
    /// Every issue of a configuration, one line each.
    init(_ error: ConfigurationError) { self.init(messages: error.issues.map(\.description)) }

    /// Every problem that stopped the workspace from loading.
    init(_ error: WorkspaceError) { self.init(messages: error.messages) }
}

extension ConfigurationSource {
    /// `load()`, with its issues as a `RunError`.
    func loadForRun() throws(RunError) -> Configuration {
        do { return try load() } catch { throw RunError(error) }
    }
}

extension Workspace {
    /// `load(…)`, with its problems as a `RunError`.
    static func loadForRun(_ configuration: Configuration, cacheOptions: CacheOptions, workingDirectory: String,
                           clock: inout PhaseClock) throws(RunError) -> Workspace {
        do {
            return try CachedWorkspace.load(configuration, cacheOptions: cacheOptions, workingDirectory: workingDirectory, clock: &clock)
        } catch {
            throw RunError(error)
        }
    }
}
