#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A large file's bytes held for as long as this object lives, for archlint's cache files: a warm
/// run decodes its workspace cache (7 MB on ansible_collections, 460 MB on a million files) where
/// it lies instead of copying it into an array.
///
/// On Linux the file is mapped read-only under a read lease; elsewhere, or when the lease or the
/// mapping is refused, it is read into memory it owns. Reading copies every byte and faults in
/// every fresh page: 12 ms of system time for ansible's 7.4 MB against 1.5 ms mapped (on the
/// benchmark VM), and most of a second at a million files.
///
/// Why a mapping is safe only under the lease: a mapped file cut short while mapped turns each
/// later access past its new end into SIGBUS. archlint itself never cuts a cache file (it writes a
/// new one and renames it over the old, and the mapping keeps the old one's bytes), but another
/// program could. A read lease (`F_SETLEASE`) makes any open for writing or truncation of the file
/// wait until this process lets go of it (or `/proc/sys/fs/lease-break-time`, 45 s by default,
/// has passed), so a run shorter than that never sees its mapped file change; a file already open
/// for writing is not leased at all (and then read instead).
///
/// Filling is in two steps (`open`, then `fill(through:)`) so that work on a file's head can
/// start before the rest is read; mapped, every byte is there from the start.
public final class FileBytes: @unchecked Sendable {
    // @unchecked: the bytes below `filled` are never written again, and only the thread that
    // opened the file calls `fill(through:)` (which writes only above `filled`).

    /// The file's size when opened: the bytes `fill(through: count)` makes available.
    public let count: Int
    private let base: UnsafeMutableRawPointer?
    /// True when the file is mapped (under its lease) rather than read.
    public let isMapped: Bool
    private var descriptor: Int32
    private var filled: Int

    /// The bytes filled so far (all of them once `fill(through: count)` returned true), valid
    /// while this object lives.
    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: filled) }

    /// The bytes in `range`, which must be filled already: for a thread other than the one
    /// filling the rest (it reads nothing that filling writes).
    public func filledBytes(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        precondition(range.lowerBound >= 0 && range.upperBound <= count)
        return UnsafeRawBufferPointer(start: base.map { $0 + range.lowerBound }, count: range.count)
    }

    private init(count: Int, base: UnsafeMutableRawPointer?, isMapped: Bool, descriptor: Int32, filled: Int) {
        self.count = count
        self.base = base
        self.isMapped = isMapped
        self.descriptor = descriptor
        self.filled = filled
    }

    /// A copy of `bytes`, held in memory (for tests, and for bytes built in memory).
    public convenience init(copying bytes: [UInt8]) {
        let base = bytes.isEmpty ? nil : UnsafeMutableRawPointer.allocate(byteCount: bytes.count, alignment: 16)
        if let base { bytes.withUnsafeBytes { base.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) } }
        self.init(count: bytes.count, base: base, isMapped: false, descriptor: -1, filled: bytes.count)
    }

    deinit {
        if isMapped {
            munmap(base, count)
        } else {
            base?.deallocate()
        }
        // Closing the last reference to the file lets go of its lease.
        if descriptor >= 0 { close(descriptor) }
    }

    /// Files smaller than this are read: mapping one costs more system calls than reading it.
    private static let smallestMapped = 1 << 16

    /// Opens the regular file at `path` of at most `limit` bytes, mapped when it can be (see the
    /// type); nothing is read yet when it is not.
    public static func open(_ path: String, limit: Int) -> Result<FileBytes, FileContents.ReadError> {
        let descriptor = openForReading(path)
        guard descriptor >= 0 else { return .failure(.cannotOpen(errno: errno)) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            close(descriptor)
            return .failure(.cannotRead(errno: code))
        }
        let size = Int(info.st_size)
        guard (info.st_mode & S_IFMT) == S_IFREG, size <= limit else {
            close(descriptor)
            return .failure((info.st_mode & S_IFMT) == S_IFREG ? .tooLarge(bytes: size) : .notRegularFile)
        }
        if size >= smallestMapped, let mapped = map(descriptor, size: size) { return .success(mapped) }
        let base = size == 0 ? nil : UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        return .success(FileBytes(count: size, base: base, isMapped: false, descriptor: descriptor, filled: 0))
    }

    /// Reads on until at least `end` bytes (at most `count`) are filled; false when the file
    /// ended sooner or could not be read (it was cut short since it was opened). Mapped, true at once.
    public func fill(through end: Int) -> Bool {
        let end = min(end, count)
        while filled < end {
            let got = pread(descriptor, base! + filled, end - filled, off_t(filled))
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { return false }
            filled += got
        }
        if filled == count, !isMapped, descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        return true
    }

    /// The whole file mapped under a read lease, or nil when either is refused (then it is read).
    private static func map(_ descriptor: Int32, size: Int) -> FileBytes? {
        #if os(Linux)
        // The lease's break is signalled with SIGURG, which a process ignores unless it asks for
        // it, instead of SIGIO, which would end this one.
        guard fcntl(descriptor, setSignal, SIGURG) == 0, fcntl(descriptor, setLease, Int32(F_RDLCK)) == 0 else { return nil }
        var info = stat()
        // Cut short before the lease was taken: map nothing past the end.
        guard fstat(descriptor, &info) == 0, Int(info.st_size) == size,
              let base = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0),
              base != UnsafeMutableRawPointer(bitPattern: -1)
        else {
            _ = fcntl(descriptor, setLease, Int32(F_UNLCK))
            return nil
        }
        return FileBytes(count: size, base: base, isMapped: true, descriptor: descriptor, filled: size)
        #else
        return nil
        #endif
    }

    #if os(Linux)
    /// `F_SETLEASE` and `F_SETSIG` (Linux's <fcntl.h>, defined only under _GNU_SOURCE, which the
    /// Glibc module does not import).
    private static let setLease: Int32 = 1024
    private static let setSignal: Int32 = 10
    #endif
}

/// Opens for reading, non-blocking so that a FIFO put in a file's place does not wait for a
/// writer (the `fstat` after it refuses anything but a regular file).
private func openForReading(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
}
