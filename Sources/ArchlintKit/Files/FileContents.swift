#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files as bytes with plain `open`/`read`, and runs a body over many files in parallel.
enum FileContents {
    /// Files larger than this are reported and skipped rather than read (no real source is this big).
    static let maximumSize = 64 << 20

    /// Why a file could not be read.
    enum ReadError: Error, Equatable, CustomStringConvertible {
        case cannotOpen(errno: Int32)
        case cannotRead(errno: Int32)
        case tooLarge(bytes: Int)

        var description: String {
            switch self {
            case .cannotOpen(let code): return "cannot open file: \(String(cString: strerror(code)))"
            case .cannotRead(let code): return "cannot read file: \(String(cString: strerror(code)))"
            case .tooLarge(let bytes): return "file is \(bytes) bytes, larger than the \(maximumSize >> 20) MiB archlint reads; skipped"
            }
        }
    }

    /// The bytes of the file at `path`.
    static func read(_ path: String) -> Result<[UInt8], ReadError> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.cannotOpen(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.cannotRead(errno: errno)) }
        let expected = Int(info.st_size)
        guard expected <= maximumSize else { return .failure(.tooLarge(bytes: expected)) }
        var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc_read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.cannotRead(errno: errno))
            }
            if count == 0 { break }
            filled += count
            if filled > maximumSize { return .failure(.tooLarge(bytes: filled)) }
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }
}

#if canImport(Glibc)
private func Glibc_read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { Glibc.read(fd, buffer, count) }
#else
private func Glibc_read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { Darwin.read(fd, buffer, count) }
#endif
