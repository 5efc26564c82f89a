#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads source files one after another into a single buffer that grows as needed, so scanning
/// thousands of files costs neither an allocation nor fresh zeroed pages per file. One reader
/// per worker; not shared.
public struct SourceFileReader: ~Copyable {
    private var buffer: UnsafeMutableRawBufferPointer

    public init() {
        buffer = .allocate(byteCount: 1 << 16, alignment: 16)
    }

    deinit { buffer.deallocate() }

    /// Calls `body` with the bytes of the file at `path` (valid only during the call).
    public mutating func withContents<Result>(
        of path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Swift.Result<Result, FileContents.ReadError> {
        // O_NONBLOCK: opening a FIFO (or a device) must not wait for a writer; the `fstat` the
        // size needs anyway then refuses anything but a regular file before a byte is read.
        // (On a regular file the flag changes nothing.)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { return .failure(.cannotOpen(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.cannotRead(errno: errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notRegularFile) }
        let expected = Int(info.st_size)
        guard expected <= FileContents.maximumSize else { return .failure(.tooLarge(bytes: expected)) }
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

    /// Makes room for `byteCount` bytes, keeping the first `count` already read.
    private mutating func reserve(_ byteCount: Int, keeping count: Int) {
        guard byteCount > buffer.count else { return }
        let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: max(byteCount, buffer.count * 2), alignment: 16)
        if count > 0 { larger.baseAddress!.copyMemory(from: buffer.baseAddress!, byteCount: count) }
        buffer.deallocate()
        buffer = larger
    }
}
