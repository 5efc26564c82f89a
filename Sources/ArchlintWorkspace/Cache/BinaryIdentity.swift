#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What tells this build of archlint from any other: the size and modification time of the
/// running executable. Every cache is keyed by it, so a rebuilt archlint (a fixed resolver, a
/// changed scanner) never trusts results that an older build wrote, even under the same version.
enum BinaryIdentity {
    /// `size-mtime` of the executable, or `unknown` where it cannot be found (the cache then
    /// still works, keyed by its format alone).
    static let current: String = {
        #if os(Linux)
        let path = "/proc/self/exe"
        #else
        let path = CommandLine.arguments.first ?? ""
        #endif
        var info = stat()
        guard stat(path, &info) == 0 else { return "unknown" }
        return "\(ScanCache.Stamp(info).size)-\(ScanCache.Stamp(info).modified)"
    }()
}
