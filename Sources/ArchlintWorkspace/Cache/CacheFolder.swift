#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArchlintFiles

/// Decides whether a folder may hold archlint's cache. The cache writes a `.gitignore` holding
/// `*` and a `CACHEDIR.TAG` into its folder, which make git and backup tools skip it: written
/// into a folder of sources (`--cache-dir .`), they would hide the whole repository. So a folder
/// is used only when it does not exist yet (it is then created) or holds nothing but the
/// cache's own files; any other is refused and the run goes on without a cache.
enum CacheFolder {
    /// The files the cache writes (its temporary files are `<name>.<pid>.tmp`).
    static let ownNames: Set<String> = ["CACHEDIR.TAG", ".gitignore", ScanCache.fileName, WorkspaceSnapshot.fileName]

    /// Nil when `directory` may hold the cache; else the warning that says why not.
    static func refusal(of directory: String) -> String? {
        var info = stat()
        guard lstat(directory, &info) == 0 else { return nil }  // missing: created on the first write
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            return "warning: the cache folder \(directory) is not a folder; running without a cache"
        }
        guard let folder = opendir(directory) else { return nil }  // unreadable: writing will say so
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let bytes = DirectoryListing.entryName(entry)
            if bytes.count <= 2 && bytes.allSatisfy({ $0 == UInt8(ascii: ".") }) { continue }
            let name = String(decoding: bytes, as: UTF8.self)
            if ownNames.contains(name) || isTemporary(name) { continue }
            return "warning: the cache folder \(directory) holds files that are not archlint's (such as '\(name)'); "
                + "running without a cache (give --cache-dir a new or empty folder)"
        }
        return nil
    }

    /// `scan.cache.1234.tmp`: a write in progress, or left by a run that was killed.
    private static func isTemporary(_ name: String) -> Bool {
        guard name.hasSuffix(".tmp") else { return false }
        return name.hasPrefix(ScanCache.fileName + ".") || name.hasPrefix(WorkspaceSnapshot.fileName + ".")
    }
}
