/// One target declared in a `Package.swift`, as far as reading (not running) the manifest tells.
public struct SwiftManifestTarget: Hashable, Sendable {
    /// What kind of target the manifest declares.
    public enum Kind: String, Sendable, Hashable {
        case regular, executable, test, macro, plugin, system, binary
    }

    /// The target's name as written (`swift-openapi-generator`); its module name is `moduleName`.
    public var name: String
    public var kind: Kind
    /// The `path:` argument, relative to the package folder; nil when the convention applies.
    public var path: String?
    /// The `exclude:` paths, relative to the target folder.
    public var exclude: [String] = []
    /// The `sources:` paths, relative to the target folder; nil when not given (every file counts).
    public var sources: [String]?
    /// The paths of `resources:` rules, relative to the target folder (files there are not sources).
    public var resources: [String] = []
    /// Other folder names passed to a manifest's own target helper (swift-collections' `directory:`),
    /// tried when the target is not found by its name.
    public var folderHints: [String] = []
    /// True when the target comes from a call to a helper the manifest defines rather than from
    /// PackageDescription itself, so its kind and folder are inferred.
    public var isInferred = false
    /// Line of the declaration in the manifest.
    public var line: Int
    /// The entries of its `dependencies:`, in order, each with its line.
    public var dependencies: [SwiftManifestDependency] = []
    /// Entries of `dependencies:` the reader could not evaluate (`line: message`), so that a
    /// check of declared dependencies can say what it did not see.
    public var dependencyProblems: [SwiftLexProblem] = []
    /// The `#if` conditions the declaration lies under, joined with `&&`; nil outside any `#if`.
    /// Several declarations of one target (in different branches) are merged: nil when one is
    /// unconditional.
    public var ifCondition: String?

    public init(name: String, kind: Kind, path: String? = nil, line: Int) {
        self.name = name
        self.kind = kind
        self.path = path
        self.line = line
    }

    /// The module name the compiler gives the target: invalid identifier characters become `_`
    /// and a leading digit gets a `_` in front (SwiftPM's c99name).
    public var moduleName: String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            let value = scalar.value
            let keep = value >= 0x80 || (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A) || value == 0x5F
            scalars.append(keep ? scalar : "_")
        }
        var result = String(scalars)
        if let first = result.utf8.first, first >= 0x30 && first <= 0x39 { result = "_" + result }
        return result
    }

    /// Another declaration of the same target, from another `#if` branch or computed form, taken
    /// in: every branch counts, so a file is a source when one declaration compiles it (sources
    /// join, excludes and resources keep only what both leave out) and dependencies join.
    public mutating func merge(_ other: SwiftManifestTarget) {
        exclude = exclude.filter(other.exclude.contains)
        resources = resources.filter(other.resources.contains)
        if let mine = sources {
            sources = other.sources.map { theirs in mine + theirs.filter { !mine.contains($0) } }
        }
        for dependency in other.dependencies where !dependencies.contains(where: { $0.name == dependency.name && $0.kind == dependency.kind }) {
            dependencies.append(dependency)
        }
        if let condition = ifCondition {
            ifCondition = other.ifCondition.map { "(\(condition)) || (\($0))" }
        }
    }
}
