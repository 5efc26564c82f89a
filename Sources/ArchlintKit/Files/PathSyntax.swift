/// Lexical path arithmetic on `/`-separated absolute paths: no file system access, links are
/// not resolved.
enum PathSyntax {
    /// The segments of `path` with `.`, empty segments and `..` (with the segment before it)
    /// removed; `..` at the root stays at the root.
    static func components(_ path: String) -> [Substring] {
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
    static func standardized(_ path: String) -> String {
        "/" + components(path).joined(separator: "/")
    }

    /// The folder holding `path` (standardized); the root's parent is the root.
    static func parent(_ path: String) -> String {
        "/" + components(path).dropLast().joined(separator: "/")
    }
}
