/// Attributes written on a Swift import declaration.
package struct ImportAttributes: OptionSet, Hashable, Sendable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `@testable import`
    package static let testable = ImportAttributes(rawValue: 1 << 0)
    /// `@_exported import`
    package static let exported = ImportAttributes(rawValue: 1 << 1)
    /// `@_implementationOnly import`
    package static let implementationOnly = ImportAttributes(rawValue: 1 << 2)
    /// `@preconcurrency import`
    package static let preconcurrency = ImportAttributes(rawValue: 1 << 3)
    /// `@_spi(…) import`
    package static let spi = ImportAttributes(rawValue: 1 << 4)
    /// `@_weakLinked import`
    package static let weakLinked = ImportAttributes(rawValue: 1 << 5)
}

/// The access level written on a Swift import (`public import Foundation`).
package enum ImportAccessLevel: String, Sendable, Hashable {
    case `public`, `package`, `internal`, `fileprivate`, `private`, `open`
}

/// One resolved import: `importer` imports `imported` at `location`.
///
/// A statement naming two modules (`import a, b`) gives two `ImportStatement`s.
package struct ImportStatement: Hashable, Sendable {
    /// The module whose file holds the statement.
    package let importer: ModuleName
    /// The module imported, after resolution (externals squashed to their top-level name).
    package let imported: ModuleName
    /// The full dotted name as the code wrote it, resolved (`requests.adapters` while `imported` is `requests`).
    package let importedFullName: ModuleName
    /// File and line of the statement (the `import` keyword for Swift, the statement start for Python).
    package let location: SourceLocation
    /// Inside `#if` (Swift).
    package let isConditional: Bool
    /// The `#if`/`#elseif` condition text, or `!(…)` forms for `#else`; nil when not conditional.
    package let condition: String?
    /// Inside `if TYPE_CHECKING:` (Python).
    package let isTypeChecking: Bool
    /// `lazy import x` / `lazy from x import y` (Python 3.15, PEP 810): bound at first use.
    package let isLazy: Bool
    /// `@testable`, `@_exported`, … (Swift).
    package let attributes: ImportAttributes
    /// `public import X` … (Swift); nil when none is written.
    package let accessLevel: ImportAccessLevel?

    package init(
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
    package var isTestable: Bool { attributes.contains(.testable) }
    /// `@_exported import`.
    package var isExported: Bool { attributes.contains(.exported) }
}
