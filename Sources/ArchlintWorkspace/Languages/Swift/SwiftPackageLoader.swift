import ArchlintScanning
import ArchlintFiles

/// Reads one SwiftPM package: picks the manifest SwiftPM would load, reads its targets, and
/// finds each target's folder by SwiftPM's conventions (`path:`, else `Sources/<Name>`,
/// `Tests/<Name>` or `Plugins/<Name>` under the first predefined folder that exists).
struct SwiftPackageLoader {
    /// The package folder relative to the configuration folder (`""` for the folder itself).
    let packageFolder: String
    package let baseDirectory: String
    /// Where the package is named in `contracts.json`, for errors (`swift.packages[0]`).
    let settingPath: String

    /// A target and where its sources are.
    struct LoadedTarget: Sendable {
        let target: SwiftManifestTarget
        /// Folder relative to the configuration folder; nil when it has none (binary, missing).
        let folder: String?
    }

    struct Result: Sendable {
        var targets: [LoadedTarget] = []
        /// The manifest file read, relative to the configuration folder.
        var manifestPath = ""
        var toolsVersion: [Int]?
        var diagnostics: [Diagnostic] = []
        var errors: [String] = []
    }

    private static let sourceFolders = ["Sources", "Source", "src", "srcs"]
    private static let testFolders = ["Tests", "Sources", "Source", "src", "srcs"]

    func load() -> Result {
        var result = Result()
        let absolute = PathSyntax.join(baseDirectory, packageFolder)
        let shown = packageFolder.isEmpty ? "." : packageFolder
        guard let entries = DirectoryListing.entries(of: absolute) else {
            result.errors.append("\(settingPath): package folder '\(shown)' does not exist")
            return result
        }
        let fileNames = entries.filter { $0.kind == .file }.map(\.name)
        let folderNames = Set(entries.filter { $0.kind == .directory }.map(\.name))
        let manifestName = SwiftPackageManifest.manifestFileName(
            among: fileNames, current: SwiftToolchainVersion.current,
            toolsVersion: { name in
                guard case .success(let bytes) = FileContents.read(PathSyntax.join(absolute, name)) else { return nil }
                return SwiftPackageManifest.toolsVersion(of: bytes)
            })
        guard let manifestName else {
            result.errors.append("\(settingPath): '\(shown)' has no Package.swift")
            return result
        }
        result.manifestPath = PathSyntax.join(packageFolder, manifestName)
        let bytes: [UInt8]
        switch FileContents.read(PathSyntax.join(absolute, manifestName)) {
        case .success(let read): bytes = read
        case .failure(let error):
            result.errors.append("\(result.manifestPath): \(error)")
            return result
        }
        let manifest = SwiftPackageManifest.read(bytes)
        result.toolsVersion = manifest.toolsVersion
        for note in manifest.notes {
            result.diagnostics.append(Diagnostic(path: result.manifestPath, line: note.line, message: note.message))
        }
        let sourceRoot = Self.sourceFolders.first(where: folderNames.contains) ?? Self.sourceFolders[0]
        let testRoot = Self.testFolders.first(where: folderNames.contains) ?? Self.testFolders[0]
        for target in manifest.targets {
            let folder = self.folder(of: target, in: manifest, sourceRoot: sourceRoot, testRoot: testRoot, result: &result)
            result.targets.append(LoadedTarget(target: target, folder: folder))
        }
        if folderNames.contains("Snippets") {
            result.targets += snippets(in: PathSyntax.join(packageFolder, "Snippets"))
        }
        return result
    }

    /// SwiftPM makes every `.swift` file under `Snippets/` an executable target of its own,
    /// named after the file, whose folder is the file's folder.
    private func snippets(in folder: String) -> [LoadedTarget] {
        guard let entries = DirectoryListing.entries(of: PathSyntax.join(baseDirectory, folder)) else { return [] }
        var targets: [LoadedTarget] = []
        for entry in entries where !entry.name.hasPrefix(".") {
            if entry.kind == .directory && !entry.isSymbolicLink {
                targets += snippets(in: PathSyntax.join(folder, entry.name))
            } else if entry.kind == .file && entry.name.hasSuffix(".swift") {
                var target = SwiftManifestTarget(name: String(entry.name.dropLast(".swift".count)), kind: .executable, line: 0)
                target.sources = [entry.name]
                targets.append(LoadedTarget(target: target, folder: folder))
            }
        }
        return targets
    }

    private func folder(
        of target: SwiftManifestTarget, in manifest: SwiftPackageManifest, sourceRoot: String, testRoot: String,
        result: inout Result
    ) -> String? {
        if target.kind == .binary { return nil }
        if let path = target.path {
            let folder = PathSyntax.join(packageFolder, SwiftPath.normalized(path))
            guard isFolder(folder) else {
                result.diagnostics.append(Diagnostic(
                    path: result.manifestPath, line: target.line,
                    message: "target '\(target.name)': path '\(path)' is not a folder; the module has no files"))
                return nil
            }
            return folder
        }
        let root = target.kind == .test ? testRoot : (target.kind == .plugin ? "Plugins" : sourceRoot)
        let conventional = PathSyntax.join(packageFolder, PathSyntax.join(root, target.name))
        if isFolder(conventional) { return conventional }
        // Since tools 5.9 the only target of its kind may use the whole predefined folder.
        let similar = manifest.targets.filter { other in
            switch target.kind {
            case .test: return other.kind == .test
            case .plugin: return other.kind == .plugin
            default: return other.kind != .test && other.kind != .plugin
            }
        }
        if similar.count == 1, let tools = manifest.toolsVersion, !SwiftPackageManifest.isNewer([5, 9], than: tools),
           isFolder(PathSyntax.join(packageFolder, root))
        {
            return PathSyntax.join(packageFolder, root)
        }
        if target.isInferred {
            for name in [target.name] + target.folderHints {
                for candidate in Self.testFolders + ["Plugins"] {
                    let folder = PathSyntax.join(packageFolder, PathSyntax.join(candidate, name))
                    if isFolder(folder) { return folder }
                }
            }
        }
        result.diagnostics.append(Diagnostic(
            path: result.manifestPath, line: target.line,
            message: "target '\(target.name)': no folder '\(PathSyntax.join(root, target.name))'; the module has no files"))
        return nil
    }

    private func isFolder(_ relative: String) -> Bool {
        DirectoryListing.isDirectory(PathSyntax.join(baseDirectory, relative))
    }
}
