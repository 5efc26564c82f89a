/// One Swift module to scan: its name, its folder and its `.swift` files.
struct SwiftModuleSource: Sendable {
    /// The module name imports use (a target's c99 name, or a name mapped by hand).
    let name: String
    /// Folder relative to the configuration folder, with `/`; nil for a target without one (binary).
    let folder: String?
    /// Where the module was declared, for error messages (`Package.swift`, `swift.modules.App`).
    let origin: String
    var files: [SwiftSourceFile] = []
}

/// A `.swift` file: its path relative to the configuration folder and on disk.
struct SwiftSourceFile: Sendable, Hashable {
    let path: String
    let absolutePath: String
}

/// Joining and normalising the relative paths the Swift loader builds.
enum SwiftPath {
    /// `./Sources//App/` → `Sources/App`, `.` → `` (the folder itself); `..` stays.
    static func normalized(_ path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
