/// Lexical path arithmetic on `/`-separated absolute paths: no file system access, links are
/// not resolved.
package enum PathSyntax {
    /// The segments of `path` with `.`, empty segments and `..` (with the segment before it)
    /// removed; `..` at the root stays at the root.
    package static func components(_ path: String) -> [Substring] {
        var kept: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." {
                if !kept.isEmpty { kept.removeLast() }
                continue
            }
            kept.append(segment)
        }
        return kept
    }

    /// `path` without `.`, `..` and repeated slashes: `/a/./b/../c//d` is `/a/c/d`.
    package static func standardized(_ path: String) -> String {
        "/" + components(path).joined(separator: "/")
    }

    /// The folder holding `path` (standardized); the root's parent is the root.
    package static func parent(_ path: String) -> String {
        "/" + components(path).dropLast().joined(separator: "/")
    }

    /// `path` relative to `folder` when it lies inside it (or in a parent), for shorter messages.
    package static func relative(_ path: String, to folder: String) -> String {
        let target = PathSyntax.components(path)
        let base = PathSyntax.components(folder)
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        // Paths that share nothing but the root stay absolute.
        guard common > 0 || base.isEmpty else { return path }
        let ups = Array(repeating: Substring(".."), count: base.count - common)
        return (ups + target[common...]).joined(separator: "/")
    }

    /// `folder/name` for relative paths: an empty folder (or `.`) is the current one, an empty
    /// name (or `.`) the folder itself, and an absolute name stays as it is.
    package static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty || folder == "." || name.hasPrefix("/") { return name }
        if name.isEmpty || name == "." { return folder }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
