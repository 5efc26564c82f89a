/// The language a module is written in.
public enum Language: String, Sendable, Hashable, Comparable {
    case python
    case swift

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What a module is: a Python package (`__init__.py`), a plain module, or something outside the workspace.
public enum ModuleKind: String, Sendable, Hashable {
    /// A Python package (a folder with `__init__.py`, or a namespace package).
    case package
    /// A Python `.py` module or a Swift module (SwiftPM target).
    case module
    /// Imported but not part of the workspace (`requests`, `Foundation`): a leaf of the graph.
    case external
}

/// A node of the import graph.
public struct Module: Hashable, Sendable {
    /// The module's dotted name.
    public let name: ModuleName
    /// Python or Swift.
    public let language: Language
    /// Package, module or external.
    public let kind: ModuleKind
    /// The module's file (Python) or folder (Swift), relative to the configuration folder; nil for externals.
    public let path: String?
    /// For a SwiftPM target: what its manifest declares it depends on; nil for other modules.
    public let declaredDependencies: DeclaredDependencies?

    public init(name: ModuleName, language: Language, kind: ModuleKind, path: String? = nil,
                 declaredDependencies: DeclaredDependencies? = nil) {
        self.name = name
        self.language = language
        self.kind = kind
        self.path = path
        self.declaredDependencies = declaredDependencies
    }

    /// True for modules outside the workspace.
    public var isExternal: Bool { kind == .external }
}
