/// A parsed JSON value that remembers where it stood in the file, so configuration errors can
/// point at a line and column.
struct JSONValue: Sendable {
    indirect enum Kind: Sendable {
        case object([Member])
        case array([JSONValue])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
    }

    /// One `"key": value` pair of an object, in file order.
    struct Member: Sendable {
        let key: String
        let value: JSONValue
    }

    let kind: Kind
    /// 1-based line of the value's first character.
    let line: Int
    /// 1-based column (in bytes) of the value's first character.
    let column: Int

    /// The JSON type name used in error messages.
    var typeName: String {
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
