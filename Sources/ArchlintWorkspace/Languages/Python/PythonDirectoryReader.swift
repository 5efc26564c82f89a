#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArchlintFiles

/// Reads one folder for the module finder with `readdir` alone: the entry type comes from
/// `d_type`, so only links (and file systems that do not fill `d_type`) cost a `stat`.
/// Entries come in `readdir` order; the graph sorts everything it is given.
enum PythonDirectoryReader {
    struct Entry {
        let name: String
        let isDirectory: Bool
        /// A regular file, or a link to one.
        let isFile: Bool
        let isSymbolicLink: Bool
    }

    /// The entries of `path` (without `.` and `..`), or nil when it cannot be opened.
    static func entries(of path: String) -> [Entry]? {
        var ignored: Int?
        return entries(of: path, modificationTime: &ignored, recordsTime: false)
    }

    /// The entries of `path` and the folder's modification time in nanoseconds (which changes
    /// whenever an entry is added, removed or renamed), or nil when it cannot be opened.
    static func entriesAndModificationTime(of path: String) -> (entries: [Entry], modified: Int)? {
        var modified: Int?
        guard let entries = entries(of: path, modificationTime: &modified, recordsTime: true), let modified else { return nil }
        return (entries, modified)
    }

    private static func entries(of path: String, modificationTime: inout Int?, recordsTime: Bool) -> [Entry]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        if recordsTime {
            var info = stat()
            if fstat(dirfd(directory), &info) == 0 { modificationTime = ScanCache.Stamp(info).modified }
        }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let type = entry.pointee.d_type
            let bytes = DirectoryListing.entryName(entry)
            if bytes.count <= 2 && bytes.allSatisfy({ $0 == UInt8(ascii: ".") }) { continue }
            let name = String(decoding: bytes, as: UTF8.self)
            switch Int32(type) {
            case Int32(DT_DIR):
                entries.append(Entry(name: name, isDirectory: true, isFile: false, isSymbolicLink: false))
            case Int32(DT_REG):
                entries.append(Entry(name: name, isDirectory: false, isFile: true, isSymbolicLink: false))
            case Int32(DT_LNK), Int32(DT_UNKNOWN):
                // Links are followed, as grimp's os.walk(followlinks=True) does.
                var info = stat()
                guard stat(path + "/" + name, &info) == 0 else {
                    entries.append(Entry(name: name, isDirectory: false, isFile: false, isSymbolicLink: Int32(type) == Int32(DT_LNK)))
                    continue
                }
                let mode = info.st_mode & S_IFMT
                entries.append(
                    Entry(
                        name: name, isDirectory: mode == S_IFDIR, isFile: mode == S_IFREG,
                        isSymbolicLink: Int32(type) == Int32(DT_LNK)))
            default:
                entries.append(Entry(name: name, isDirectory: false, isFile: false, isSymbolicLink: false))
            }
        }
        return entries
    }
}
