/// One TOML value and where it starts in the file.
package struct TOMLValue: Hashable, Sendable {
    /// What the value is, with its payload.
    package enum Kind: Hashable, Sendable {
        /// A table: `[header]`, `[[array element]]`, dotted keys, an inline table or the root.
        case table(TOMLTable)
        /// An array value (`[…]`) or an array of tables (`[[…]]`).
        case array([TOMLValue])
        /// A string, escapes resolved.
        case string(String)
        /// An integer; TOML integers are 64-bit.
        case integer(Int64)
        /// A float, including `inf` and `nan`.
        case float(Double)
        /// `true` or `false`.
        case bool(Bool)
        /// An offset or local date-time, a local date or a local time.
        case dateTime(TOMLDateTime)
    }

    /// The value itself.
    package let kind: Kind
    /// Where the value starts (for a table: its header, or the key that made it).
    package let position: TextPosition

    /// Creates a value starting at `position`.
    package init(_ kind: Kind, at position: TextPosition) {
        self.kind = kind
        self.position = position
    }

    /// The table, when this value is one.
    package var table: TOMLTable? {
        if case .table(let table) = kind { return table }
        return nil
    }

    /// The elements, when this value is an array.
    package var array: [TOMLValue]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    /// The text, when this value is a string.
    package var string: String? {
        if case .string(let text) = kind { return text }
        return nil
    }

    /// The boolean, when this value is one.
    package var bool: Bool? {
        if case .bool(let flag) = kind { return flag }
        return nil
    }

    /// The integer, when this value is one.
    package var integer: Int64? {
        if case .integer(let number) = kind { return number }
        return nil
    }

    /// The name of the value's type as TOML documents call it, for error messages.
    package var typeName: String {
        switch kind {
        case .table: "table"
        case .array: "array"
        case .string: "string"
        case .integer: "integer"
        case .float: "float"
        case .bool: "boolean"
        case .dateTime(let dateTime): dateTime.kind.rawValue
        }
    }
}
