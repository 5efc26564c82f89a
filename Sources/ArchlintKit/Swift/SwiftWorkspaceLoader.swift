import ArchlintGraph
import ArchlintScanning

/// Loads the Swift side of a workspace: one module per SwiftPM target of each package named in
/// the configuration (and per module mapped to folders by hand), the `.swift` files of each,
/// their import declarations scanned in parallel, and the external modules they import.
struct SwiftWorkspaceLoader: Sendable {
    let settings: SwiftSettings
    /// The configuration file's folder; package folders and output paths are relative to it.
    let baseDirectory: String
    let exclusion: PathExclusion
    /// Scan results of the previous run, or nil to scan every file.
    let cache: ScanCache?

    init(settings: SwiftSettings, baseDirectory: String, exclusion: PathExclusion, cache: ScanCache? = nil) {
        self.settings = settings
        self.baseDirectory = baseDirectory
        self.exclusion = exclusion
        self.cache = cache
    }

    /// The same loader reading and filling `cache`.
    func with(cache: ScanCache?) -> SwiftWorkspaceLoader {
        SwiftWorkspaceLoader(settings: settings, baseDirectory: baseDirectory, exclusion: exclusion, cache: cache)
    }

    /// A module to list files for, with the rules of its folder.
    fileprivate struct Plan: Sendable {
        var source: SwiftModuleSource
        var target: SwiftManifestTarget?
        var isPackageRoot = false
        var toolsVersion: [Int]?
        /// For a module mapped by hand: all its folders.
        var folders: [String] = []
    }

    /// Discovers and scans in one go.
    func load() -> WorkspacePart { scan(discover()) }

    /// The modules and files found from the manifests and folders, before any source is read.
    struct Discovery: Sendable {
        /// Errors and the diagnostics of reading the manifests.
        fileprivate var part = WorkspacePart()
        fileprivate var plans: [Plan] = []
        fileprivate var files: [(file: SwiftSourceFile, module: String)] = []

        /// What identifies these modules and files, for the workspace snapshot.
        /// Returns false when a file changed too recently for its stamp to be trusted.
        @discardableResult
        func fingerprint(into hasher: inout SnapshotHasher) -> Bool {
            hasher.combine("swift")
            for plan in plans {
                hasher.combine(plan.source.name)
                hasher.combine(plan.source.folder ?? "")
            }
            for diagnostic in part.diagnostics { hasher.combine(diagnostic.description) }
            for (file, module) in files {
                hasher.combine(module)
                hasher.combine(file.path)
            }
            var settled = true
            for stamp in ScanCache.stamps(of: files.map(\.file.absolutePath)) {
                hasher.combine(stamp)
                if let stamp, !stamp.isSettled { settled = false }
            }
            return settled
        }
    }

    /// Reads the manifests and lists every module's files.
    func discover() -> Discovery {
        var part = WorkspacePart()
        var plans: [Plan] = []
        for (index, package) in settings.packages.enumerated() {
            let folder = SwiftPath.normalized(package)
            // `packages` defaults to ["."]: without a manifest there, hand-mapped modules are enough.
            if folder.isEmpty && !settings.modules.isEmpty && settings.packages == ["."]
                && !DirectoryListing.isFile(SwiftPath.join(baseDirectory, "Package.swift"))
            {
                continue
            }
            let loaded = SwiftPackageLoader(packageFolder: folder, baseDirectory: baseDirectory,
                                            settingPath: "swift.packages[\(index)]").load()
            part.errors += loaded.errors
            part.diagnostics += loaded.diagnostics
            for target in loaded.targets {
                let source = SwiftModuleSource(name: target.target.moduleName, folder: target.folder, origin: loaded.manifestPath)
                plans.append(Plan(source: source, target: target.target, isPackageRoot: target.folder == folder,
                                  toolsVersion: loaded.toolsVersion))
            }
        }
        for (name, folders) in settings.modules.sorted(by: { $0.key < $1.key }) {
            let normalized = folders.map(SwiftPath.normalized)
            for (index, folder) in normalized.enumerated()
            where !DirectoryListing.isDirectory(SwiftPath.join(baseDirectory, folder)) {
                part.errors.append("swift.modules.\(name)[\(index)]: folder '\(folders[index])' does not exist")
            }
            let source = SwiftModuleSource(name: name, folder: normalized.first, origin: "swift.modules.\(name)")
            plans.append(Plan(source: source, folders: normalized))
        }
        var origins: [String: String] = [:]
        for plan in plans {
            if let first = origins[plan.source.name] {
                part.errors.append("module '\(plan.source.name)' is declared twice: in \(first) and in \(plan.source.origin)")
            } else {
                origins[plan.source.name] = plan.source.origin
            }
        }
        guard part.errors.isEmpty else { return Discovery(part: part) }
        return Discovery(part: part, plans: plans, files: listFiles(plans))
    }

