import ArchlintGraph

/// One link of a chain: `importer` imports `imported` directly, on these lines of `path`.
public struct ChainLink: Hashable, Sendable {
    public let importer: ModuleName
    public let imported: ModuleName
    /// The importer's file, relative to the configuration folder.
    public let path: String
    /// Every line on which the importer imports the imported module, ascending.
    public let lines: [Int]
    /// Every statement making this import, sorted; more than one file only for Swift modules,
    /// where `path` and `lines` describe the first file.
    public let locations: [SourceLocation]
    /// Every statement making this import is a `lazy` import (PEP 810).
    public let isLazy: Bool

    public init(importer: ModuleName, imported: ModuleName, path: String, lines: [Int], locations: [SourceLocation]? = nil,
                 isLazy: Bool = false) {
        self.importer = importer
        self.imported = imported
        self.path = path
        self.lines = lines
        self.locations = locations ?? lines.map { SourceLocation(path: path, line: $0) }
        self.isLazy = isLazy
    }
}

/// A path of direct imports from one module to another.
public typealias Chain = [ChainLink]

/// One broken rule: `importer` reaches `imported` although the contract says it may not.
///
/// For `layers` the importer is the lower layer and the imported the higher one.
public struct Violation: Hashable, Sendable {
    /// What kind of rule is broken.
    public enum Kind: String, Hashable, Sendable {
        /// `importer` imports `imported` (directly or through `chains`) although it may not.
        case imports
        /// `exhaustive` layers: `importer` is a child of the container `imported` that no layer lists.
        case undeclaredModule
        /// Closed layers: the higher layer `importer` imports `imported`, which lies below a
        /// closed layer it may not bypass.
        case closedLayerBypass
        /// `layers`: `importer` and `imported` are siblings of one layer written `a | b`, which
        /// may not import each other in either direction.
        case independentSibling
        /// `acyclic_siblings`: the dependency of sibling `importer` on sibling `imported` is one of
        /// a few whose removal breaks every cycle among the children of their parent; `chains`
        /// holds its direct imports, one link each.
        case cycleBreaker
        /// `declared_dependencies`: the SwiftPM target `importer` imports the module `imported`
        /// without declaring it (or a dependency that provides it); one single-link chain per file.
        case undeclared
        /// `declared_dependencies`: the target `importer` declares the dependency `imported` that
        /// none of its files imports; the chain's one link points at the manifest line.
        case unused
    }

    /// What kind of rule is broken.
    public let kind: Kind
    /// The side of the rule that imports (a source module, a lower layer, …).
    public let importer: ModuleName
    /// The side that must not be imported.
    public let imported: ModuleName
    /// The import chains that break the rule, each from a module inside `importer` to one inside `imported`.
    /// For `layers` and `independence`, chains sharing their middle are adjacent (see `routes`).
    public let chains: [Chain]
    /// Extra words for this violation (acyclic contracts: the cycle it belongs to), if any.
    public let note: String?

    public init(importer: ModuleName, imported: ModuleName, chains: [Chain], note: String? = nil, kind: Kind = .imports) {
        self.kind = kind
        self.importer = importer
        self.imported = imported
        self.chains = chains
        self.note = note
    }
}

/// The outcome of checking one contract.
public struct ContractResult: Sendable {
    /// Kept or broken.
    public enum Status: String, Sendable {
        case kept
        case broken
    }

    public let metadata: ContractMetadata
    /// Every violation, in a deterministic order.
    public let violations: [Violation]
    /// Number of direct imports removed by `ignore_imports`.
    public let ignoredImports: Int
    /// Non-fatal remarks (unmatched ignores with `warn`, …).
    public let warnings: [String]
    /// Misuse that must stop the run with exit code 2 (unmatched ignores with `error`, …).
    public let errors: [String]

    public init(
        metadata: ContractMetadata,
        violations: [Violation],
        ignoredImports: Int = 0,
        warnings: [String] = [],
        errors: [String] = []
    ) {
        self.metadata = metadata
        self.violations = violations
        self.ignoredImports = ignoredImports
        self.warnings = warnings
        self.errors = errors
    }

    /// Broken when any violation remains.
    public var status: Status { violations.isEmpty ? .kept : .broken }
}
