/// One entry of a target's `dependencies:` in a manifest, with the line that declares it.
public struct SwiftManifestDependency: Hashable, Sendable {
    /// How the manifest names the dependency.
    public enum Kind: String, Hashable, Sendable {
        /// `"Name"` or `.byName(name:)`: a target of this package, else a product of a dependency.
        case byName
        /// `.target(name:)`: a target of this package.
        case target
        /// `.product(name:package:)`: a product of a package dependency.
        case product
    }

    public var kind: Kind
    /// The target's or product's name as written.
    public var name: String
    /// For `.product`: the `package:` argument (a package identity or name); nil when absent.
    public var package: String?
    /// Line of the entry in the manifest.
    public var line: Int
    /// The `condition:` argument as written (`.when(platforms: [.linux])`); nil when none.
    public var condition: String?
    /// The `#if` conditions the entry lies under, joined with `&&`; nil outside any `#if`.
    public var ifCondition: String?

    public init(kind: Kind, name: String, package: String? = nil, line: Int, condition: String? = nil,
                 ifCondition: String? = nil) {
        self.kind = kind
        self.name = name
        self.package = package
        self.line = line
        self.condition = condition
        self.ifCondition = ifCondition
    }
}
