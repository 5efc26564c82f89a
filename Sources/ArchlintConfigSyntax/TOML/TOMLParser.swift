/// A recursive-descent reader over a byte cursor: statements (headers and key/value lines) here,
/// keys, strings, numbers, date-times and nested values in the extensions.
struct TOMLParser {
    var cursor: TOMLCursor
    var builder = TOMLTreeBuilder()
    /// Nesting of arrays and inline tables being read, bounded by `TOMLTreeBuilder.maximumDepth`.
    var valueDepth = 0

    init(bytes: [UInt8]) {
        cursor = TOMLCursor(bytes: bytes)
    }

    mutating func parseDocument() throws(TOMLSyntaxError) -> TOMLTable {
        try checkEncoding()
        var table = TOMLTreeBuilder.root
        while true {
            cursor.skipBlanks()
            if cursor.isAtEnd { break }
            switch cursor.current {
            case UInt8(ascii: "#"):
                try cursor.finishLine()
            case 0x0A, 0x0D:
                if !cursor.consumeNewline() {
                    throw TOMLSyntaxError("a carriage return must be followed by a line feed", at: cursor.position)
                }
            case UInt8(ascii: "["):
                table = try parseHeader()
                try cursor.finishLine()
            default:
                try parseKeyValue(into: table)
                try cursor.finishLine()
            }
        }
        return builder.value(of: TOMLTreeBuilder.root).table!
    }

    /// Refuses ill-formed UTF-8 before any byte is read, so the rest can slice bytes into strings.
    private func checkEncoding() throws(TOMLSyntaxError) {
        guard let bad = UTF8Check.firstInvalidOffset(cursor.bytes) else { return }
        var line = 1
        var lineStart = 0
        for offset in 0..<bad where cursor.bytes[offset] == 0x0A {
            line += 1
            lineStart = offset + 1
        }
        throw TOMLSyntaxError("invalid UTF-8", at: TextPosition(line: line, column: bad - lineStart + 1))
    }

    /// `[a.b]` or `[[a.b]]`; returns the table that following key/value lines go into.
    private mutating func parseHeader() throws(TOMLSyntaxError) -> Int {
        let start = cursor.position
        let isArray = cursor.peek(1) == UInt8(ascii: "[")
        cursor.advance(isArray ? 2 : 1)
        cursor.skipBlanks()
        let path = try parseKey()
        cursor.skipBlanks()
        guard cursor.current == UInt8(ascii: "]") else {
            throw TOMLSyntaxError("expected ']' to close the table header, found \(cursor.describeCurrent())", at: cursor.position)
        }
        cursor.advance()
        if isArray {
            guard cursor.current == UInt8(ascii: "]") else {
                throw TOMLSyntaxError("expected ']]' to close the array of tables header", at: cursor.position)
            }
            cursor.advance()
            return try builder.appendArrayElement(path, at: start)
        }
        return try builder.defineTable(path, at: start)
    }

    /// `key = value`, adding it to `table`; the cursor stops after the value.
    mutating func parseKeyValue(into table: Int) throws(TOMLSyntaxError) {
        let key = try parseKey()
        cursor.skipBlanks()
        guard cursor.current == UInt8(ascii: "=") else {
            throw TOMLSyntaxError("expected '=' after the key, found \(cursor.describeCurrent())", at: cursor.position)
        }
        cursor.advance()
        cursor.skipBlanks()
        let value = try parseValue()
        try builder.insert(value, at: key, into: table)
    }
}
