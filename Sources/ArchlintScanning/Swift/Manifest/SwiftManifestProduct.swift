/// One product a `Package.swift` declares: what a package that depends on it may name in a
/// target's `dependencies:`, and the targets (modules) it gives.
public struct SwiftManifestProduct: Hashable, Sendable {
    /// What kind of product the manifest declares.
    public enum Kind: String, Sendable, Hashable {
        case library, executable, plugin
    }

    public var name: String
    public var kind: Kind
    /// The names of its targets, as written.
    public var targets: [String]
    /// Line of the declaration in the manifest.
    public var line: Int

    public init(name: String, kind: Kind, targets: [String], line: Int) {
        self.name = name
        self.kind = kind
        self.targets = targets
        self.line = line
    }
}
