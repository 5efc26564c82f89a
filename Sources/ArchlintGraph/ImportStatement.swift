/// Attributes written on a Swift import declaration.
public struct ImportAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `@testable import`
    public static let testable = ImportAttributes(rawValue: 1 << 0)
    /// `@_exported import`
    public static let exported = ImportAttributes(rawValue: 1 << 1)
    /// `@_implementationOnly import`
    public static let implementationOnly = ImportAttributes(rawValue: 1 << 2)
    /// `@preconcurrency import`
    public static let preconcurrency = ImportAttributes(rawValue: 1 << 3)
    /// `@_spi(…) import`
    public static let spi = ImportAttributes(rawValue: 1 << 4)
    /// `@_weakLinked import`
    public static let weakLinked = ImportAttributes(rawValue: 1 << 5)
}

/// The access level written on a Swift import (`public import Foundation`).
public enum ImportAccessLevel: String, Sendable, Hashable {
    case `public`, `package`, `internal`, `fileprivate`, `private`, `open`
}

/// One resolved import: `importer` imports `imported` at `location`.
///
/// A statement naming two modules (`import a, b`) gives two `ImportStatement`s.
public struct ImportStatement: Hashable, Sendable {
    /// The module whose file holds the statement.
    public let importer: ModuleName
    /// The module imported, after resolution (externals squashed to their top-level name).
    public let imported: ModuleName
    /// The full dotted name as the code wrote it, resolved (`requests.adapters` while `imported` is `requests`).
    public let importedFullName: ModuleName
    /// File and line of the statement (the `import` keyword for Swift, the statement start for Python).
    public let location: SourceLocation
    /// Inside `#if` (Swift).
    public let isConditional: Bool
    /// The `#if`/`#elseif` condition text, or `!(…)` forms for `#else`; nil when not conditional.
    public let condition: String?
    /// Inside `if TYPE_CHECKING:` (Python).
    public let isTypeChecking: Bool
    /// `lazy import x` / `lazy from x import y` (Python 3.15, PEP 810): bound at first use.
    public let isLazy: Bool
    /// `@testable`, `@_exported`, … (Swift).
    public let attributes: ImportAttributes
    /// `public import X` … (Swift); nil when none is written.
    public let accessLevel: ImportAccessLevel?

    public init(
        importer: ModuleName,
        imported: ModuleName,
        importedFullName: ModuleName? = nil,
        location: SourceLocation,
        isConditional: Bool = false,
        condition: String? = nil,
        isTypeChecking: Bool = false,
        isLazy: Bool = false,
        attributes: ImportAttributes = [],
        accessLevel: ImportAccessLevel? = nil
    ) {
        self.importer = importer
        self.imported = imported
        self.importedFullName = importedFullName ?? imported
        self.location = location
        self.isConditional = isConditional
        self.condition = condition
        self.isTypeChecking = isTypeChecking
        self.isLazy = isLazy
        self.attributes = attributes
        self.accessLevel = accessLevel
    }

    /// `@testable import`.
    public var isTestable: Bool { attributes.contains(.testable) }
    /// `@_exported import`.
    public var isExported: Bool { attributes.contains(.exported) }
}
