import ArchlintGraph
import ArchlintScanning
import ArchlintConfiguration
import ArchlintFiles

/// Python's front end: finds the root packages' modules (grimp's rules), scans each file's
/// import statements, and resolves them against the modules found (relative imports, `from a
/// import b` as module or name, externals squashed to their top-level package).
package struct PythonFrontEnd: LanguageFrontEnd {
    package static let name = "python"
    package static let language = Language.python
    package static let recordsFolders = true

    let settings: PythonSettings
    /// The configuration file's folder; source roots and output paths are relative to it.
    let baseDirectory: String
    let exclusion: PathExclusion

    package init(settings: PythonSettings, baseDirectory: String, exclusion: PathExclusion) {
        self.settings = settings
        self.baseDirectory = baseDirectory
        self.exclusion = exclusion
    }

    package static func make(for configuration: Configuration, exclusion: PathExclusion, detecting: Bool) -> PythonFrontEnd? {
        let settings = detecting
            ? detectedSettings(baseDirectory: configuration.baseDirectory, exclusion: exclusion) : configuration.python
        return settings.map { PythonFrontEnd(settings: $0, baseDirectory: configuration.baseDirectory, exclusion: exclusion) }
    }

    package func combineSettings(into hasher: inout SnapshotHasher) {
        hasher.combine(settings.sourceRoots.joined(separator: "\u{0}"))
        hasher.combine(settings.rootPackages.joined(separator: "\u{0}"))
        hasher.combine(settings.excludeTypeCheckingImports)
        hasher.combine(settings.includeExternalPackages)
    }

    /// Finds the root packages and their modules (grimp's rules) without reading any file.
    /// `recordingFolders` also notes the folders that decide the modules, with their times.
    package func discover(recordingFolders: Bool) -> LanguageDiscovery {
        var discovery = LanguageDiscovery()
        var locations: [PythonPackageLocation] = []
        var seenPackages = Set<String>()
        for name in settings.rootPackages where seenPackages.insert(name).inserted {
            switch PythonPackageLocation.locate(name, sourceRoots: settings.sourceRoots, baseDirectory: baseDirectory) {
            case .success(let location): locations.append(location)
            case .failure(let error): discovery.errors.append(error.description)
            }
        }
        guard discovery.errors.isEmpty else { return discovery }
        var finder = PythonModuleFinder(exclusion: exclusion)
        finder.recordsFolders = recordingFolders
        for location in locations {
            for directory in location.directories { finder.addPackage(name: location.name, directory: directory) }
        }
        // Linked folders are followed inside the repository (or this folder, outside any) and
        // inside the root packages themselves, wherever their source roots are.
        let home = RepositoryRoot.path(containing: baseDirectory) ?? baseDirectory
        finder.boundaries = ([home] + locations.flatMap { $0.directories.map(\.absolutePath) }).compactMap(PythonModuleFinder.realPath)
        finder.followLinks()
        discovery.diagnostics += finder.diagnostics
        if recordingFolders { discovery.folders = finder.folders + locationFolders() }
        // One walk gives each name once; only a package spread over several folders, or a root
        // package inside another, can repeat one. Many root packages alone cannot: deduplicating
        // them anyway hashed every path name (a third of discovery on 70 root packages).
        discovery.files = Self.walksOverlap(locations) ? Self.uniqueModules(finder.files) : finder.files
        // One name value per module, shared by its node and every statement importing it.
        discovery.modules = discovery.files.map {
            Module(name: $0.module, language: .python, kind: $0.isPackage ? .package : .module, path: $0.path)
        }
        // A namespace package is kept unless a module file has its name (`a/b.py` beside a folder
        // `a/b` without `__init__.py`) or it is listed twice. Namespace packages are few: only the
        // files whose name hashes like one are set aside, instead of hashing every name into a set.
        if !finder.namespacePackages.isEmpty {
            let namespaceHashes = Set(finder.namespacePackages.map(\.name.byteHash))
            var taken = Set<ModuleName>()
            for file in discovery.files where namespaceHashes.contains(file.module.byteHash) { taken.insert(file.module) }
            for namespace in finder.namespacePackages where taken.insert(namespace.name).inserted {
                discovery.modules.append(Module(name: namespace.name, language: .python, kind: .package, path: namespace.path))
            }
        }
        return discovery
    }

    /// The source roots and the folders above each dotted root package: where a root package
    /// is found (a folder or module appearing in any of them can change that).
    private func locationFolders() -> [(path: String, modified: Int)] {
        var paths: [String] = []
        for root in settings.sourceRoots {
            let rootPath = PythonPackageLocation.normalized(root)
            let absolute = rootPath.hasPrefix("/") ? rootPath : PathSyntax.join(baseDirectory, rootPath)
            paths.append(absolute)
            for package in settings.rootPackages {
                var parent = absolute
                for segment in package.split(separator: ".").dropLast() {
                    parent = PathSyntax.join(parent, String(segment))
                    paths.append(parent)
                }
            }
        }
        return paths.map { ($0, ScanCache.stamp(of: $0)?.modified ?? -1) }
    }

    /// What resolution needs: every internal module name, the root packages, and whether
    /// TYPE_CHECKING imports are dropped.
    package struct Resolver: Sendable {
        let resolver: PythonImportResolver
        let dropTypeChecking: Bool
    }

    package func resolver(for discovery: LanguageDiscovery) -> Resolver {
        // Each root package once (discovery refused any it could not find); the resolver orders them.
        return Resolver(resolver: PythonImportResolver(modules: discovery.modules.map(\.name),
                                                       rootPackages: Array(Set(settings.rootPackages)),
                                                               includeExternals: settings.includeExternalPackages),
                        dropTypeChecking: settings.excludeTypeCheckingImports)
    }

    package static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> PythonFileScan {
        // The source check and the scanner's search for the word `import` read the bytes once.
        let (finding, scan) = PythonImportScanner.checkAndScan(bytes)
        return PythonFileScan(finding: finding, scan: scan)
    }

    package static func resolve(_ fileScan: PythonFileScan, of file: SourceFile, with context: Resolver,
                                externals: inout ModuleNameTable) -> FileOutcome {
        var result = FileOutcome()
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
        var resolution = context.resolver.resolve(
            scan, importer: file.module, importerIsPackage: file.isPackage, path: file.path, externals: &externals)
        for problem in resolution.problems {
            result.diagnostics.append(Diagnostic(path: file.path, line: problem.line, message: problem.message))
        }
        result.externals = resolution.externalNames
        if context.dropTypeChecking && resolution.statements.contains(where: \.isTypeChecking) {
            resolution.statements.removeAll { $0.isTypeChecking }
            // An external imported only under TYPE_CHECKING is no longer imported at all.
            result.externals.removeAll { name in !resolution.statements.contains { $0.imported == name } }
        }
        result.statements = resolution.statements
        return result
    }

    /// True when two walks can list the same module: a package found in several folders
    /// (namespace portions), or a root package inside another (`a` and `a.b`). Sorted by bytes,
    /// a name's descendants follow it directly (identifier characters all sort after `.`).
    private static func walksOverlap(_ locations: [PythonPackageLocation]) -> Bool {
        if locations.contains(where: { $0.directories.count > 1 }) { return true }
        let names = locations.map { ModuleName($0.name) }.sorted()
        return zip(names, names.dropFirst()).contains { $1.isDescendant(of: $0) }
    }

    /// One file per module name. When `a/b.py` and `a/b/__init__.py` both exist, grimp reads
    /// `b.py`, so that one wins.
    private static func uniqueModules(_ files: [SourceFile]) -> [SourceFile] {
        var indexByName: [ModuleName: Int] = Dictionary(minimumCapacity: files.count)
        var unique: [SourceFile] = []
        unique.reserveCapacity(files.count)
        for file in files {
            if let index = indexByName[file.module] {
                if unique[index].isPackage && !file.isPackage { unique[index] = file }
            } else {
                indexByName[file.module] = unique.count
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
            // A `src` holding `__init__.py` is a package found from "."; its folders are its subpackages.
            if root == "src" && packages.contains("src") { continue }
            let rootPath = PythonPackageLocation.normalized(root)
            let absolute = rootPath.isEmpty ? baseDirectory : PathSyntax.join(baseDirectory, rootPath)
            guard let entries = DirectoryListing.entries(of: absolute) else { continue }
            var found = false
            for entry in entries where entry.kind == .directory && PythonIdentifier.isIdentifier(entry.name) {
                let path = PathSyntax.join(rootPath, entry.name)
                guard !exclusion.excludes(path),
                    DirectoryListing.isFile(PathSyntax.join(absolute, entry.name) + "/__init__.py"),
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
