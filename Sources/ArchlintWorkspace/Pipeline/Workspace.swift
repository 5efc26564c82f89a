import ArchlintConfiguration
import ArchlintFiles
import ArchlintGraph

/// The scanned code of one configuration: the import graph of every language switched on, how
/// many files were read, and the per-file diagnostics.
///
/// Built by a pipeline whose stages read in one direction: find files (`discover`), read and
/// scan them (a `FileScanStage`), assemble the graph (`build`). The cache (`CachedWorkspace`)
/// wraps these stages; none of them knows it exists.
package struct Workspace: Sendable {
    package let graph: ImportGraph
    package let fileCount: Int
    package let diagnostics: [Diagnostic]
    /// Problems with the cache (damaged, not writable); the run went on without it.
    package let cacheWarnings: [String]

    package init(graph: ImportGraph, fileCount: Int, diagnostics: [Diagnostic], cacheWarnings: [String] = []) {
        self.graph = graph
        self.fileCount = fileCount
        self.diagnostics = diagnostics
        self.cacheWarnings = cacheWarnings
    }

    /// The workspace's languages and what each one's discovery found.
    package struct Discovered: Sendable {
        package let configuration: Configuration
        package let languages: [(frontEnd: any LanguageFrontEnd, discovery: LanguageDiscovery)]
    }

    /// Loads the workspace without any cache.
    package static func load(_ configuration: Configuration, clock: inout PhaseClock) throws(WorkspaceError) -> Workspace {
        let discovered = try discover(configuration)
        clock.lap("discovery")
        return try build(discovered, scanning: ReadingScanStage(), clock: &clock)
    }

    /// Stage 1: the front end of each language the configuration switches on (or, with neither
    /// section, of each language detected) finds its modules and files.
    package static func discover(_ configuration: Configuration, recordingFolders: Bool = false) throws(WorkspaceError) -> Discovered {
        let frontEnds = Languages.frontEnds(for: configuration)
        guard !frontEnds.isEmpty else {
            throw WorkspaceError(messages: ["\(configuration.displayPath): error: no Python or Swift code to check: add a \"python\" or \"swift\" section naming where the code is"])
        }
        let languages = frontEnds.map { (frontEnd: $0, discovery: $0.discover(recordingFolders: recordingFolders)) }
        return Discovered(configuration: configuration, languages: languages)
    }

    /// Stages 2 and 3: every file scanned through `stage`, resolved, and the graph assembled.
    package static func build(_ discovered: Discovered, scanning stage: some FileScanStage,
                              clock: inout PhaseClock) throws(WorkspaceError) -> Workspace {
        let configuration = discovered.configuration
        var parts: [WorkspacePart] = []
        for (frontEnd, discovery) in discovered.languages {
            parts.append(WorkspacePipeline.build(frontEnd, discovery, scanning: stage))
        }
        clock.lap("scanning (\(stage.summary(fileCount: parts.reduce(0) { $0 + $1.fileCount })))")
        let errors = parts.flatMap(\.errors)
        guard errors.isEmpty else {
            throw WorkspaceError(messages: errors.map { "\(configuration.displayPath): error: \($0)" })
        }
        let languageClash = parts.count > 1 ? clashingNames(parts) : []
        guard languageClash.isEmpty else {
            throw WorkspaceError(messages: languageClash.map {
                "\(configuration.displayPath): error: module name \"\($0)\" is both a Python and a Swift module; rename one or exclude it"
            })
        }
        // Moved out of the single part rather than copied, so the graph can reorder them in place.
        var imports: [ImportStatement] = []
        if parts.count == 1 { swap(&imports, &parts[0].imports) } else { imports = parts.flatMap(\.imports) }
        // Moved out too: a copy left the part sharing the modules, and the graph's first change
        // to them copied every module (retaining each name and path) on a large workspace.
        var modules: [Module] = []
        if parts.count == 1 { swap(&modules, &parts[0].modules) } else { modules = parts.flatMap(\.modules) }
        let graph = ImportGraph(modules: consume modules, imports: consume imports)
        clock.lap("graph")
        return Workspace(graph: graph, fileCount: parts.reduce(0) { $0 + $1.fileCount },
                         diagnostics: parts.flatMap(\.diagnostics).sorted())
    }

    /// The same workspace with the cache's warnings added.
    package func adding(cacheWarnings warnings: [String]) -> Workspace {
        Workspace(graph: graph, fileCount: fileCount, diagnostics: diagnostics, cacheWarnings: cacheWarnings + warnings)
    }

    /// Internal module names defined by more than one language.
    private static func clashingNames(_ parts: [WorkspacePart]) -> [ModuleName] {
        var languages: [ModuleName: Set<Language>] = [:]
        for part in parts {
            for module in part.modules where !module.isExternal { languages[module.name, default: []].insert(module.language) }
        }
        return languages.filter { $0.value.count > 1 }.keys.sorted()
    }
}
