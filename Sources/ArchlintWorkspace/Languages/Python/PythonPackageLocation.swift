import ArchlintFiles
/// Where a root package lives, found the way `importlib.util.find_spec` finds it on a path made
/// of the source roots: the first root holding `NAME/__init__.py` gives a regular package; else
/// every root holding a folder `NAME` gives one portion of a namespace package.
struct PythonPackageLocation: Sendable {
    /// One folder of the package.
    struct Directory: Sendable {
        /// Relative to the configuration folder, with `/` (absolute when the source root is).
        let path: String
        /// As the process opens it.
        let absolutePath: String
    }

    /// The package's dotted name.
    let name: String
    /// Its folder, or the folders of its namespace portions.
    let directories: [Directory]

    /// Locates `name` in `sourceRoots` (relative to `baseDirectory`), or says why it cannot.
    static func locate(
        _ name: String, sourceRoots: [String], baseDirectory: String
    ) -> Result<PythonPackageLocation, LocationError> {
        let segments = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !segments.isEmpty, segments.allSatisfy(PythonIdentifier.isIdentifier) else {
            return .failure(LocationError(package: name, sourceRoots: sourceRoots, reason: .notAnIdentifier))
        }
        var portions: [Directory] = []
        for root in sourceRoots {
            let rootPath = normalized(root)
            let rootAbsolute = rootPath.hasPrefix("/") ? rootPath : PathSyntax.join(baseDirectory, rootPath)
            // A dotted root package must not sit inside a regular package (grimp: NotATopLevelModule).
            var parentAbsolute = rootAbsolute
            var insideRegularPackage = false
            for segment in segments.dropLast() {
                parentAbsolute = PathSyntax.join(parentAbsolute, segment)
                if DirectoryListing.isFile(parentAbsolute + "/__init__.py") { insideRegularPackage = true }
            }
            let relative = segments.joined(separator: "/")
            let directory = Directory(
                path: PathSyntax.join(rootPath, relative),
                absolutePath: PathSyntax.join(rootAbsolute, relative))
            if DirectoryListing.isFile(directory.absolutePath + "/__init__.py") {
                if insideRegularPackage {
                    return .failure(LocationError(package: name, sourceRoots: sourceRoots, reason: .insideRegularPackage))
                }
                return .success(PythonPackageLocation(name: name, directories: [directory]))
            }
            if DirectoryListing.isFile(directory.absolutePath + ".py") {
                // importlib takes a module file over namespace portions, even ones found earlier.
                return .failure(LocationError(package: name, sourceRoots: sourceRoots, reason: .isAModule))
            }
            if DirectoryListing.isDirectory(directory.absolutePath) && !insideRegularPackage {
                portions.append(directory)
            }
        }
        guard !portions.isEmpty else {
            return .failure(LocationError(package: name, sourceRoots: sourceRoots, reason: .notFound))
        }
        return .success(PythonPackageLocation(name: name, directories: portions))
    }

    /// `./src/` → `src`, `.` → `` (the configuration folder itself).
    static func normalized(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
        return path == "." ? "" : String(path)
    }

    /// Why a root package cannot be used.
    struct LocationError: Error, Sendable, CustomStringConvertible {
        enum Reason: Sendable { case notFound, notAnIdentifier, isAModule, insideRegularPackage }
        let package: String
        let sourceRoots: [String]
        let reason: Reason

        var description: String {
            let roots = sourceRoots.map { "'\($0)'" }.joined(separator: ", ")
            switch reason {
            case .notFound:
                return "python: root package '\(package)' not found: no folder '\(package.split(separator: ".").joined(separator: "/"))' in the source roots \(roots)"
            case .notAnIdentifier:
                return "python: root package '\(package)' is not a valid dotted Python name"
            case .isAModule:
                return "python: root package '\(package)' is a module file, not a package (source roots \(roots))"
            case .insideRegularPackage:
                return "python: root package '\(package)' lies inside a regular package (one with __init__.py); name the top-level package instead (source roots \(roots))"
            }
        }
    }
}
