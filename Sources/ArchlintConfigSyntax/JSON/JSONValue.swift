/// A parsed JSON value that remembers where it stood in the file, so configuration errors can
/// point at a line and column.
package struct JSONValue: Sendable {
    package indirect enum Kind: Sendable {
        case object([Member])
        case array([JSONValue])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
    }

    /// One `"key": value` pair of an object, in file order.
    package struct Member: Sendable {
        package let key: String
        package let value: JSONValue

        /// A member built by hand (import-linter's files are read into this same shape).
        package init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    package let kind: Kind
    /// 1-based line of the value's first character.
    package let line: Int
    /// 1-based column (in bytes) of the value's first character.
    package let column: Int

    /// A value standing at `line`:`column` of its file; configurations in other syntaxes
    /// (TOML, INI) are converted to this shape so one decoder validates them all.
    package init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    /// The JSON type name used in error messages.
    package var typeName: String {
        switch kind {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }
}
