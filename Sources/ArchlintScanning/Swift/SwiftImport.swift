import ArchlintGraph

/// One Swift import declaration as written: `@testable public import struct Shop.Cart` inside
/// `#if DEBUG` at line 3.
public struct SwiftImport: Hashable, Sendable {
    /// The dotted path components as written (`["Shop", "Cart"]`); backticks removed.
    public let path: [String]
    /// Line of the `import` keyword.
    public let line: Int
    /// `struct`, `func`… for a scoped import; nil for a whole-module import.
    public let kind: SwiftImportKind?
    /// The well-known attributes among `attributeNames`.
    public let attributes: ImportAttributes
    /// Every attribute's name as written, without `@` (`testable`, `_spi`, `_documentation`…).
    public let attributeNames: [String]
    /// `public`, `package`… when written.
    public let accessLevel: ImportAccessLevel?
    /// Inside `#if` / `#elseif` / `#else`.
    public let isConditional: Bool
    /// The conditions of the enclosing clauses, innermost last, joined by `&&`; `#else` clauses
    /// read as `!(…)` of the conditions before them. Nil when not conditional.
    public let condition: String?

    public init(path: [String], line: Int, kind: SwiftImportKind? = nil, attributes: ImportAttributes = [],
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
    public var module: String { path.first ?? "" }

    /// The whole path joined by `.` (`Shop.Cart`).
    public var fullPath: String { path.joined(separator: ".") }
}

/// The declaration kind of a scoped import (`import struct Shop.Cart`).
public enum SwiftImportKind: String, Sendable, Hashable {
    case `typealias`, `struct`, `class`, `enum`, `protocol`, `var`, `let`, `func`, `inout`
}

/// What scanning one Swift file found: its imports and the lexical problems met on the way.
public struct SwiftSourceScan: Sendable {
    public var imports: [SwiftImport] = []
    public var problems: [SwiftLexProblem] = []

    public init(imports: [SwiftImport] = [], problems: [SwiftLexProblem] = []) {
        self.imports = imports
        self.problems = problems
    }
}
