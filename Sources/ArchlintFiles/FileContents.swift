#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files as bytes (through `SourceFileReader`), with the errors reading can give.
public enum FileContents {
    /// Files larger than this are reported and skipped rather than read (no real source is this big).
    public static let maximumSize = 64 << 20

    /// The limit for archlint's own cache files, which grow with the workspace (a million files
    /// make a workspace cache of 460 MB): large enough for any workspace, small enough that a
    /// damaged or foreign file of absurd size is refused rather than allocated.
    public static let cacheMaximumSize = 1 << 36

    /// Why a file could not be read.
    public enum ReadError: Error, Equatable, CustomStringConvertible {
        case cannotOpen(errno: Int32)
        case cannotRead(errno: Int32)
        case tooLarge(bytes: Int)
        /// A FIFO, socket or device where a file should be: never opened for reading.
        case notRegularFile

        public var description: String {
            switch self {
            case .cannotOpen(let code): return "cannot open file: \(String(cString: strerror(code)))"
            case .cannotRead(let code): return "cannot read file: \(String(cString: strerror(code)))"
            case .notRegularFile: return "not a regular file (a FIFO, socket or device); not read"
            case .tooLarge(let bytes): return "file is \(bytes) bytes, larger than the \(maximumSize >> 20) MiB archlint reads; skipped"
            }
        }
    }

    /// The bytes of the file at `path`, refused when larger than `limit` bytes.
    public static func read(_ path: String, limit: Int = maximumSize) -> Result<[UInt8], ReadError> {
        SourceFileReader.contents(of: path, limit: limit)
    }
}
