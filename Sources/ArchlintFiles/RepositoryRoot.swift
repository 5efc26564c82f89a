/// Finds the repository a folder belongs to (the nearest parent holding `.git`).
public enum RepositoryRoot {
    /// `folder` relative to its repository root with a trailing `/` (`""` at the root or outside
    /// any repository).
    public static func prefix(of folder: String) -> String {
        path(containing: folder).map { root in
            let inside = folder.split(separator: "/").dropFirst(root.split(separator: "/").count).joined(separator: "/")
            return inside.isEmpty ? "" : inside + "/"
        } ?? ""
    }

    /// The absolute folder of the repository holding `folder` (absolute), or nil outside any.
    public static func path(containing folder: String) -> String? {
        var parts = folder.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        while !parts.isEmpty {
            let candidate = "/" + parts.joined(separator: "/") + "/.git"
            if DirectoryListing.isDirectory(candidate) || DirectoryListing.isFile(candidate) {
                return "/" + parts.joined(separator: "/")
            }
            parts.removeLast()
        }
        return nil
    }
}
