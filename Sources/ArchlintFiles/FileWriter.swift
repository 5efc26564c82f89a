#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files with POSIX calls (archlint's outputs: the cache, a baseline, a starter
/// configuration); never used on the sources it reads.
package enum FileWriter {
    /// Why a write failed, as the system says it (`Permission denied`).
    package struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    /// Writes `bytes` to `path` (created or truncated).
    package static func write(_ bytes: [UInt8], to path: String) -> Result<Void, Failure> {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(lastError()) }
        defer { close(descriptor) }
        if case .failure(let failure) = writeAll(bytes, to: descriptor) { return .failure(failure) }
        return .success(())
    }

    /// Writes every byte to an open descriptor, retrying short and interrupted writes.
    package static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Result<Void, Failure> {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                #if canImport(Glibc)
                Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                #else
                Darwin.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                return .failure(lastError())
            }
            offset += written
        }
        return .success(())
    }

    /// Writes `bytes` to a temporary file beside `path` and renames it over `path`, so a reader
    /// sees the old file or the new one, never half of one.
    package static func writeAtomically(_ bytes: [UInt8], to path: String) -> Result<Void, Failure> {
        let temporary = path + ".\(getpid()).tmp"
        if case .failure(let failure) = write(bytes, to: temporary) {
            unlink(temporary)
            return .failure(failure)
        }
        guard rename(temporary, path) == 0 else {
            let failure = lastError()
            unlink(temporary)
            return .failure(failure)
        }
        return .success(())
    }

    private static func lastError() -> Failure {
        Failure(description: String(cString: strerror(errno)))
    }
}
