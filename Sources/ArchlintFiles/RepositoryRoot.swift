/// Finds the repository a folder belongs to (the nearest parent holding `.git`).
package enum RepositoryRoot {
    /// `folder` relative to its repository root with a trailing `/` (`""` at the root or outside
    /// any repository).
    package static func prefix(of folder: String) -> String {
        var parts = folder.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var inside: [String] = []
        while !parts.isEmpty {
            let candidate = "/" + parts.joined(separator: "/") + "/.git"
            if DirectoryListing.isDirectory(candidate) || DirectoryListing.isFile(candidate) {
                return inside.isEmpty ? "" : inside.reversed().joined(separator: "/") + "/"
            }
            inside.append(parts.removeLast())
        }
        return ""
    }
}
