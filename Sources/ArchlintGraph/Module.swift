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
    public var path: String? {
        switch pathSource {
        case .text(let path): path
        case .stored(let strings, let index): strings.string(Int(index))
        }
    }
    /// For a SwiftPM target: what its manifest declares it depends on; nil for other modules.
    public let declaredDependencies: DeclaredDependencies?
    private let pathSource: PathSource

    /// The path as given, or where to build it from when asked.
    private enum PathSource: Sendable {
        case text(String?)
        case stored(StringSource, Int32)
    }

    public init(name: ModuleName, language: Language, kind: ModuleKind, path: String? = nil,
                 declaredDependencies: DeclaredDependencies? = nil) {
        self.name = name
        self.language = language
        self.kind = kind
        self.pathSource = .text(path)
        self.declaredDependencies = declaredDependencies
    }

    /// A module whose path is string `pathIndex` of `strings` (a valid index), built each time it
    /// is read: a graph loaded from the workspace cache holds a path per module, and a check
    /// reads none of them (building a million of them was a tenth of loading the graph).
    public init(name: ModuleName, language: Language, kind: ModuleKind, pathIndex: Int, in strings: StringSource,
                declaredDependencies: DeclaredDependencies? = nil) {
        self.name = name
        self.language = language
        self.kind = kind
        self.pathSource = .stored(strings, Int32(pathIndex))
        self.declaredDependencies = declaredDependencies
    }

    public static func == (lhs: Module, rhs: Module) -> Bool {
        lhs.name == rhs.name && lhs.language == rhs.language && lhs.kind == rhs.kind && lhs.path == rhs.path
            && lhs.declaredDependencies == rhs.declaredDependencies
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(language)
        hasher.combine(kind)
        hasher.combine(path)
        hasher.combine(declaredDependencies)
    }

    /// True for modules outside the workspace.
    public var isExternal: Bool { kind == .external }
}
