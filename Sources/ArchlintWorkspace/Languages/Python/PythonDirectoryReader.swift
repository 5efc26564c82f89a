#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArchlintFiles

/// Reads one folder for the module finder with `readdir` alone: the entry type comes from
/// `d_type`, so only links (and file systems that do not fill `d_type`) cost a `stat`, and one
/// `fstat` of the open folder gives its identity and modification time. Entries come in
/// `readdir` order; the graph sorts everything it is given.
enum PythonDirectoryReader {
    /// A folder's identity: the walk follows each real folder once, however many links reach it.
    struct FolderID: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64

        init(_ info: stat) {
            device = UInt64(truncatingIfNeeded: info.st_dev)
            inode = UInt64(truncatingIfNeeded: info.st_ino)
        }
    }

    struct Entry {
        let name: String
        let isDirectory: Bool
        /// A regular file, or a link to one.
        let isFile: Bool
        let isSymbolicLink: Bool
        /// False when the name is not UTF-8 (`name` then shows the bad bytes as `\xNN`).
        var hasValidName = true
        /// The folder a link to a folder leads to.
        var linkTarget: FolderID? = nil
    }

    /// What one folder holds.
    struct Listing {
        let entries: [Entry]
        let id: FolderID
        /// Nanoseconds; changes whenever an entry is added, removed or renamed.
        let modified: Int
    }

    /// The folder at `path`, or the `errno` of why it cannot be opened.
    static func read(_ path: String) -> Result<Listing, DirectoryListing.Failure> {
        guard let directory = opendir(path) else { return .failure(DirectoryListing.Failure(code: errno)) }
        defer { closedir(directory) }
        var info = stat()
        guard fstat(dirfd(directory), &info) == 0 else { return .failure(DirectoryListing.Failure(code: errno)) }
        let id = FolderID(info)
        let modified = ScanCache.Stamp(info).modified
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let type = entry.pointee.d_type
            let bytes = DirectoryListing.entryName(entry)
            if bytes.count <= 2 && bytes.allSatisfy({ $0 == UInt8(ascii: ".") }) { continue }
            let (name, isValid) = FileName.decode(bytes)
            guard isValid else {
                entries.append(Entry(name: FileName.escaped(bytes), isDirectory: false, isFile: false, isSymbolicLink: false,
                                     hasValidName: false))
                continue
            }
            switch Int32(type) {
            case Int32(DT_DIR):
                entries.append(Entry(name: name, isDirectory: true, isFile: false, isSymbolicLink: false))
            case Int32(DT_REG):
                entries.append(Entry(name: name, isDirectory: false, isFile: true, isSymbolicLink: false))
            case Int32(DT_LNK), Int32(DT_UNKNOWN):
                // Links are followed, as grimp's os.walk(followlinks=True) does (the finder
                // decides which linked folders it walks).
                let isLink = Int32(type) == Int32(DT_LNK)
                guard stat(path + "/" + name, &info) == 0 else {
                    entries.append(Entry(name: name, isDirectory: false, isFile: false, isSymbolicLink: isLink))
                    continue
                }
                let mode = info.st_mode & S_IFMT
                entries.append(Entry(name: name, isDirectory: mode == S_IFDIR, isFile: mode == S_IFREG, isSymbolicLink: isLink,
                                     linkTarget: isLink && mode == S_IFDIR ? FolderID(info) : nil))
            default:
                entries.append(Entry(name: name, isDirectory: false, isFile: false, isSymbolicLink: false))
            }
        }
        return .success(Listing(entries: entries, id: id, modified: modified))
    }
}
