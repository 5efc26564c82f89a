import ArchlintConfiguration
import ArchlintFiles
import ArchlintGraph

/// The workspace pipeline with the cache composed around it (as grimp composes its cache
/// around scanning). Three layers, each falling through to the next:
///
/// 1. the quick check: when every language can record the folders deciding its modules and
///    none of them nor any file changed, the last run's graph is loaded without a folder walk;
/// 2. the workspace snapshot: after discovery, when the key of everything that decides the
///    workspace (settings, modules, every file's stamp) is unchanged, the graph is loaded as built;
/// 3. the scan cache: the scan stage is wrapped so that unchanged files are not read again.
package enum CachedWorkspace {
    /// Loads the workspace, through the cache unless `cacheOptions` disable it.
    package static func load(_ configuration: Configuration, cacheOptions: CacheOptions, workingDirectory: String,
                             clock: inout PhaseClock) throws(WorkspaceError) -> Workspace {
        guard cacheOptions.isEnabled else { return try Workspace.load(configuration, clock: &clock) }
        let base = configuration.baseDirectory
        let cacheDirectory = cacheOptions.directory.map { $0.hasPrefix("/") ? $0 : workingDirectory + "/" + $0 }
            ?? base + "/.archlint_cache"
        if let refusal = CacheFolder.refusal(of: cacheDirectory) {
            return try Workspace.load(configuration, clock: &clock).adding(cacheWarnings: [refusal])
        }
        let snapshotPath = cacheDirectory + "/" + WorkspaceSnapshot.fileName
        let frontEnds = Languages.frontEnds(for: configuration)
        var settingsHasher = SnapshotHasher()
        settingsHasher.combine(base)
        for pattern in configuration.exclude { settingsHasher.combine(pattern) }
        for frontEnd in frontEnds {
            settingsHasher.combine(type(of: frontEnd).name)
            frontEnd.combineSettings(into: &settingsHasher)
        }
        let quickCheckApplies = !frontEnds.isEmpty && frontEnds.allSatisfy { type(of: $0).recordsFolders }
        if quickCheckApplies, let snapshot = WorkspaceSnapshot.quickLookup(at: snapshotPath, settingsKey: settingsHasher.value) {
            clock.lap("graph from the workspace cache (no folder walk)")
            return Workspace(graph: snapshot.graph, fileCount: snapshot.fileCount, diagnostics: snapshot.diagnostics)
        }

        let discovered = try Workspace.discover(configuration, recordingFolders: quickCheckApplies)
        clock.lap("discovery")
        var warnings: [String] = []
        let allFiles = discovered.languages.flatMap(\.discovery.files)
        let discoveryFailed = discovered.languages.contains { !$0.discovery.errors.isEmpty }
        // One stat a file, taken once for the workspace key and the per-file cache.
        let stamps = discoveryFailed ? [] : ScanCache.stamps(of: allFiles.map(\.absolutePath))
        var snapshotKey: UInt64?
        if !discoveryFailed {
            var hasher = settingsHasher
            // A file changed in the last moments may change again unseen (see Stamp.isSettled):
            // the snapshot is then neither written nor trusted, and the files are rescanned.
            if fingerprint(discovered, stamps: stamps, into: &hasher) { snapshotKey = hasher.value }
            // Nothing changed since the last run: its graph is still right.
            if let snapshotKey, case .success(let file) = FileBytes.open(snapshotPath, limit: FileContents.cacheMaximumSize) {
                // Cut short since it was opened: as damaged as a file found short.
                switch file.fill(through: file.count) ? WorkspaceSnapshot.lookup(file, expectedKey: snapshotKey) : .damaged {
                case .found(var snapshot):
                    clock.lap("graph from the workspace cache (\(snapshot.fileCount) files unchanged)")
                    if quickCheckApplies {
                        // Something beside the modules changed a folder: refresh the quick check's
                        // record so the next run can skip the walk again.
                        snapshot.validation = quickCheckRecord(settingsHasher.value, discovered, allFiles, stamps)
                        _ = ScanCache.writeAtomically(snapshot.encoded(), named: WorkspaceSnapshot.fileName, in: cacheDirectory)
                    }
                    return Workspace(graph: snapshot.graph, fileCount: snapshot.fileCount, diagnostics: snapshot.diagnostics)
                case .damaged:
                    warnings.append("warning: ignoring the cache \(snapshotPath): it is damaged; rebuilding it")
                case .outdated:
                    break
                }
            }
        }

        var cache = ScanCache(directory: cacheDirectory)
        if let warning = cache.warning { warnings.append("warning: \(warning)") }
        clock.lap("cache read")
        var filesByLanguage: [String: [SourceFile]] = [:], stampsByLanguage: [String: [ScanCache.Stamp?]] = [:]
        var offset = 0
        for language in discovered.languages {
            let name = type(of: language.frontEnd).name, count = language.discovery.files.count
            filesByLanguage[name] = language.discovery.files
            if !stamps.isEmpty { stampsByLanguage[name] = Array(stamps[offset..<offset + count]) }
            offset += count
        }
        let stage = CachingScanStage(cache: cache, files: filesByLanguage, stamps: stampsByLanguage)
        var workspace = try Workspace.build(discovered, scanning: stage, clock: &clock)
        let entries = stage.entries
        if entries.count != cache.entries.count || entries.contains(where: { cache.payload(for: $0.key, stamp: $0.value.stamp) == nil }) {
            cache.replaceEntries(entries)
            if let warning = cache.save() { warnings.append("warning: \(warning)") }
        }
        clock.lap("cache write")
        if let snapshotKey {
            var snapshot = WorkspaceSnapshot(key: snapshotKey, graph: workspace.graph, fileCount: workspace.fileCount,
                                             diagnostics: workspace.diagnostics)
            if quickCheckApplies { snapshot.validation = quickCheckRecord(settingsHasher.value, discovered, allFiles, stamps) }
            if let warning = ScanCache.writeAtomically(snapshot.encoded(), named: WorkspaceSnapshot.fileName, in: cacheDirectory) {
                warnings.append("warning: \(warning)")
            }
            clock.lap("workspace cache write")
        }
        workspace = workspace.adding(cacheWarnings: warnings)
        return workspace
    }

    /// Hashes what decides the workspace: each language's modules, files and stamps, and its
    /// discovery's diagnostics. False when a file changed too recently for its stamp to be trusted.
    private static func fingerprint(_ discovered: Workspace.Discovered, stamps: [ScanCache.Stamp?],
                                    into hasher: inout SnapshotHasher) -> Bool {
        var settled = true
        var offset = 0
        for (frontEnd, discovery) in discovered.languages {
            hasher.combine(type(of: frontEnd).name)
            for module in discovery.modules {
                hasher.combine(module.name.rawValue)
                hasher.combine(module.kind.rawValue)
                hasher.combine(module.path ?? "")
                module.declaredDependencies?.combine(into: &hasher)
            }
            for diagnostic in discovery.diagnostics { hasher.combine(diagnostic.description) }
            for file in discovery.files {
                let stamp = stamps[offset]
                offset += 1
                hasher.combine(file.module.rawValue)
                hasher.combine(file.path)
                hasher.combine(file.isPackage)
                hasher.combine(stamp)
                if let stamp, !stamp.isSettled { settled = false }
            }
        }
        return settled
    }

    /// What the next run's quick check compares: the discovery's folders and files; nil when a
    /// folder changed too recently for its time to be trusted (the next run then walks).
    private static func quickCheckRecord(_ settingsKey: UInt64, _ discovered: Workspace.Discovered, _ files: [SourceFile],
                                         _ stamps: [ScanCache.Stamp?]) -> WorkspaceSnapshot.Validation? {
        let folders = discovered.languages.flatMap(\.discovery.folders)
        guard folders.allSatisfy({ $0.modified < 0 || ScanCache.Stamp.isSettled($0.modified) }) else { return nil }
        return WorkspaceSnapshot.Validation(settingsKey: settingsKey, folders: folders,
                                            filePaths: zip(files, stamps).map { ($0.absolutePath, $1) })
    }
}
