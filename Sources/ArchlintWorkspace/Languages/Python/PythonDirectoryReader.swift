#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArchlintFiles

/// Reads one folder for the module finder with `readdir` alone: the entry type comes from
/// `d_type`, so only links (and file systems that do not fill `d_type`) cost a `stat`, and one
/// `fstat` of the open folder gives its identity and modification time. Entries come in
/// `readdir` order; the finder sorts the ones it keeps.
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

    /// One entry; its name is `Listing.names[nameStart..<nameStart + nameCount]`. Names stay
    /// bytes: the walk makes strings only for the modules and folders it keeps, most entries
    /// (data files, `__pycache__`, tests' fixtures) never become one.
    struct Entry {
        let nameStart: Int32
        let nameCount: Int32
        let isDirectory: Bool
        /// A regular file, or a link to one.
        let isFile: Bool
        let isSymbolicLink: Bool
        /// False when the name is not UTF-8.
        var hasValidName = true
        /// The folder a link to a folder leads to.
        var linkTarget: FolderID? = nil
    }

    /// What one folder holds.
    struct Listing {
        /// Every entry's name, one after another.
        let names: [UInt8]
        let entries: [Entry]
        let id: FolderID
        /// Nanoseconds; changes whenever an entry is added, removed or renamed.
        let modified: Int

        /// Calls `body` with the name bytes of every entry (indexed as `entries`).
        func withNames<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            names.withUnsafeBufferPointer(body)
        }
    }

    /// The folder at `path`, or the `errno` of why it cannot be opened.
    ///
    /// On Linux the folder is opened with `open` and listed with `getdents64` into one buffer:
    /// `opendir` would `fstat` the folder a second time, and each link is `fstatat` relative to
    /// the folder rather than looked up again from the root (per folder: open, fstat, two
    /// getdents64, close).
    static func read(_ path: String) -> Result<Listing, DirectoryListing.Failure> {
        #if os(Linux)
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(DirectoryListing.Failure(code: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(DirectoryListing.Failure(code: errno)) }
        let id = FolderID(info)
        let modified = ScanCache.Stamp(info).modified
        var entries: [Entry] = []
        var names: [UInt8] = []
        let capacity = 32 << 10
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = getdents64(descriptor, buffer, capacity)
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(DirectoryListing.Failure(code: errno))
            }
            if count == 0 { break }
            var offset = 0
            while offset < count {
                // struct linux_dirent64: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name.
                let record = buffer + offset
                let length = Int(record.loadUnaligned(fromByteOffset: 16, as: UInt16.self))
                guard length > 19 else { return .failure(DirectoryListing.Failure(code: EIO)) }
                offset += length
                let type = record.load(fromByteOffset: 18, as: UInt8.self)
                let name = (record + 19).assumingMemoryBound(to: CChar.self)
                let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self), count: strlen(name))
                add(bytes, type: type, at: name, in: descriptor, to: &entries, names: &names)
            }
        }
        return .success(Listing(names: names, entries: entries, id: id, modified: modified))
        #else
        guard let directory = opendir(path) else { return .failure(DirectoryListing.Failure(code: errno)) }
        defer { closedir(directory) }
        var info = stat()
        guard fstat(dirfd(directory), &info) == 0 else { return .failure(DirectoryListing.Failure(code: errno)) }
        let id = FolderID(info)
        let modified = ScanCache.Stamp(info).modified
        var entries: [Entry] = []
        var names: [UInt8] = []
        while let entry = readdir(directory) {
            let bytes = DirectoryListing.entryName(entry)
            add(bytes, type: entry.pointee.d_type, at: UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self),
                in: dirfd(directory), to: &entries, names: &names)
        }
        return .success(Listing(names: names, entries: entries, id: id, modified: modified))
        #endif
    }

    /// Adds the entry named `bytes` (also NUL-terminated at `name`) of type `type`, in the folder
    /// open as `folder`; its name goes to the end of `names`.
    private static func add(_ bytes: UnsafeBufferPointer<UInt8>, type: UInt8, at name: UnsafePointer<CChar>, in folder: Int32,
                            to entries: inout [Entry], names: inout [UInt8]) {
        if bytes.count <= 2 && bytes.allSatisfy({ $0 == UInt8(ascii: ".") }) { return }
        let start = Int32(names.count), count = Int32(bytes.count)
        names.append(contentsOf: bytes)
        // ASCII, the common case, is valid; otherwise the bytes must be UTF-8.
        guard !bytes.contains(where: { $0 >= 0x80 }) || FileName.decode(bytes).isValid else {
            entries.append(Entry(nameStart: start, nameCount: count, isDirectory: false, isFile: false, isSymbolicLink: false,
                                 hasValidName: false))
            return
        }
        switch Int32(type) {
        case Int32(DT_DIR):
            entries.append(Entry(nameStart: start, nameCount: count, isDirectory: true, isFile: false, isSymbolicLink: false))
        case Int32(DT_REG):
            entries.append(Entry(nameStart: start, nameCount: count, isDirectory: false, isFile: true, isSymbolicLink: false))
        case Int32(DT_LNK), Int32(DT_UNKNOWN):
            // Links are followed, as grimp's os.walk(followlinks=True) does (the finder
            // decides which linked folders it walks).
            let isLink = Int32(type) == Int32(DT_LNK)
            var info = stat()
            guard fstatat(folder, name, &info, 0) == 0 else {
                entries.append(Entry(nameStart: start, nameCount: count, isDirectory: false, isFile: false, isSymbolicLink: isLink))
                return
            }
            let mode = info.st_mode & S_IFMT
            entries.append(Entry(nameStart: start, nameCount: count, isDirectory: mode == S_IFDIR, isFile: mode == S_IFREG,
                                 isSymbolicLink: isLink, linkTarget: isLink && mode == S_IFDIR ? FolderID(info) : nil))
        default:
            entries.append(Entry(nameStart: start, nameCount: count, isDirectory: false, isFile: false, isSymbolicLink: false))
        }
    }
}

#if os(Linux)
/// glibc's `getdents64` (2.30 and later), which its Swift module does not show.
@_silgen_name("getdents64")
private func getdents64(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int
#endif
