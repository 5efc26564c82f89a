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
/// - folders whose names are not identifiers are skipped, and files whose names are not UTF-8
///   (a diagnostic names them); linked folders are followed once per real folder, and only
///   while they stay inside the repository.
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
    /// Real (resolved) folders inside which linked folders are followed: the repository, or
    /// the configuration folder outside any, and each root package's own folder. A link that
    /// leaves them is named in a diagnostic and not followed (a link to `/` would walk the disk).
    var boundaries: [String] = []
    private(set) var files: [ModuleFile] = []
    private(set) var namespacePackages: [NamespacePackage] = []
    /// Note each folder read with its modification time (for the cache's quick check).
    var recordsFolders = false
    /// Absolute path and modification time of every folder read, when `recordsFolders` (-2 for
    /// one that could not be read: the quick check then never holds, and the walk says so again).
    private(set) var folders: [(path: String, modified: Int)] = []
    /// Folders that could not be read, names that are not UTF-8, links that leave the boundaries.
    private(set) var diagnostics: [Diagnostic] = []
    /// Every real folder walked: each is walked once, however many links lead to it.
    private var visited: Set<PythonDirectoryReader.FolderID> = []
    /// Linked folders met and not yet followed (see `followLinks`).
    private var links: [Link] = []

    init(exclusion: PathExclusion) {
        self.exclusion = exclusion
    }

    /// Adds the modules of the package `name` found in the folder `directory`, without following
    /// linked folders yet (`followLinks` does, once every package is walked).
    mutating func addPackage(name: String, directory: PythonPackageLocation.Directory) {
        let root = Child(absolute: directory.absolutePath, display: directory.path, moduleName: name, initShadowed: false)
        _ = walk(root, inPortion: false, namespaceAncestors: [], fanOut: Self.fanOutLevels)
    }

    /// Walks the linked folders met so far, and those met in them, in order of their paths: each
    /// real folder not walked yet, inside the boundaries, is walked once (the first link to it
    /// in that order gives its modules' names). Linked sibling packages cost one walk each, not
    /// one per path through the links.
    mutating func followLinks() {
        while !links.isEmpty {
            let round = links.sorted { $0.child.display.utf8.lexicographicallyPrecedes($1.child.display.utf8) }
            links = []
            for link in round where !visited.contains(link.target) {
                guard let real = Self.realPath(link.child.absolute) else { continue }
                guard boundaries.contains(where: { real == $0 || real.hasPrefix($0 == "/" ? "/" : $0 + "/") }) else {
                    diagnostics.append(Diagnostic(path: link.child.display,
                                                  message: "linked folder leads outside the repository (to \(real)); not followed"))
                    continue
                }
                let holds = walk(link.child, inPortion: link.inPortion, namespaceAncestors: link.namespaceAncestors)
                // The namespace packages above the link hold modules now.
                if holds { namespacePackages += link.namespaceAncestors }
            }
        }
    }

    /// A sub-folder to walk.
    private struct Child: Sendable {
        let absolute: String
        let display: String
        let moduleName: String
        /// A sibling `name.py` was listed: it is the module, not this folder's `__init__.py`.
        let initShadowed: Bool
    }

    /// A linked folder to walk later.
    private struct Link: Sendable {
        let child: Child
        let inPortion: Bool
        let target: PythonDirectoryReader.FolderID
        /// The namespace packages (folders outside any portion) it lies in, outermost first.
        let namespaceAncestors: [NamespacePackage]
    }

    /// How many levels below a root package fan their sub-folders out to every core: one level
    /// left the walk of ansible_collections waiting on its largest namespace (community).
    static let fanOutLevels = 3

    /// Walks one folder, queueing its linked folders; returns true when a module lies in it or
    /// below it. Sub-folders are independent trees: for `fanOut` levels they are walked in
    /// parallel, each into a finder of its own, merged in order (the same lists as one walk).
    private mutating func walk(
        _ folder: Child, inPortion: Bool, namespaceAncestors: [NamespacePackage], fanOut: Int = 0
    ) -> Bool {
        let listing: PythonDirectoryReader.Listing
        switch PythonDirectoryReader.read(folder.absolute) {
        case .success(let read): listing = read
        case .failure(let failure):
            if recordsFolders { folders.append((folder.absolute, -2)) }
            diagnostics.append(Diagnostic(path: folder.display.isEmpty ? "." : folder.display,
                                          message: "cannot read folder: \(failure); the modules in it are missing"))
            return false
        }
        guard visited.insert(listing.id).inserted else { return false }
        if recordsFolders { folders.append((folder.absolute, listing.modified)) }
        let entries = listing.entries
        let hasInit = entries.contains { !$0.isDirectory && $0.name == "__init__.py" }
        if inPortion && !hasInit { return false }
        let isPortion = inPortion || hasInit
        var holdsModules = false
        var listedModuleFiles: [String] = []
        for entry in entries where !entry.hasValidName && entry.name.hasSuffix(".py") {
            diagnostics.append(Diagnostic(path: PathSyntax.join(folder.display, entry.name),
                                          message: "the file name is not valid UTF-8, so it names no Python module; not scanned"))
        }
        for entry in entries where entry.isFile && PythonIdentifier.isModuleFileName(entry.name) {
            let path = PathSyntax.join(folder.display, entry.name)
            if exclusion.excludes(path) { continue }
            let isPackage = entry.name == "__init__.py"
            if isPackage && folder.initShadowed { continue }
            listedModuleFiles.append(entry.name)
            files.append(
                ModuleFile(
                    name: isPackage ? folder.moduleName : folder.moduleName + "." + String(decoding: entry.name.utf8.dropLast(3), as: UTF8.self),
                    path: path,
                    absolutePath: PathSyntax.join(folder.absolute, entry.name),
                    isPackage: isPackage))
            holdsModules = true
        }
        let ancestors = isPortion ? [] : namespaceAncestors + [NamespacePackage(name: folder.moduleName, path: folder.display)]
        var children: [Child] = []
        for entry in entries where entry.isDirectory && PythonIdentifier.isIdentifier(entry.name) {
            let path = PathSyntax.join(folder.display, entry.name)
            if exclusion.excludes(path) { continue }
            let child = Child(absolute: PathSyntax.join(folder.absolute, entry.name), display: path,
                              moduleName: folder.moduleName + "." + entry.name,
                              initShadowed: listedModuleFiles.contains(entry.name + ".py"))
            if entry.isSymbolicLink {
                if let target = entry.linkTarget {
                    links.append(Link(child: child, inPortion: isPortion, target: target, namespaceAncestors: ancestors))
                }
                continue
            }
            children.append(child)
        }
        if fanOut > 0 && children.count > 1 {
            let exclusion = self.exclusion
            let recordsFolders = self.recordsFolders
            var found = ParallelMap.map(children) { child in
                var finder = PythonModuleFinder(exclusion: exclusion)
                finder.recordsFolders = recordsFolders
                let holds = finder.walk(child, inPortion: isPortion, namespaceAncestors: ancestors, fanOut: fanOut - 1)
                return (finder, holds)
            }
            // At least doubled: an exact reserve reallocated the whole list once per root package
            // (70 root packages moved 927,010 files 35 times each on average).
            let needed = files.count + found.reduce(0) { $0 + $1.0.files.count }
            if needed > files.capacity { files.reserveCapacity(max(needed, 2 * files.capacity)) }
            for index in found.indices {
                folders += found[index].0.folders
                namespacePackages += found[index].0.namespacePackages
                diagnostics += found[index].0.diagnostics
                links += found[index].0.links
                visited.formUnion(found[index].0.visited)
                if found[index].1 { holdsModules = true }
                // Moved out of each subtree's list (copies would retain every path and name).
                ArrayMover.append(moving: &found[index].0.files, to: &files,
                                  placeholder: ModuleFile(name: "", path: "", absolutePath: "", isPackage: false))
            }
        } else {
            for child in children {
                if walk(child, inPortion: isPortion, namespaceAncestors: ancestors) { holdsModules = true }
            }
        }
        if !isPortion && holdsModules {
            namespacePackages.append(NamespacePackage(name: folder.moduleName, path: folder.display))
        }
        return holdsModules
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
