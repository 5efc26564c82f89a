#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArchlintFiles
import ArchlintGraph

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
    /// A folder without `__init__.py` that holds modules.
    struct NamespacePackage: Sendable {
        let name: ModuleName
        let path: String
    }

    let exclusion: PathExclusion
    /// Real (resolved) folders inside which linked folders are followed: the repository, or
    /// the configuration folder outside any, and each root package's own folder. A link that
    /// leaves them is named in a diagnostic and not followed (a link to `/` would walk the disk).
    var boundaries: [String] = []
    /// Every module file. Within one walk, in the byte order of the module names: each folder's
    /// entries are taken in the order of their names, a file `b.py` before the folder `b` (see
    /// `walk`), so the graph finds the modules sorted already (linked folders, walked last, and
    /// further root packages each start a run of their own).
    private(set) var files: [SourceFile] = []
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
        let root = Child(absolute: directory.absolutePath, display: directory.path, moduleName: ModuleName(name), initShadowed: false)
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
        let moduleName: ModuleName
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

    /// What a folder gives, in name order: a module file, or the sub-folder `children[index]`.
    private enum Step {
        case file(SourceFile)
        case child(Int)
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
        let hasInit = listing.withNames { names in
            listing.entries.contains { !$0.isDirectory && Self.name(of: $0, in: names).elementsEqual(Self.initFileName) }
        }
        if inPortion && !hasInit { return false }
        let isPortion = inPortion || hasInit
        let ancestors = isPortion ? [] : namespaceAncestors + [NamespacePackage(name: folder.moduleName, path: folder.display)]
        var children: [Child] = []
        let steps = listing.withNames { names in
            self.steps(of: listing.entries, names: names, in: folder, isPortion: isPortion, ancestors: ancestors, children: &children)
        }
        // Sub-folders walked ahead on every core, merged below in order; empty when they are
        // walked in turn, as each is met.
        var walked: [(finder: PythonModuleFinder, holds: Bool)] = []
        if fanOut > 0 && children.count > 1 {
            let exclusion = self.exclusion
            let recordsFolders = self.recordsFolders
            walked = ParallelMap.map(children) { child in
                var finder = PythonModuleFinder(exclusion: exclusion)
                finder.recordsFolders = recordsFolders
                let holds = finder.walk(child, inPortion: isPortion, namespaceAncestors: ancestors, fanOut: fanOut - 1)
                return (finder, holds)
            }
            // At least doubled: an exact reserve reallocated the whole list once per root package
            // (70 root packages moved 927,010 files 35 times each on average).
            let needed = files.count + steps.count + walked.reduce(0) { $0 + $1.finder.files.count }
            if needed > files.capacity { files.reserveCapacity(max(needed, 2 * files.capacity)) }
        }
        var holdsModules = false
        for step in steps {
            switch step {
            case .file(let file):
                files.append(file)
                holdsModules = true
            case .child(let index) where walked.isEmpty:
                if walk(children[index], inPortion: isPortion, namespaceAncestors: ancestors) { holdsModules = true }
            case .child(let index):
                folders += walked[index].finder.folders
                namespacePackages += walked[index].finder.namespacePackages
                diagnostics += walked[index].finder.diagnostics
                links += walked[index].finder.links
                visited.formUnion(walked[index].finder.visited)
                if walked[index].holds { holdsModules = true }
                // Moved out of each subtree's list (copies would retain every path and name).
                ArrayMover.append(moving: &walked[index].finder.files, to: &files, placeholder: Self.placeholder)
            }
        }
        if !isPortion && holdsModules {
            namespacePackages.append(NamespacePackage(name: folder.moduleName, path: folder.display))
        }
        return holdsModules
    }

    /// The module files and sub-folders of `folder` in the byte order of their module names:
    /// `__init__.py` (the folder's own module) first, then files by name without `.py` and
    /// folders by name, a file before the folder of the same name (`b` sorts before `b.c` and
    /// `b_c`: every identifier character sorts after `.`). Queues linked folders; reports names
    /// that are not UTF-8.
    private mutating func steps(
        of entries: [PythonDirectoryReader.Entry], names: UnsafeBufferPointer<UInt8>, in folder: Child, isPortion: Bool,
        ancestors: [NamespacePackage], children: inout [Child]
    ) -> [Step] {
        var candidates: [Int32] = []
        var initEntry: Int32?
        for index in entries.indices {
            let entry = entries[index], name = Self.name(of: entry, in: names)
            if !entry.hasValidName {
                if name.count >= 3 && name[name.count - 3..<name.count].elementsEqual(".py".utf8) {
                    diagnostics.append(Diagnostic(path: PathSyntax.join(folder.display, FileName.escaped(name)),
                                                  message: "the file name is not valid UTF-8, so it names no Python module; not scanned"))
                }
            } else if entry.isFile && PythonIdentifier.isModuleFileName(name) {
                if name.elementsEqual(Self.initFileName) { initEntry = Int32(index) } else { candidates.append(Int32(index)) }
            } else if entry.isDirectory && PythonIdentifier.isIdentifier(name) {
                candidates.append(Int32(index))
            }
        }
        guard initEntry != nil || !candidates.isEmpty else { return [] }
        // Keyed by the first eight bytes, where most names of a folder differ already.
        var keyed = candidates.map { (key: Self.leadingBytes(entries[Int($0)], names), index: $0) }
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : Self.precedes(entries[Int($0.index)], entries[Int($1.index)], names) }
        candidates = keyed.map(\.index)
        if let initEntry { candidates.insert(initEntry, at: 0) }
        let prefixes = PythonFolderNames(display: folder.display, absolute: folder.absolute, moduleName: folder.moduleName)
        let checksExclusion = !exclusion.isEmpty
        var steps: [Step] = []
        steps.reserveCapacity(candidates.count)
        // The file `b.py` listed last, while its folder `b` (which sorts right after it) may follow.
        var lastListedStem: UnsafeBufferPointer<UInt8>?
        // `__init__.py` listed: it shadows a folder `__init__`, wherever that one sorts.
        var initListed = false
        for index in candidates {
            let entry = entries[Int(index)], name = Self.name(of: entry, in: names)
            let path = prefixes.path(name)
            if checksExclusion && exclusion.excludes(path) { continue }
            if entry.isFile {
                let isPackage = index == initEntry
                if isPackage && folder.initShadowed { continue }
                let stem = UnsafeBufferPointer(rebasing: name[..<(name.count - 3)])
                if isPackage { initListed = true } else { lastListedStem = stem }
                steps.append(.file(SourceFile(path: path, absolutePath: prefixes.absolutePath(name),
                                              module: isPackage ? folder.moduleName : prefixes.moduleName(stem), isPackage: isPackage)))
                continue
            }
            let child = Child(absolute: prefixes.absolutePath(name), display: path, moduleName: prefixes.moduleName(name),
                              initShadowed: lastListedStem.map { $0.elementsEqual(name) } ?? false
                                  || initListed && name.elementsEqual(Self.initFileName.dropLast(3)))
            if entry.isSymbolicLink {
                if let target = entry.linkTarget {
                    links.append(Link(child: child, inPortion: isPortion, target: target, namespaceAncestors: ancestors))
                }
                continue
            }
            steps.append(.child(children.count))
            children.append(child)
        }
        return steps
    }

    private static let initFileName = Array("__init__.py".utf8)

    /// Holds no string: left behind in a subtree's list when its files are moved out.
    private static let placeholder = SourceFile(path: "", absolutePath: "", module: ModuleName("", byteHash: 0))

    private static func name(of entry: PythonDirectoryReader.Entry, in names: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: names[Int(entry.nameStart)..<Int(entry.nameStart + entry.nameCount)])
    }

    /// The first eight bytes of the name `precedes` compares (zeros after a shorter one, which
    /// then sorts first, as it should), most significant first: names whose keys differ compare
    /// as their keys do.
    private static func leadingBytes(_ entry: PythonDirectoryReader.Entry, _ names: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let name = self.name(of: entry, in: names)
        var key: UInt64 = 0
        for offset in 0..<8 {
            key <<= 8
            if offset < name.count - (entry.isFile ? 3 : 0) { key |= UInt64(name[offset]) }
        }
        return key
    }

    /// Name order of a folder's module files (without `.py`) and sub-folders; a file first on a tie.
    private static func precedes(
        _ lhs: PythonDirectoryReader.Entry, _ rhs: PythonDirectoryReader.Entry, _ names: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let left = name(of: lhs, in: names), right = name(of: rhs, in: names)
        let leftCount = left.count - (lhs.isFile ? 3 : 0), rightCount = right.count - (rhs.isFile ? 3 : 0)
        let order = memcmp(left.baseAddress!, right.baseAddress!, min(leftCount, rightCount))
        if order != 0 { return order < 0 }
        if leftCount != rightCount { return leftCount < rightCount }
        return lhs.isFile && !rhs.isFile
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
