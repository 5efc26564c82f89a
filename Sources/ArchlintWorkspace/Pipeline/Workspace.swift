import ArchlintGraph
import ArchlintConfiguration
import ArchlintFiles

/// The scanned code of one configuration: the import graph of every language switched on, how
/// many files were read, and the per-file diagnostics.
package struct Workspace: Sendable {
    package let graph: ImportGraph
    package let fileCount: Int
    package let diagnostics: [Diagnostic]
    /// Problems with the cache (damaged, not writable); the run went on without it.
    package let cacheWarnings: [String]

    /// Loads each language the configuration switches on (or, with neither section, the ones
    /// detected: a `Package.swift` in the configuration folder, top-level Python packages).
    package static func load(_ configuration: Configuration, cacheOptions: CacheOptions, workingDirectory: String,
                     clock: inout PhaseClock) throws(WorkspaceError) -> Workspace {
        let exclusion = PathExclusion(configuration.exclude)
        let base = configuration.baseDirectory
        var python = configuration.python
        var swift = configuration.swift
        if python == nil && swift == nil {
            python = PythonWorkspaceLoader.detectedSettings(baseDirectory: base, exclusion: exclusion)
            if DirectoryListing.isFile(base + "/Package.swift") { swift = SwiftSettings() }
        }
        if python == nil && swift == nil {
            throw WorkspaceError(messages: ["\(configuration.displayPath): error: no Python or Swift code to check: add a \"python\" or \"swift\" section naming where the code is"])
        }
        let cacheDirectory = cacheOptions.directory.map { $0.hasPrefix("/") ? $0 : workingDirectory + "/" + $0 }
            ?? base + "/.archlint_cache"
        let snapshotPath = cacheDirectory + "/" + WorkspaceSnapshot.fileName
        var settingsHasher = SnapshotHasher()
        settingsHasher.combine(base)
        for pattern in configuration.exclude { settingsHasher.combine(pattern) }
        if let python {
            settingsHasher.combine(python.sourceRoots.joined(separator: "\u{0}"))
            settingsHasher.combine(python.rootPackages.joined(separator: "\u{0}"))
            settingsHasher.combine(python.excludeTypeCheckingImports)
        }
        // The quick check (no folder walk) covers Python-only workspaces; Swift's discovery,
        // which reads manifests, is cheap enough to run every time.
        let quickCheckApplies = cacheOptions.isEnabled && python != nil && swift == nil
        if quickCheckApplies, case .success(let bytes) = FileContents.read(snapshotPath),
           let snapshot = WorkspaceSnapshot.quickLookup(bytes, settingsKey: settingsHasher.value) {
            clock.lap("graph from the workspace cache (no folder walk)")
            return Workspace(graph: snapshot.graph, fileCount: snapshot.fileCount, diagnostics: snapshot.diagnostics,
                             cacheWarnings: [])
        }

        let pythonLoader = python.map { PythonWorkspaceLoader(settings: $0, baseDirectory: base, exclusion: exclusion) }
        let swiftLoader = swift.map { SwiftWorkspaceLoader(settings: $0, baseDirectory: base, exclusion: exclusion) }
        let pythonDiscovery = pythonLoader?.discover(recordingFolders: quickCheckApplies)
        let swiftDiscovery = swiftLoader?.discover()
        clock.lap("discovery")

        var cacheWarnings: [String] = []
        var snapshotKey: UInt64?
        var pythonStamps: [ScanCache.Stamp?] = []
        if cacheOptions.isEnabled, pythonDiscovery?.errors.isEmpty ?? true {
            var hasher = settingsHasher
            // A file changed in the last moments may change again unseen (see Stamp.isSettled):
            // the snapshot is then neither written nor trusted, and the files are rescanned.
            var settled = true
            if let pythonDiscovery {
                pythonStamps = pythonDiscovery.fileStamps()
                if !pythonDiscovery.fingerprint(into: &hasher, stamps: pythonStamps) { settled = false }
            }
            if let swift {
                hasher.combine(swift.packages.joined(separator: "\u{0}"))
                for (name, folders) in swift.modules.sorted(by: { $0.key < $1.key }) { hasher.combine(name + "=" + folders.joined(separator: "\u{0}")) }
                if swiftDiscovery?.fingerprint(into: &hasher) == false { settled = false }
            }
            snapshotKey = settled ? hasher.value : nil
            // Nothing changed since the last run: its graph is still right.
            if let snapshotKey, case .success(let bytes) = FileContents.read(snapshotPath) {
                switch WorkspaceSnapshot.lookup(bytes, expectedKey: snapshotKey) {
                case .found(var snapshot):
                    clock.lap("graph from the workspace cache (\(snapshot.fileCount) files unchanged)")
                    if quickCheckApplies, let pythonDiscovery {
                        // Something beside the modules changed a folder: refresh the quick check's
                        // record so the next run can skip the walk again.
                        snapshot.validation = quickCheckRecord(settingsHasher.value, pythonDiscovery, pythonStamps)
                        _ = ScanCache.writeAtomically(snapshot.encoded(), named: WorkspaceSnapshot.fileName, in: cacheDirectory)
                    }
                    return Workspace(graph: snapshot.graph, fileCount: snapshot.fileCount, diagnostics: snapshot.diagnostics,
                                     cacheWarnings: [])
                case .damaged:
                    cacheWarnings.append("warning: ignoring the cache \(snapshotPath): it is damaged; rebuilding it")
                case .outdated:
                    break
                }
            }
        }

        var cache: ScanCache?
        if cacheOptions.isEnabled {
            let opened = ScanCache(directory: cacheDirectory)
            if let warning = opened.warning { cacheWarnings.append("warning: \(warning)") }
            cache = opened
        }
        clock.lap("cache read")
        var parts: [WorkspacePart] = []
        if let pythonLoader, let pythonDiscovery {
            // The stamps taken for the workspace key serve the per-file cache too: one stat a file.
            parts.append(pythonLoader.with(cache: cache).scan(pythonDiscovery, stamps: pythonStamps.isEmpty ? nil : pythonStamps))
        }
        if let swiftLoader, let swiftDiscovery {
            parts.append(swiftLoader.with(cache: cache).scan(swiftDiscovery))
        }
        let cached = parts.reduce(0) { $0 + $1.cachedFileCount }, total = parts.reduce(0) { $0 + $1.fileCount }
        clock.lap("scanning (\(total - cached) scanned, \(cached) from cache)")
        if var cache {
            // Only this run's files are kept: entries of deleted or renamed files disappear.
            var entries: [String: ScanCache.Entry] = [:]
            for part in parts { entries.merge(part.cacheEntries) { first, _ in first } }
            if entries.count != cache.entries.count || entries.contains(where: { cache.payload(for: $0.key, stamp: $0.value.stamp) == nil }) {
                cache.replaceEntries(entries)
                if let warning = cache.save() { cacheWarnings.append("warning: \(warning)") }
            }
            clock.lap("cache write")
        }

        let errors = parts.flatMap(\.errors)
        guard errors.isEmpty else {
            throw WorkspaceError(messages: errors.map { "\(configuration.displayPath): error: \($0)" })
        }
        // The Python loader already dropped TYPE_CHECKING imports when asked to.
        // Moved out of the single part rather than copied, so the graph can reorder them in place.
        var imports: [ImportStatement] = []
        if parts.count == 1 { swap(&imports, &parts[0].imports) } else { imports = parts.flatMap(\.imports) }
        let modules = parts.count == 1 ? parts[0].modules : parts.flatMap(\.modules)
        let graph = ImportGraph(modules: modules, imports: consume imports)
        let languageClash = parts.count > 1 ? Self.clashingNames(parts) : []
        guard languageClash.isEmpty else {
            throw WorkspaceError(messages: languageClash.map {
                "\(configuration.displayPath): error: module name \"\($0)\" is both a Python and a Swift module; rename one or exclude it"
            })
        }
        clock.lap("graph")
        let workspace = Workspace(graph: graph, fileCount: parts.reduce(0) { $0 + $1.fileCount },
                                  diagnostics: parts.flatMap(\.diagnostics).sorted(), cacheWarnings: cacheWarnings)
        if let snapshotKey {
            var snapshot = WorkspaceSnapshot(key: snapshotKey, graph: graph, fileCount: workspace.fileCount,
                                             diagnostics: workspace.diagnostics)
            if quickCheckApplies, let pythonDiscovery {
                snapshot.validation = quickCheckRecord(settingsHasher.value, pythonDiscovery, pythonStamps)
            }
            if let warning = ScanCache.writeAtomically(snapshot.encoded(), named: WorkspaceSnapshot.fileName, in: cacheDirectory) {
                return Workspace(graph: graph, fileCount: workspace.fileCount, diagnostics: workspace.diagnostics,
                                 cacheWarnings: cacheWarnings + ["warning: \(warning)"])
            }
            clock.lap("workspace cache write")
        }
        return workspace
    }

    /// What the next run's quick check compares: this discovery's folders and files; nil when a
    /// folder changed too recently for its time to be trusted (the next run then walks).
    private static func quickCheckRecord(
        _ settingsKey: UInt64, _ discovery: PythonWorkspaceLoader.Discovery, _ stamps: [ScanCache.Stamp?]
    ) -> WorkspaceSnapshot.Validation? {
        guard discovery.folders.allSatisfy({ $0.modified < 0 || ScanCache.Stamp.isSettled($0.modified) }) else { return nil }
        return WorkspaceSnapshot.Validation(settingsKey: settingsKey, folders: discovery.folders,
                                            filePaths: zip(discovery.files, stamps).map { ($0.absolutePath, $1) })
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
