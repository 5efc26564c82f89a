import ArchlintGraph
import ArchlintScanning
import ArchlintConfiguration
import ArchlintFiles

/// Loads the Python side of a workspace: finds the root packages' modules (grimp's rules),
/// scans every file in parallel, resolves the imports, and lists the external modules imported.
package struct PythonWorkspaceLoader: Sendable {
    let settings: PythonSettings
    /// The configuration file's folder; source roots and output paths are relative to it.
    package let baseDirectory: String
    let exclusion: PathExclusion
    /// Scan results of the previous run, or nil to scan every file.
    let cache: ScanCache?

    init(settings: PythonSettings, baseDirectory: String, exclusion: PathExclusion, cache: ScanCache? = nil) {
        self.settings = settings
        self.baseDirectory = baseDirectory
        self.exclusion = exclusion
        self.cache = cache
    }

    /// The same loader reading and filling `cache`.
    func with(cache: ScanCache?) -> PythonWorkspaceLoader {
        PythonWorkspaceLoader(settings: settings, baseDirectory: baseDirectory, exclusion: exclusion, cache: cache)
    }

    /// Discovers and scans in one go.
    package func load() -> WorkspacePart { scan(discover()) }

    /// The modules found on disk, before any file is read.
    struct Discovery: Sendable {
        var errors: [String] = []
        var locations: [PythonPackageLocation] = []
        var files: [PythonModuleFinder.ModuleFile] = []
        var namespacePackages: [PythonModuleFinder.NamespacePackage] = []
        /// Every folder whose entries decide the modules (the walked folders, the source roots and
        /// the folders above a dotted root package), with its modification time (-1: missing);
        /// filled when discovery was asked to record them.
        var folders: [(path: String, modified: Int)] = []

        /// Each file's size and modification time (nil when it cannot be stat'ed), on every core.
        func fileStamps() -> [ScanCache.Stamp?] {
            ScanCache.stamps(of: files.map(\.absolutePath))
        }

        /// What identifies this set of modules and files, for the workspace snapshot: each
        /// module's name, kind and path, and each file's size and modification time. Returns
        /// false when a file changed too recently for its stamp to be trusted.
        @discardableResult
        func fingerprint(into hasher: inout SnapshotHasher, stamps: [ScanCache.Stamp?]) -> Bool {
            hasher.combine("python")
            var settled = true
            for (file, stamp) in zip(files, stamps) {
                hasher.combine(file.name)
                hasher.combine(file.path)
                hasher.combine(file.isPackage)
                hasher.combine(stamp)
                if let stamp, !stamp.isSettled { settled = false }
            }
            for namespace in namespacePackages {
                hasher.combine(namespace.name)
                hasher.combine(namespace.path)
            }
            return settled
        }
    }

    /// Finds the root packages and their modules (grimp's rules) without reading any file.
    /// `recordingFolders` also notes the folders that decide the modules, with their times.
    func discover(recordingFolders: Bool = false) -> Discovery {
        var discovery = Discovery()
        var seenPackages = Set<String>()
        for name in settings.rootPackages where seenPackages.insert(name).inserted {
            switch PythonPackageLocation.locate(name, sourceRoots: settings.sourceRoots, baseDirectory: baseDirectory) {
            case .success(let location): discovery.locations.append(location)
            case .failure(let error): discovery.errors.append(error.description)
            }
        }
        guard discovery.errors.isEmpty else { return discovery }
        var finder = PythonModuleFinder(exclusion: exclusion)
        finder.recordsFolders = recordingFolders
        for location in discovery.locations {
            for directory in location.directories { finder.addPackage(name: location.name, directory: directory) }
        }
        if recordingFolders { discovery.folders = finder.folders + locationFolders() }
        // One walk gives each name once; only packages spread over several folders can repeat one.
        let walkedFolders = discovery.locations.reduce(0) { $0 + $1.directories.count }
        discovery.files = walkedFolders > 1 ? Self.uniqueModules(finder.files) : finder.files
        discovery.namespacePackages = finder.namespacePackages
        return discovery
    }

    /// The source roots and the folders above each dotted root package: where a root package
    /// is found (a folder or module appearing in any of them can change that).
    private func locationFolders() -> [(path: String, modified: Int)] {
        var paths: [String] = []
        for root in settings.sourceRoots {
            let rootPath = PythonPackageLocation.normalized(root)
            let absolute = rootPath.hasPrefix("/") ? rootPath : PythonModuleFinder.join(baseDirectory, rootPath)
            paths.append(absolute)
            for package in settings.rootPackages {
                var parent = absolute
                for segment in package.split(separator: ".").dropLast() {
                    parent = PythonModuleFinder.join(parent, String(segment))
                    paths.append(parent)
                }
            }
        }
        return paths.map { ($0, ScanCache.stamp(of: $0)?.modified ?? -1) }
    }

    /// Modules, import statements, per-file diagnostics, and fatal errors (a missing root package).
    /// `stamps`, when given, are the files' stamps already taken (parallel to `discovery.files`).
    func scan(_ discovery: Discovery, stamps: [ScanCache.Stamp?]? = nil) -> WorkspacePart {
        var part = WorkspacePart()
        part.errors = discovery.errors
        guard part.errors.isEmpty else { return part }
        let locations = discovery.locations
        let files = discovery.files
        // One name value per module, shared by its node and every statement importing it.
        let fileModuleNames = files.map { ModuleName($0.name) }
        var internalNames = Set(fileModuleNames)
        var namespaceModuleNames: [(name: ModuleName, path: String)] = []
        for namespace in discovery.namespacePackages {
            let name = ModuleName(namespace.name)
            if internalNames.insert(name).inserted { namespaceModuleNames.append((name, namespace.path)) }
        }
        let resolver = PythonImportResolver(modules: internalNames, rootPackages: locations.map(\.name))
        let dropTypeChecking = settings.excludeTypeCheckingImports

        // Batches of files share one read buffer.
        let batches = stride(from: 0, to: files.count, by: 32).map { $0..<min($0 + 32, files.count) }
        let cache = self.cache
        var batchResults = ParallelMap.map(batches) { batch in
            var reader = SourceFileReader()
            return batch.map { index in
                Self.load(files[index], stamp: stamps.map { $0[index] }, reader: &reader, cache: cache,
                          resolver: resolver, dropTypeChecking: dropTypeChecking)
            }
        }

        var modules: [Module] = zip(files, fileModuleNames).map { file, name in
            Module(name: name, language: .python, kind: file.isPackage ? .package : .module, path: file.path)
        }
        for namespace in namespaceModuleNames {
            modules.append(Module(name: namespace.name, language: .python, kind: .package, path: namespace.path))
        }
        var externals = Set<ModuleName>()
        part.imports.reserveCapacity(batchResults.reduce(0) { $0 + $1.reduce(0) { $0 + $1.statements.count } })
        let placeholder = ImportStatement(importer: ModuleName(""), imported: ModuleName(""), location: SourceLocation(path: "", line: 0))
        var fileIndex = 0
        for batch in batchResults.indices {
            for index in batchResults[batch].indices {
                let file = files[fileIndex]
                fileIndex += 1
                if let entry = batchResults[batch][index].cacheEntry { part.cacheEntries["python:" + file.path] = entry }
                if batchResults[batch][index].fromCache { part.cachedFileCount += 1 }
                part.diagnostics.append(contentsOf: batchResults[batch][index].diagnostics)
                for name in batchResults[batch][index].externals { externals.insert(name) }
                ArrayMover.append(moving: &batchResults[batch][index].statements, to: &part.imports, placeholder: placeholder)
            }
        }
        modules.append(contentsOf: externals.map { Module(name: $0, language: .python, kind: .external) })
        part.modules = modules  // ImportGraph sorts modules and statements itself
        part.fileCount = files.count
        return part
    }

    /// What one file gave.
    private struct FileResult: Sendable {
        var statements: [ImportStatement] = []
        /// The imported names that are not modules of the workspace (found here, on every core).
        var externals: [ModuleName] = []
        var diagnostics: [Diagnostic] = []
        var cacheEntry: ScanCache.Entry?
        var fromCache = false
    }

    private static func load(
        _ file: PythonModuleFinder.ModuleFile, stamp: ScanCache.Stamp??, reader: inout SourceFileReader, cache: ScanCache?,
        resolver: PythonImportResolver, dropTypeChecking: Bool
    ) -> FileResult {
        var result = FileResult()
        let scanned = CachedScan.scan(
            file.absolutePath, key: "python:" + file.path, cache: cache, knownStamp: stamp,
            decode: PythonFileScan.init(decoding:), encode: { $0.encoded() },
            readAndScan: {
                reader.withContents(of: file.absolutePath) { buffer in
                    let finding = PythonSourceCheck.check(buffer)
                    if case .binary = finding { return PythonFileScan(finding: finding, scan: nil) }
                    return PythonFileScan(finding: finding, scan: PythonImportScanner.scan(buffer))
                }
            })
        let fileScan: PythonFileScan
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
            result.diagnostics.append(
                Diagnostic(path: file.path, line: line, message: "file contains a NUL byte, so it is not Python source; not scanned"))
        case .invalidUTF8(let line):
            result.diagnostics.append(
                Diagnostic(path: file.path, line: line,
                           message: "invalid UTF-8 and no other encoding declared (grimp would stop here); scanned anyway"))
        case nil:
            break
        }
        guard let scan = fileScan.scan else { return result }
        for problem in scan.problems {
            result.diagnostics.append(
                Diagnostic(path: file.path, line: problem.line, message: "\(problem.message); imports after it may be missed"))
        }
        var resolution = resolver.resolve(
            scan.imports, importer: ModuleName(file.name), importerIsPackage: file.isPackage, path: file.path)
        for problem in resolution.problems {
            result.diagnostics.append(Diagnostic(path: file.path, line: problem.line, message: problem.message))
        }
        result.externals = resolution.externalNames
        if dropTypeChecking && resolution.statements.contains(where: \.isTypeChecking) {
            resolution.statements.removeAll { $0.isTypeChecking }
            // An external imported only under TYPE_CHECKING is no longer imported at all.
            result.externals.removeAll { name in !resolution.statements.contains { $0.imported == name } }
        }
        result.statements = resolution.statements
        return result
    }

    /// One file per module name. When `a/b.py` and `a/b/__init__.py` both exist, grimp reads
    /// `b.py`, so that one wins.
    private static func uniqueModules(_ files: [PythonModuleFinder.ModuleFile]) -> [PythonModuleFinder.ModuleFile] {
        var indexByName: [String: Int] = [:]
        var unique: [PythonModuleFinder.ModuleFile] = []
        unique.reserveCapacity(files.count)
        for file in files {
            if let index = indexByName[file.name] {
                if unique[index].isPackage && !file.isPackage { unique[index] = file }
            } else {
                indexByName[file.name] = unique.count
                unique.append(file)
            }
        }
        return unique
    }

    /// Settings for a workspace whose `contracts.json` has no `python` section: the top-level
    /// folders with `__init__.py` directly in `baseDirectory` or in `src/`; nil when there are none.
    package static func detectedSettings(baseDirectory: String, exclusion: PathExclusion) -> PythonSettings? {
        var roots: [String] = []
        var packages: [String] = []
        for root in [".", "src"] {
            let rootPath = PythonPackageLocation.normalized(root)
            let absolute = rootPath.isEmpty ? baseDirectory : PythonModuleFinder.join(baseDirectory, rootPath)
            guard let entries = DirectoryListing.entries(of: absolute) else { continue }
            var found = false
            for entry in entries where entry.kind == .directory && PythonIdentifier.isIdentifier(entry.name) {
                let path = PythonModuleFinder.join(rootPath, entry.name)
                guard !exclusion.excludes(path),
                    DirectoryListing.isFile(PythonModuleFinder.join(absolute, entry.name) + "/__init__.py"),
                    !packages.contains(entry.name)
                else { continue }
                packages.append(entry.name)
                found = true
            }
            if found { roots.append(root) }
        }
        guard !packages.isEmpty else { return nil }
        return PythonSettings(sourceRoots: roots, rootPackages: packages, excludeTypeCheckingImports: false)
    }
}
