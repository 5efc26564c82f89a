#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stats files through a descriptor of their folder, kept open while consecutive files share it:
/// `fstatat` by name is cheaper than `stat` of a long absolute path.
struct FolderHandle: ~Copyable {
    private var folder = ""
    private var descriptor: Int32 = -1

    init() {}

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// The stamp of the file at `path`, or nil when it cannot be stat'ed.
    mutating func stamp(of path: String) -> ScanCache.Stamp? {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ScanCache.stamp(of: path) }
        let parent = String(path[..<slash])
        let name = String(path[path.index(after: slash)...])
        if parent != folder || descriptor < 0 {
            if descriptor >= 0 { close(descriptor) }
            folder = parent
            descriptor = open(parent.isEmpty ? "/" : parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }
        guard descriptor >= 0 else { return ScanCache.stamp(of: path) }
        var info = stat()
        guard fstatat(descriptor, name, &info, 0) == 0 else { return nil }
        return ScanCache.Stamp(info)
    }
}
