/// The `python` section of `contracts.json`.
struct PythonSettings: Sendable, Hashable {
    /// Folders (relative to the configuration folder) that hold root packages; default `["."]`.
    var sourceRoots: [String] = ["."]
    /// Top-level packages to scan; namespace packages (no `__init__.py`) must be named here.
    var rootPackages: [String] = []
    /// Drop imports inside `if TYPE_CHECKING:`.
    var excludeTypeCheckingImports = false
}

/// The `swift` section of `contracts.json`.
struct SwiftSettings: Sendable, Hashable {
    /// Folders holding a `Package.swift`; default `["."]`.
    var packages: [String] = ["."]
    /// Modules mapped to folders by hand (Xcode projects, …): name → folders.
    var modules: [String: [String]] = [:]
}