    /// Modules, import statements, per-file diagnostics, and fatal errors (a package without a
    /// manifest, a mapped folder that does not exist, one module name declared twice).
    func scan(_ discovery: Discovery) -> WorkspacePart {
        var part = discovery.part
        guard part.errors.isEmpty else { return part }
        let plans = discovery.plans
        let files = discovery.files
        let cache = self.cache
        // Batches of files share one read buffer, as on the Python side.
        let batches = stride(from: 0, to: files.count, by: 32).map { $0..<min($0 + 32, files.count) }
        let results = ParallelMap.map(batches) { batch in
            var reader = SourceFileReader()
            return batch.map { Self.scan(files[$0].file, importer: files[$0].module, reader: &reader, cache: cache) }
        }.joined()
        var internalNames = Set(plans.map(\.source.name))
        var externals = Set<String>()
        for (file, result) in zip(files, results) {
            part.diagnostics += result.diagnostics
            if let entry = result.cacheEntry { part.cacheEntries["swift:" + file.file.path] = entry }
            if result.fromCache { part.cachedFileCount += 1 }
            for statement in result.statements {
                part.imports.append(statement)
                if !internalNames.contains(statement.imported.rawValue) { externals.insert(statement.imported.rawValue) }
            }
        }
        var modules = plans.map { Module(name: ModuleName($0.source.name), language: .swift, kind: .module, path: $0.source.folder) }
        for name in externals where internalNames.insert(name).inserted {
            modules.append(Module(name: ModuleName(name), language: .swift, kind: .external))
        }
        // By file and line; statements on one line keep their source order.
        part.imports = part.imports.enumerated()
            .sorted { $0.element.location == $1.element.location ? $0.offset < $1.offset : $0.element.location < $1.element.location }
            .map(\.element)
        part.modules = modules.sorted { $0.name < $1.name }
        part.fileCount = files.count
        return part
    }

    /// Every module's files; a file reached from two modules belongs to the first.
    private func listFiles(_ plans: [Plan]) -> [(file: SwiftSourceFile, module: String)] {
        let folders = Set(plans.flatMap { plan in plan.folders + (plan.source.folder.map { [$0] } ?? []) })
        var seen = Set<String>()
        var files: [(file: SwiftSourceFile, module: String)] = []
        for plan in plans {
            // A `.systemLibrary` folder holds a module map and headers, no Swift module source.
            if plan.target?.kind == .system { continue }
            let roots = plan.target == nil ? plan.folders : (plan.source.folder.map { [$0] } ?? [])
            for root in roots where !exclusion.excludes(root) {
                let lister = SwiftTargetFiles(
                    folder: root, baseDirectory: baseDirectory,
                    exclude: Set((plan.target?.exclude ?? []).map(SwiftPath.normalized)),
                    resources: (plan.target?.resources ?? []).map(SwiftPath.normalized),
                    sources: plan.target?.sources.map { $0.map(SwiftPath.normalized) },
                    otherModuleFolders: folders.subtracting([root]), isPackageRoot: plan.isPackageRoot,
                    opaqueByExtensionOnly: plan.toolsVersion.map { !SwiftPackageManifest.isNewer([5, 6], than: $0) } ?? true,
                    exclusion: exclusion)
                for file in lister.list() where seen.insert(file.path).inserted {
                    files.append((file, plan.source.name))
                }
            }
        }
        return files
    }

    /// What one file gave.
    private struct FileResult: Sendable {
        var statements: [ImportStatement] = []
        var diagnostics: [Diagnostic] = []
        var cacheEntry: ScanCache.Entry?
        var fromCache = false
    }

    private static func scan(
        _ file: SwiftSourceFile, importer: String, reader: inout SourceFileReader, cache: ScanCache?
    ) -> FileResult {
        var result = FileResult()
        let scanned = CachedScan.scan(
            file.absolutePath, key: "swift:" + file.path, cache: cache,
            decode: SwiftFileScan.init(decoding:), encode: { $0.encoded() },
            readAndScan: {
                reader.withContents(of: file.absolutePath) { buffer in
                    let finding = SourceCheck.check(buffer)
                    if case .binary = finding { return SwiftFileScan(finding: finding, scan: nil) }
                    return SwiftFileScan(finding: finding, scan: SwiftImportScanner.scan(buffer))
                }
            })
        let fileScan: SwiftFileScan
        switch scanned {
        case .failure(let error):
            result.diagnostics.append(Diagnostic(path: file.path, message: "\(error); no imports read from it"))
            return result
        case .success(let found):
            fileScan = found.raw
            result.cacheEntry = found.entry
            result.fromCache = found.fromCache
        }
        switch fileScan.finding {
        case .binary(let line):
            result.diagnostics.append(Diagnostic(
                path: file.path, line: line, message: "file contains a NUL byte, so it is not Swift source; not scanned"))
        case .invalidUTF8(let line):
            result.diagnostics.append(Diagnostic(path: file.path, line: line, message: "invalid UTF-8; scanned anyway"))
        case nil:
            break
        }
        let scan = fileScan.scan
        guard let scan else { return result }
        for problem in scan.problems {
            result.diagnostics.append(Diagnostic(path: file.path, line: problem.line, message: "\(problem.message); imports after it may be missed"))
        }
        let module = ModuleName(importer)
        for found in scan.imports {
            guard !found.module.isEmpty else {
                result.diagnostics.append(Diagnostic(path: file.path, line: found.line, message: "import without a module name; ignored"))
                continue
            }
            result.statements.append(ImportStatement(
                importer: module, imported: ModuleName(found.module), importedFullName: ModuleName(found.fullPath),
                location: SourceLocation(path: file.path, line: found.line),
                isConditional: found.isConditional, condition: found.condition,
                attributes: found.attributes, accessLevel: found.accessLevel))
        }
        return result
    }
}
