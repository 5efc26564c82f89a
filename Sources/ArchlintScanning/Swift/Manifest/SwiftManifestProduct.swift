/// One product a `Package.swift` declares: what a package that depends on it may name in a
/// target's `dependencies:`, and the targets (modules) it gives.
package struct SwiftManifestProduct: Hashable, Sendable {
    /// What kind of product the manifest declares.
    package enum Kind: String, Sendable, Hashable {
        case library, executable, plugin
    }

    package var name: String
    package var kind: Kind
    /// The names of its targets, as written.
    package var targets: [String]
    /// Line of the declaration in the manifest.
    package var line: Int

    package init(name: String, kind: Kind, targets: [String], line: Int) {
        self.name = name
        self.kind = kind
        self.targets = targets
        self.line = line
    }
}
