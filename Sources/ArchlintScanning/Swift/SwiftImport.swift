import ArchlintGraph

/// One Swift import declaration as written: `@testable public import struct Shop.Cart` inside
/// `#if DEBUG` at line 3.
package struct SwiftImport: Hashable, Sendable {
    /// The dotted path components as written (`["Shop", "Cart"]`); backticks removed.
    package let path: [String]
    /// Line of the `import` keyword.
    package let line: Int
    /// `struct`, `func`… for a scoped import; nil for a whole-module import.
    package let kind: SwiftImportKind?
    /// The well-known attributes among `attributeNames`.
    package let attributes: ImportAttributes
    /// Every attribute's name as written, without `@` (`testable`, `_spi`, `_documentation`…).
    package let attributeNames: [String]
    /// `public`, `package`… when written.
    package let accessLevel: ImportAccessLevel?
    /// Inside `#if` / `#elseif` / `#else`.
    package let isConditional: Bool
    /// The conditions of the enclosing clauses, innermost last, joined by `&&`; `#else` clauses
    /// read as `!(…)` of the conditions before them. Nil when not conditional.
    package let condition: String?

    package init(path: [String], line: Int, kind: SwiftImportKind? = nil, attributes: ImportAttributes = [],
                 attributeNames: [String] = [], accessLevel: ImportAccessLevel? = nil,
                 isConditional: Bool = false, condition: String? = nil) {
        self.path = path
        self.line = line
        self.kind = kind
        self.attributes = attributes
        self.attributeNames = attributeNames
        self.accessLevel = accessLevel
        self.isConditional = isConditional
        self.condition = condition
    }

    /// The imported module: the first path component.
    package var module: String { path.first ?? "" }

    /// The whole path joined by `.` (`Shop.Cart`).
    package var fullPath: String { path.joined(separator: ".") }
}

/// The declaration kind of a scoped import (`import struct Shop.Cart`).
package enum SwiftImportKind: String, Sendable, Hashable {
    case `typealias`, `struct`, `class`, `enum`, `protocol`, `var`, `let`, `func`, `inout`
}

/// What scanning one Swift file found: its imports and the lexical problems met on the way.
package struct SwiftSourceScan: Sendable {
    package var imports: [SwiftImport] = []
    package var problems: [SwiftLexProblem] = []
}
