import ArchlintGraph
import ArchlintScanning
import ArchlintConfiguration
import ArchlintFiles

/// Swift's front end: one module per SwiftPM target of each package named in the
/// configuration (and per module mapped to folders by hand), the `.swift` files of each, their
/// import declarations, and the external modules they import.
package struct SwiftFrontEnd: LanguageFrontEnd {
    package static let name = "swift"
    package static let language = Language.swift
    /// Discovery reads manifests, which the quick check does not compare: it runs every time.
    package static let recordsFolders = false

    let settings: SwiftSettings
    /// The configuration file's folder; package folders and output paths are relative to it.
    let baseDirectory: String
    let exclusion: PathExclusion

    package init(settings: SwiftSettings, baseDirectory: String, exclusion: PathExclusion) {
        self.settings = settings
        self.baseDirectory = baseDirectory
        self.exclusion = exclusion
    }

    package static func make(for configuration: Configuration, exclusion: PathExclusion, detecting: Bool) -> SwiftFrontEnd? {
        let base = configuration.baseDirectory
        let settings = detecting ? (DirectoryListing.isFile(base + "/Package.swift") ? SwiftSettings() : nil) : configuration.swift
        return settings.map { SwiftFrontEnd(settings: $0, baseDirectory: base, exclusion: exclusion) }
    }

    package func combineSettings(into hasher: inout SnapshotHasher) {
        hasher.combine(settings.packages.joined(separator: "\u{0}"))
        for (name, folders) in settings.modules.sorted(by: { $0.key < $1.key }) { hasher.combine(name + "=" + folders.joined(separator: "\u{0}")) }
        hasher.combine(settings.toolsVersion.map { $0.map(String.init).joined(separator: ".") } ?? "")
    }

    /// A module to list files for, with the rules of its folder.
    fileprivate struct Plan: Sendable {
        var source: SwiftModuleSource
        var target: SwiftManifestTarget?
        var isPackageRoot = false
        var toolsVersion: [Int]?
        /// For a module mapped by hand: all its folders.
        var folders: [String] = []
        /// For a target of a manifest (not a snippet): how to read what it declares.
        var dependencies: SwiftDeclaredDependencies?
    }

    /// Reads the manifests and lists every module's files.
    package func discover(recordingFolders: Bool) -> LanguageDiscovery {
        var part = LanguageDiscovery()
        var plans: [Plan] = []
        for (index, package) in settings.packages.enumerated() {
            let folder = SwiftPath.normalized(package)
            // `packages` defaults to ["."]: without a manifest there, hand-mapped modules are enough.
            if folder.isEmpty && !settings.modules.isEmpty && settings.packages == ["."]
                && !DirectoryListing.isFile(PathSyntax.join(baseDirectory, "Package.swift"))
            {
                continue
            }
            var loader = SwiftPackageLoader(packageFolder: folder, baseDirectory: baseDirectory,
                                            settingPath: "swift.packages[\(index)]")
            if let toolsVersion = settings.toolsVersion { loader.toolsVersion = toolsVersion }
            let loaded = loader.load()
            part.errors += loaded.errors
            part.diagnostics += loaded.diagnostics
            let dependencies = SwiftDeclaredDependencies(loaded, packageFolder: folder, baseDirectory: baseDirectory)
            for target in loaded.targets {
                let source = SwiftModuleSource(name: target.target.moduleName, folder: target.folder, origin: loaded.manifestPath)
                plans.append(Plan(source: source, target: target.target, isPackageRoot: target.folder == folder,
                                  toolsVersion: loaded.toolsVersion, dependencies: target.isSnippet ? nil : dependencies))
            }
        }
        for (name, folders) in settings.modules.sorted(by: { $0.key < $1.key }) {
            let normalized = folders.map(SwiftPath.normalized)
            for (index, folder) in normalized.enumerated()
            where !DirectoryListing.isDirectory(PathSyntax.join(baseDirectory, folder)) {
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
        guard part.errors.isEmpty else { return part }
        // One name value per module, shared by its node and every statement it makes.
        var names: [String: ModuleName] = [:]
        for plan in plans where names[plan.source.name] == nil { names[plan.source.name] = ModuleName(plan.source.name) }
        let listed = listFiles(plans)
        part.diagnostics += listed.diagnostics
        let withFiles = Set(listed.files.map(\.module))
        part.modules = plans.map { plan in
            let declared = plan.target.flatMap { plan.dependencies?.declared(by: $0, hasSwiftSources: withFiles.contains(plan.source.name)) }
            return Module(name: names[plan.source.name]!, language: .swift, kind: .module, path: plan.source.folder,
                          declaredDependencies: declared)
        }
        part.files = listed.files.map {
            SourceFile(path: $0.file.path, absolutePath: $0.file.absolutePath, module: names[$0.module] ?? ModuleName($0.module))
        }
        return part
    }

    /// Every module's files; a file reached from two modules belongs to the first.
    private func listFiles(_ plans: [Plan]) -> (files: [(file: SwiftSourceFile, module: String)], diagnostics: [Diagnostic]) {
        let folders = Set(plans.flatMap { plan in plan.folders + (plan.source.folder.map { [$0] } ?? []) })
        var seen = Set<String>()
        var files: [(file: SwiftSourceFile, module: String)] = []
        var diagnostics: [Diagnostic] = []
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
                let listed = lister.list()
                diagnostics += listed.diagnostics
                for file in listed.files where seen.insert(file.path).inserted {
                    files.append((file, plan.source.name))
                }
            }
        }
        return (files, diagnostics)
    }

    /// The workspace's module names: an import of any other is external.
    package struct Resolver: Sendable {
        let internalNames: Set<ModuleName>
    }

    package func resolver(for discovery: LanguageDiscovery) -> Resolver {
        Resolver(internalNames: Set(discovery.modules.map(\.name)))
    }

    package static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> SwiftFileScan {
        let finding = SourceCheck.check(bytes)
        if case .binary = finding { return SwiftFileScan(finding: finding, scan: nil) }
        return SwiftFileScan(finding: finding, scan: SwiftImportScanner.scan(bytes))
    }

    package static func resolve(_ fileScan: SwiftFileScan, of file: SourceFile, with resolver: Resolver,
                                externals _: inout ModuleNameTable) -> FileOutcome {
        var result = FileOutcome()
        switch fileScan.finding {
        case .binary(let line):
            result.diagnostics.append(Diagnostic(
                path: file.path, line: line, message: "file contains a NUL byte, so it is not Swift source; not scanned"))
        case .invalidUTF8(let line):
            result.diagnostics.append(Diagnostic(path: file.path, line: line, message: "invalid UTF-8; scanned anyway"))
        case nil:
            break
        }
        guard let scan = fileScan.scan else { return result }
        for problem in scan.problems {
            result.diagnostics.append(Diagnostic(path: file.path, line: problem.line, message: "\(problem.message); imports after it may be missed"))
        }
        for found in scan.imports {
            guard !found.module.isEmpty else {
                result.diagnostics.append(Diagnostic(path: file.path, line: found.line, message: "import without a module name; ignored"))
                continue
            }
            let imported = ModuleName(found.module)
            // `import Foo` (most imports) names one module: its full name is the same value.
            let fullName = found.fullPath == found.module ? imported : ModuleName(found.fullPath)
            result.statements.append(ImportStatement(
                importer: file.module, imported: imported, importedFullName: fullName,
                location: SourceLocation(path: file.path, line: found.line),
                isConditional: found.isConditional, condition: found.condition,
                attributes: found.attributes, accessLevel: found.accessLevel))
            if !resolver.internalNames.contains(imported) && !result.externals.contains(imported) { result.externals.append(imported) }
        }
        return result
    }
}
