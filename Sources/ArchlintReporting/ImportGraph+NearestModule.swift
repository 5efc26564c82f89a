import ArchlintGraph

extension ImportGraph {
    /// The graph's module for a name a chain holds: the name itself or, for an external submodule
    /// a chain names in full (`requests.adapters`), the nearest enclosing module (`requests`).
    func nearestModule(to name: ModuleName) -> ModuleName? {
        var current: ModuleName? = name
        while let candidate = current {
            if contains(candidate) { return candidate }
            current = candidate.parent
        }
        return nil
    }
}
