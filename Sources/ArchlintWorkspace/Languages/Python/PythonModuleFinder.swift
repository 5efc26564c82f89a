#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArchlintFiles

/// Lists the modules of one root package directory by grimp 3.19's rules:
///
/// - every `.py` file (not hidden, one dot only) of a package is a module, `__init__.py` being
///   the package itself;
/// - a folder with `__init__.py` is a package (a "portion"); inside a portion, a folder without
///   `__init__.py` is not part of the package, nor is anything below it;
/// - outside any portion (in a namespace package such as `ansible_collections`) folders without
///   `__init__.py` are namespace packages, kept when some module lies below them;
/// - folders whose names are not identifiers are skipped; linked folders are followed (once).
///
/// Paths matched by the configuration's `exclude` globs are neither modules nor walked. When
/// `a/b.py` and `a/b/__init__.py` both exist, grimp reads `b.py`: the folder's `__init__.py`
/// is then not listed (the modules below it are).
///
/// Within one walk every module name is unique; a package found in several folders (namespace
/// portions) can give a name twice, which the caller resolves.
struct PythonModuleFinder {
    /// One module backed by a file.
    struct ModuleFile: Sendable {
        /// Dotted module name.
        let name: String
        /// The file, relative to the configuration folder (or absolute when its root is).
        let path: String
        /// The file as the process opens it.
        let absolutePath: String
        /// True for `__init__.py`.
        let isPackage: Bool
    }

    /// A folder without `__init__.py` that holds modules.
    struct NamespacePackage: Sendable {
        let name: String
        let path: String
    }

    let exclusion: PathExclusion
    private(set) var files: [ModuleFile] = []
    private(set) var namespacePackages: [NamespacePackage] = []
    /// Note each folder read with its modification time (for the cache's quick check).
    var recordsFolders = false
    /// Absolute path and modification time of every folder read, when `recordsFolders`.
    private(set) var folders: [(path: String, modified: Int)] = []

    init(exclusion: PathExclusion) {
        self.exclusion = exclusion
    }

    /// Adds the modules of the package `name` found in the folder `directory`.
    mutating func addPackage(name: String, directory: PythonPackageLocation.Directory) {
        _ = walk(
            absolute: directory.absolutePath, display: directory.path, moduleName: name,
            inPortion: false, linkedAncestors: [], isRoot: true)
    }

    /// A sub-folder to walk.
    private struct Child: Sendable {
        let absolute: String
        let display: String
        let moduleName: String
        let linkedAncestors: [String]
        /// A sibling `name.py` was listed: it is the module, not this folder's `__init__.py`.
        let initShadowed: Bool
    }

    /// Walks one folder; returns true when a module lies in it or below it. The root's
    /// sub-folders are independent trees, walked in parallel.
    private mutating func walk(
        absolute: String, display: String, moduleName: String, inPortion: Bool, linkedAncestors: [String],
        isRoot: Bool = false, initShadowed: Bool = false
    ) -> Bool {
        let listed: [PythonDirectoryReader.Entry]?
        if recordsFolders {
            let read = PythonDirectoryReader.entriesAndModificationTime(of: absolute)
            if let read { folders.append((absolute, read.modified)) }
            listed = read?.entries
        } else {
            listed = PythonDirectoryReader.entries(of: absolute)
        }
        guard let entries = listed else { return false }
        let hasInit = entries.contains { !$0.isDirectory && $0.name == "__init__.py" }
        if inPortion && !hasInit { return false }
        let isPortion = inPortion || hasInit
        var holdsModules = false
        var listedModuleFiles: [String] = []
        for entry in entries where entry.isFile && PythonIdentifier.isModuleFileName(entry.name) {
            let path = PathSyntax.join(display, entry.name)
            if exclusion.excludes(path) { continue }
            let isPackage = entry.name == "__init__.py"
            if isPackage && initShadowed { continue }
            listedModuleFiles.append(entry.name)
            files.append(
                ModuleFile(
                    name: isPackage ? moduleName : moduleName + "." + String(decoding: entry.name.utf8.dropLast(3), as: UTF8.self),
                    path: path,
                    absolutePath: PathSyntax.join(absolute, entry.name),
                    isPackage: isPackage))
            holdsModules = true
        }
        var children: [Child] = []
        for entry in entries where entry.isDirectory && PythonIdentifier.isIdentifier(entry.name) {
            let path = PathSyntax.join(display, entry.name)
            if exclusion.excludes(path) { continue }
            let childAbsolute = PathSyntax.join(absolute, entry.name)
            var ancestors = linkedAncestors
            if entry.isSymbolicLink {
                // os.walk(followlinks=True) would loop forever on a link to an enclosing folder.
                guard let target = Self.realPath(childAbsolute), let here = Self.realPath(absolute),
                    !(here == target || here.hasPrefix(target + "/")), !ancestors.contains(target)
                else { continue }
                ancestors.append(target)
            }
            let sibling = entry.name + ".py"
            children.append(
                Child(absolute: childAbsolute, display: path, moduleName: moduleName + "." + entry.name, linkedAncestors: ancestors,
                      initShadowed: listedModuleFiles.contains(sibling)))
        }
        if isRoot && children.count > 1 {
            let exclusion = self.exclusion
            let recordsFolders = self.recordsFolders
            var found = ParallelMap.map(children) { child in
                var finder = PythonModuleFinder(exclusion: exclusion)
                finder.recordsFolders = recordsFolders
                let holds = finder.walk(
                    absolute: child.absolute, display: child.display, moduleName: child.moduleName,
                    inPortion: isPortion, linkedAncestors: child.linkedAncestors, initShadowed: child.initShadowed)
                return (finder.files, finder.namespacePackages, finder.folders, holds)
            }
            files.reserveCapacity(files.count + found.reduce(0) { $0 + $1.0.count })
            for index in found.indices {
                folders += found[index].2
                namespacePackages += found[index].1
                if found[index].3 { holdsModules = true }
                // Moved out of each subtree's list (copies would retain every path and name).
                ArrayMover.append(moving: &found[index].0, to: &files,
                                  placeholder: ModuleFile(name: "", path: "", absolutePath: "", isPackage: false))
            }
        } else {
            for child in children {
                let holds = walk(
                    absolute: child.absolute, display: child.display, moduleName: child.moduleName,
                    inPortion: isPortion, linkedAncestors: child.linkedAncestors, initShadowed: child.initShadowed)
                if holds { holdsModules = true }
            }
        }
        if !isPortion && holdsModules {
            namespacePackages.append(NamespacePackage(name: moduleName, path: display))
        }
        return holdsModules
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
