/// The `python` section of `contracts.json`.
package struct PythonSettings: Sendable, Hashable {
    /// Folders (relative to the configuration folder) that hold root packages; default `["."]`.
    package var sourceRoots: [String] = ["."]
    /// Top-level packages to scan; namespace packages (no `__init__.py`) must be named here.
    package var rootPackages: [String] = []
    /// Drop imports inside `if TYPE_CHECKING:`.
    package var excludeTypeCheckingImports = false
    /// Keep modules outside the root packages as leaves (archlint's default); false drops them,
    /// and imports of names inside a root package that are no module, as grimp does by default.
    package var includeExternalPackages = true

    package init(sourceRoots: [String] = ["."], rootPackages: [String] = [], excludeTypeCheckingImports: Bool = false,
                 includeExternalPackages: Bool = true) {
        self.sourceRoots = sourceRoots
        self.rootPackages = rootPackages
        self.excludeTypeCheckingImports = excludeTypeCheckingImports
        self.includeExternalPackages = includeExternalPackages
    }
}

/// The `swift` section of `contracts.json`.
package struct SwiftSettings: Sendable, Hashable {
    /// Folders holding a `Package.swift`; default `["."]`.
    package var packages: [String] = ["."]
    /// Modules mapped to folders by hand (Xcode projects, …): name → folders.
    package var modules: [String: [String]] = [:]
    /// `tools_version` (`"5.9"`): pick manifests as SwiftPM of that version would, instead of
    /// the toolchain archlint was built with (a team whose CI runs another Swift).
    package var toolsVersion: [Int]?

    package init(packages: [String] = ["."], modules: [String: [String]] = [:], toolsVersion: [Int]? = nil) {
        self.packages = packages
        self.modules = modules
        self.toolsVersion = toolsVersion
    }
}
