#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArchlintFiles

/// Per-file scan results kept between runs in `.archlint_cache/` (beside `contracts.json`, or
/// `--cache-dir`), so a run after a one-file change rescans one file.
///
/// An entry is valid for a file whose path and stamp (size, modification and change times,
/// inode) are unchanged, written
/// by the same archlint version and scanner. The whole cache is one file, written to a temporary
/// name and renamed over the old one, so a reader never sees half a file and two runs at once
/// never corrupt it (the last one to finish wins). A damaged or foreign file is ignored with a
/// warning and rebuilt.
struct ScanCache: Sendable {
    /// What identifies a file's version without reading it: size and modification time, and,
    /// as git compares them, the inode and the status-change time. An edit that keeps the size
    /// and puts the old modification time back (`touch -d`, `rsync -t`, unpacking an archive)
    /// still moves the change time, which no user call can set.
    struct Stamp: Hashable, Sendable {
        let size: Int
        let modified: Int
        let changed: Int
        let inode: Int

        init(size: Int, modified: Int, changed: Int = 0, inode: Int = 0) {
            self.size = size
            self.modified = modified
            self.changed = changed
            self.inode = inode
        }

        /// The stamp in a `stat` result.
        init(_ info: stat) {
            #if canImport(Darwin)
            let modified = Int(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int(info.st_mtimespec.tv_nsec)
            let changed = Int(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int(info.st_ctimespec.tv_nsec)
            #else
            let modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
            let changed = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
            #endif
            self.init(size: Int(info.st_size), modified: modified, changed: changed, inode: Int(truncatingIfNeeded: info.st_ino))
        }

        /// Writes the four numbers (what `read` reads back).
        func write(into writer: inout ByteWriter) {
            writer.write(size)
            writer.write(modified)
            writer.write(changed)
            writer.write(inode)
        }

        /// Reads what `write(into:)` wrote; nil when malformed.
        static func read(_ reader: inout ByteReader<some ByteSource>) -> Stamp? {
            guard let size = reader.readInt(), let modified = reader.readInt(), let changed = reader.readInt(),
                  let inode = reader.readInt() else { return nil }
            return Stamp(size: size, modified: modified, changed: changed, inode: inode)
        }

        /// True when the modification time is over two seconds old. A file written again within
        /// the same clock tick as its stamp (file times advance in ticks of a few milliseconds,
        /// or whole seconds on some file systems) can keep size and time while its content
        /// changes; such a recent stamp proves nothing, so it is never cached (git calls these
        /// entries "racily clean").
        var isSettled: Bool { Self.isSettled(modified) }

        /// True for a modification time (nanoseconds since the epoch) over two seconds old.
        static func isSettled(_ modified: Int) -> Bool {
            var now = timespec()
            clock_gettime(CLOCK_REALTIME, &now)
            return modified < Int(now.tv_sec) * 1_000_000_000 + Int(now.tv_nsec) - 2_000_000_000
        }
    }

    struct Entry: Sendable {
        let stamp: Stamp
        /// The scan result, encoded by the language's codec.
        let payload: [UInt8]
    }

    static let fileName = "scan.cache"
    private static let magic = Array("ARCHLINT-SCAN-CACHE\n".utf8)

    let directory: String
    /// Entries by language tag and path.
    private(set) var entries: [String: Entry]
    /// Set when the existing cache could not be used.
    private(set) var warning: String?

    /// Opens the cache in `directory`; a missing cache is empty, an unreadable one is empty with a warning.
    init(directory: String) {
        self.directory = directory
        self.entries = [:]
        let path = directory + "/" + Self.fileName
        guard DirectoryListing.isFile(path) else { return }
        switch FileBytes.open(path, limit: FileContents.cacheMaximumSize) {
        case .failure(let failure):
            warning = "cannot read the cache \(path) (\(failure)); rebuilding it"
        case .success(let file):
            // Cut short since it was opened: as damaged as a file found short.
            let filled = file.fill(through: file.count)
            // A cache of another archlint version is simply outdated; only damage deserves a warning.
            if filled, Self.isOtherVersion(file) { break }
            if filled, let decoded = Self.decode(file) { entries = decoded } else {
                warning = "ignoring the cache \(path): it is damaged or not an archlint cache; rebuilding it"
            }
        }
    }

    /// The payload for `key` when the file's stamp is unchanged.
    func payload(for key: String, stamp: Stamp) -> [UInt8]? {
        guard let entry = entries[key], entry.stamp == stamp else { return nil }
        return entry.payload
    }

    /// Replaces every entry (files gone since the last run disappear from the cache).
    mutating func replaceEntries(_ fresh: [String: Entry]) { entries = fresh }

    /// The stamp of the file at `path`, or nil when it cannot be stat'ed.
    static func stamp(of path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Stamp(info)
    }

    /// The stamps of many files, taken on every core, in order.
    static func stamps(of paths: [String]) -> [Stamp?] {
        ParallelMap.map(paths) { stamp(of: $0) }
    }

    /// Writes the cache atomically; returns a warning when it cannot (the run goes on).
    func save() -> String? {
        Self.writeAtomically(encode(), named: Self.fileName, in: directory)
    }

    /// Writes `bytes` to `directory/name` through a temporary file and a rename, creating the
    /// tagged cache folder if needed; returns a warning when it cannot (the run goes on).
    static func writeAtomically(_ bytes: [UInt8], named name: String, in directory: String) -> String? {
        guard makeDirectory(directory) else { return "cannot create the cache folder \(directory); running without a cache" }
        writeIfMissing(directory + "/CACHEDIR.TAG",
                       "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is archlint's scan cache; see https://bford.info/cachedir/\n")
        writeIfMissing(directory + "/.gitignore", "# archlint's scan cache: never commit it.\n*\n")
        switch FileWriter.writeAtomically(bytes, to: directory + "/" + name) {
        case .success: return nil
        case .failure: return "cannot write the cache in \(directory); running without a cache"
        }
    }

    // MARK: - Encoding

    private func encode() -> [UInt8] {
        var body = ByteWriter()
        body.write(Self.formatVersion)
        body.write(entries.count)
        for key in entries.keys.sorted() {
            let entry = entries[key]!
            body.write(key)
            entry.stamp.write(into: &body)
            body.write(entry.payload)
        }
        var file = Self.magic
        var checksum = Checksum.of(body.bytes)
        withUnsafeBytes(of: &checksum) { file.append(contentsOf: $0) }
        file.append(contentsOf: body.bytes)
        return file
    }

    /// The identity of the cache format this archlint writes.
    static let formatVersion = "cache-10/" + BinaryIdentity.current

    /// True for a well-formed header naming another archlint or cache version.
    private static func isOtherVersion(_ file: FileBytes) -> Bool {
        guard file.bytes.count >= magic.count + 8, file.bytes.starts(with: magic) else { return false }
        var reader = ByteReader(file, offset: magic.count + 8)
        guard let version = reader.readString() else { return false }
        return version != formatVersion
    }

    private static func decode(_ file: FileBytes) -> [String: Entry]? {
        let bytes = file.bytes
        guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else { return nil }
        let stored = bytes.loadUnaligned(fromByteOffset: magic.count, as: UInt64.self)
        let bodyStart = magic.count + 8
        guard Checksum.of(UnsafeRawBufferPointer(rebasing: bytes[bodyStart...])) == stored else { return nil }
        var reader = ByteReader(file, offset: bodyStart)
        guard reader.readString() == Self.formatVersion, let count = reader.readInt(), count >= 0 else { return nil }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard let key = reader.readString(), let stamp = Stamp.read(&reader), let payload = reader.readBytes() else { return nil }
            entries[key] = Entry(stamp: stamp, payload: Array(payload))
        }
        return reader.isAtEnd ? entries : nil
    }

    // MARK: - Files

    private static func makeDirectory(_ path: String) -> Bool {
        if DirectoryListing.isDirectory(path) { return true }
        return mkdir(path, 0o755) == 0 || DirectoryListing.isDirectory(path)
    }

    private static func writeIfMissing(_ path: String, _ text: String) {
        // Anything there (even a FIFO, which opening for writing would wait on) is left alone.
        var info = stat()
        if lstat(path, &info) != 0 { _ = FileWriter.write(Array(text.utf8), to: path) }
    }
}
