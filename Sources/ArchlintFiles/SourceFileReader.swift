#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads source files one after another into a single buffer that grows as needed, so scanning
/// thousands of files costs neither an allocation nor fresh zeroed pages per file. One reader
/// per worker; not shared.
public struct SourceFileReader: ~Copyable {
    @usableFromInline var buffer: UnsafeMutableRawBufferPointer

    public init() {
        buffer = .allocate(byteCount: 1 << 16, alignment: 16)
    }

    deinit { buffer.deallocate() }

    /// Calls `body` with the bytes of the file at `path` (valid only during the call).
    public mutating func withContents<Result>(
        of path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Swift.Result<Result, FileContents.ReadError> {
        let descriptor: Int32, expected: Int
        switch Self.openRegularFile(path, limit: FileContents.maximumSize) {
        case .failure(let error): return .failure(error)
        case .success(let opened): (descriptor, expected) = (opened.descriptor, opened.size)
        }
        defer { close(descriptor) }
        // One spare byte lets a read at the expected end report end of file (or a grown file).
        reserve(expected + 1, keeping: 0)
        var filled = 0
        while true {
            if filled == buffer.count {
                guard filled <= FileContents.maximumSize else { return .failure(.tooLarge(bytes: filled)) }
                // The file grew since `fstat`: keep what was read.
                reserve(buffer.count * 2, keeping: filled)
            }
            let count = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.cannotRead(errno: errno))
            }
            if count == 0 { break }
            filled += count
        }
        let bytes = UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: filled)
        return .success(body(bytes))
    }

    /// Calls `body` with the bytes of `path`, a file that a folder listing (a walk) has just
    /// reported as a regular file: three system calls (open, read, close) instead of five.
    ///
    /// A read that returns less than the buffer holds is the end of a regular file, so no
    /// `fstat` is needed for its size. Only when a read fills the buffer does an `fstat` check
    /// what it is (a device such as `/dev/zero` never ends) and how big, before the rest is
    /// read, so files larger than `FileContents.maximumSize` are still refused unread past the
    /// buffer. Opened non-blocking as `withContents(of:)` does: should a FIFO have replaced the
    /// file since the listing, the read returns at once (nothing, or `EAGAIN`) instead of waiting.
    ///
    /// Inlinable, so that each caller's `Result` type is known where it is built: called
    /// generically, every file asked the runtime for the metadata of `Swift.Result<Result, ReadError>`.
    @inlinable
    public mutating func withContents<Result>(
        ofListedFile path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Swift.Result<Result, FileContents.ReadError> {
        // `withCString` hands over a native string's own bytes; passing the string to `open`
        // directly made a C copy of it (an allocation) for every file.
        let descriptor = path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY) }
        guard descriptor >= 0 else { return .failure(.cannotOpen(errno: errno)) }
        defer { close(descriptor) }
        var filled = 0
        while true {
            let count = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.cannotRead(errno: errno))
            }
            filled += count
            if filled < buffer.count { break }
            // The buffer is full: only now is what the file is and how big worth a system call.
            var info = stat()
            guard fstat(descriptor, &info) == 0 else { return .failure(.cannotRead(errno: errno)) }
            guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notRegularFile) }
            let expected = Int(info.st_size)
            guard expected <= FileContents.maximumSize, filled <= FileContents.maximumSize else {
                return .failure(.tooLarge(bytes: max(expected, filled)))
            }
            // One spare byte lets the next read end short (or find the file grew since).
            reserve(max(expected + 1, filled * 2), keeping: filled)
        }
        let bytes = UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: filled)
        return .success(body(bytes))
    }

    /// Makes room for `byteCount` bytes, keeping the first `count` already read.
    @usableFromInline mutating func reserve(_ byteCount: Int, keeping count: Int) {
        guard byteCount > buffer.count else { return }
        let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: max(byteCount, buffer.count * 2), alignment: 16)
        if count > 0 { larger.baseAddress!.copyMemory(from: buffer.baseAddress!, byteCount: count) }
        buffer.deallocate()
        buffer = larger
    }
}

extension SourceFileReader {
    /// The bytes of the file at `path`, read straight into the array returned (a warm run's
    /// megabytes of cache are then neither read into a buffer nor copied out of it).
    static func contents(of path: String, limit: Int, retrying: Bool = true) -> Result<[UInt8], FileContents.ReadError> {
        let descriptor: Int32, expected: Int
        switch Self.openRegularFile(path, limit: limit) {
        case .failure(let error): return .failure(error)
        case .success(let opened): (descriptor, expected) = (opened.descriptor, opened.size)
        }
        defer { close(descriptor) }
        var failure: FileContents.ReadError?
        // One spare byte lets the last read report the end of the file (or that it grew).
        let bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let read = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if read < 0 {
                    if errno == EINTR { continue }
                    failure = .cannotRead(errno: errno)
                    return
                }
                if read == 0 { return }
                count += read
            }
        }
        if let failure { return .failure(failure) }
        guard bytes.count > expected else { return .success(bytes) }
        // The file grew since `fstat`: read it again once, then through a buffer that grows.
        if retrying { return contents(of: path, limit: limit, retrying: false) }
        var reader = SourceFileReader()
        return reader.withContents(of: path) { Array($0) }
    }

    /// Opens `path` and checks it is a regular file of at most `limit` bytes: its descriptor
    /// and size. O_NONBLOCK: opening a FIFO (or a device) must not wait for a writer; the
    /// `fstat` the size needs anyway then refuses anything but a regular file before a byte is
    /// read. (On a regular file the flag changes nothing.)
    private static func openRegularFile(_ path: String, limit: Int) -> Result<(descriptor: Int32, size: Int), FileContents.ReadError> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { return .failure(.cannotOpen(errno: errno)) }
        var info = stat()
        let failure: FileContents.ReadError?
        if fstat(descriptor, &info) != 0 {
            failure = .cannotRead(errno: errno)
        } else if (info.st_mode & S_IFMT) != S_IFREG {
            failure = .notRegularFile
        } else if Int(info.st_size) > limit {
            failure = .tooLarge(bytes: Int(info.st_size))
        } else {
            failure = nil
        }
        if let failure {
            close(descriptor)
            return .failure(failure)
        }
        return .success((descriptor, Int(info.st_size)))
    }
}
