/// One entry of a SwiftPM target's `dependencies:`, with the modules it lets the target import.
public struct DeclaredDependency: Hashable, Sendable {
    /// What the entry names.
    public enum Kind: String, Hashable, Sendable {
        /// A target of the same package.
        case target
        /// A product of a package dependency.
        case product
    }

    public let kind: Kind
    /// The target's or product's name as the manifest writes it.
    public let name: String
    /// For a product: the `package:` argument, when written.
    public let package: String?
    /// The modules the dependency makes importable: the target's module, or the product's
    /// targets' modules; empty when none can be named (a product whose name is no module name).
    public let modules: [ModuleName]
    /// The manifest and line of the entry.
    public let location: SourceLocation
    /// For a product: the dependency's manifest its modules were read from (a checkout under
    /// `.build/checkouts/`); nil when they are taken to be the product's name.
    public let productManifest: String?
    /// False when the dependency is not imported by nature (a macro, plugin or executable target,
    /// a product without a module name), so it is never reported unused.
    public let isImportable: Bool

    public init(kind: Kind, name: String, package: String? = nil, modules: [ModuleName], location: SourceLocation,
                 productManifest: String? = nil, isImportable: Bool = true) {
        self.kind = kind
        self.name = name
        self.package = package
        self.modules = modules
        self.location = location
        self.productManifest = productManifest
        self.isImportable = isImportable
    }
}
