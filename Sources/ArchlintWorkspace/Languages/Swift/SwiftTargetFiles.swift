import ArchlintFiles
/// Lists a target's Swift sources by SwiftPM's rules (TargetSourcesBuilder): every `.swift`
/// file under the target folder except hidden ones, `exclude:` paths, resources, folders
/// SwiftPM treats as opaque bundles (`.docc`, `.xcassets`…), Xcode project folders, the
/// folders of other targets nested inside (they belong to the innermost target), and, when
/// `sources:` is given, files outside it.
struct SwiftTargetFiles {
    /// Relative folder (from the configuration folder) of the target.
    let folder: String
    package let baseDirectory: String
    /// Paths relative to the target folder.
    package let exclude: Set<String>
    let resources: [String]
    let sources: [String]?
    /// Folders (relative to the configuration folder) of other modules, not walked into.
    let otherModuleFolders: Set<String>
    /// True when the target folder is the package folder (its manifests are then skipped).
    let isPackageRoot: Bool
    /// SwiftPM 5.6+ treats only known bundle extensions as opaque; 5.3–5.5 any folder with a dot.
    let opaqueByExtensionOnly: Bool
    let exclusion: PathExclusion

    private static let ignoredFolderExtensions: Set<String> = ["xcodeproj", "playground", "xcworkspace"]
    private static let opaqueFolderExtensions: Set<String> = [
        "nib", "xib", "storyboard", "xcassets", "xcstrings", "xcdatamodeld", "xcdatamodel", "xcmappingmodel",
        "metal", "xcprivacy", "docc",
    ]

    func list() -> [SwiftSourceFile] {
        var files: [SwiftSourceFile] = []
        walk("", into: &files)
        return files
    }

    /// Walks `relative` (inside the target folder).
    private func walk(_ relative: String, into files: inout [SwiftSourceFile]) {
        let path = PathSyntax.join(folder, relative)
        guard let entries = DirectoryListing.entries(of: PathSyntax.join(baseDirectory, path)) else { return }
        for entry in entries where !entry.name.hasPrefix(".") {
            let inner = PathSyntax.join(relative, entry.name)
            let outer = PathSyntax.join(folder, inner)
            if exclude.contains(inner) || exclusion.excludes(outer) || isResource(inner) { continue }
            switch entry.kind {
            case .directory:
                guard !entry.isSymbolicLink, !otherModuleFolders.contains(outer) else { continue }
                let dot = entry.name.lastIndex(of: ".")
                let pathExtension = dot.map { String(entry.name[entry.name.index(after: $0)...]) }
                if let pathExtension {
                    if Self.ignoredFolderExtensions.contains(pathExtension) { continue }
                    let opaque = opaqueByExtensionOnly ? Self.opaqueFolderExtensions.contains(pathExtension) : pathExtension != "lproj"
                    if opaque && !isDeclaredSourceFolder(inner) { continue }
                }
                walk(inner, into: &files)
            case .file:
                guard entry.name.hasSuffix(".swift"), isSource(inner) else { continue }
                if isPackageRoot && relative.isEmpty && (entry.name == "Package.swift" || entry.name.hasPrefix("Package@")) {
                    continue
                }
                files.append(SwiftSourceFile(path: outer, absolutePath: PathSyntax.join(baseDirectory, outer)))
            case .other:
                continue
            }
        }
    }

    /// A path at or under one of the `resources:` paths.
    private func isResource(_ path: String) -> Bool {
        resources.contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    private func isSource(_ path: String) -> Bool {
        guard let sources else { return true }
        return sources.contains { $0.isEmpty || path == $0 || path.hasPrefix($0 + "/") }
    }

    private func isDeclaredSourceFolder(_ path: String) -> Bool {
        sources?.contains { path == $0 } ?? false
    }
}
