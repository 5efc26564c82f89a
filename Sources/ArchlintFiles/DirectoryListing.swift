import ArchlintGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One entry of a folder, as `lstat` sees it (links are not followed for the kind, see `isSymbolicLink`).
public struct DirectoryEntry: Hashable, Sendable {
    public enum Kind: Sendable { case file, directory, other }
    public let name: String
    /// The kind of the entry itself, or of its target when it is a link that resolves.
    public let kind: Kind
    /// True when the entry is a symbolic link (walkers do not descend into linked folders, as `os.walk`).
    public let isSymbolicLink: Bool
    /// False when the name's bytes are not UTF-8: `name` then shows each bad byte as `\xNN`
    /// (for messages; it opens nothing) and `kind` is `.other`.
    public var hasValidName = true
}

/// Lists folders with `opendir`/`readdir`, entries sorted by name so every walk is deterministic.
public enum DirectoryListing {
    /// Why a folder could not be listed, as the system says it (`Permission denied`).
    public struct Failure: Error, CustomStringConvertible {
        public let code: Int32
        public init(code: Int32) { self.code = code }
        public var description: String { String(cString: strerror(code)) }
    }

    /// The entries of `path` (without `.` and `..`), sorted by name; nil when the folder cannot be opened.
    public static func entries(of path: String) -> [DirectoryEntry]? {
        try? listing(of: path).get()
    }

    /// The entries of `path` (without `.` and `..`), sorted by name, or why the folder cannot be opened.
    public static func listing(of path: String) -> Result<[DirectoryEntry], Failure> {
        guard let directory = opendir(path) else { return .failure(Failure(code: errno)) }
        defer { closedir(directory) }
        var entries: [DirectoryEntry] = []
        while let entry = readdir(directory) {
            let bytes = entryName(entry)
            if bytes.count <= 2 && bytes.allSatisfy({ $0 == UInt8(ascii: ".") }) { continue }
            let (name, isValid) = FileName.decode(bytes)
            if !isValid {
                // Never opened by a path made from the replaced name: reported by its bytes.
                entries.append(DirectoryEntry(name: FileName.escaped(bytes), kind: .other, isSymbolicLink: false, hasValidName: false))
                continue
            }
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            var isLink = false
            if (info.st_mode & S_IFMT) == S_IFLNK {
                isLink = true
                if stat(full, &info) != 0 {
                    entries.append(DirectoryEntry(name: name, kind: .other, isSymbolicLink: true))
                    continue
                }
            }
            let mode = info.st_mode & S_IFMT
            let kind: DirectoryEntry.Kind = mode == S_IFDIR ? .directory : (mode == S_IFREG ? .file : .other)
            entries.append(DirectoryEntry(name: name, kind: kind, isSymbolicLink: isLink))
        }
        return .success(entries.sorted { ByteOrder.precedes($0.name, $1.name) })
    }

    /// The name bytes of a `readdir` entry, read in place.
    ///
    /// Copying `d_name` (a fixed 256-byte array) would read past the end of a short record, and
    /// when that record ends a page of the kernel's buffer, into unmapped memory: a crash seen
    /// while walking ansible_collections.
    public static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> UnsafeBufferPointer<UInt8> {
        let start = UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        let bytes = start.assumingMemoryBound(to: UInt8.self)
        return UnsafeBufferPointer(start: bytes, count: strlen(start.assumingMemoryBound(to: CChar.self)))
    }

    /// True when a regular file (or a link to one) exists at `path`.
    public static func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// True when anything (following links) exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// True when a folder (or a link to one) exists at `path`.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
