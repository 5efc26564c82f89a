extension TOMLParser {
    /// Any value; the cursor is on its first byte and stops right after it.
    mutating func parseValue() throws(TOMLSyntaxError) -> TOMLValue {
        let position = cursor.position
        switch cursor.current {
        case UInt8(ascii: "\""):
            return TOMLValue(.string(try parseBasicString()), at: position)
        case UInt8(ascii: "'"):
            return TOMLValue(.string(try parseLiteralString()), at: position)
        case UInt8(ascii: "["):
            return try parseArray()
        case UInt8(ascii: "{"):
            return try parseInlineTable()
        case UInt8(ascii: "t") where cursor.matches("true"):
            cursor.advance(4)
            return TOMLValue(.bool(true), at: position)
        case UInt8(ascii: "f") where cursor.matches("false"):
            cursor.advance(5)
            return TOMLValue(.bool(false), at: position)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            if let dateTime = try parseDateTime() { return TOMLValue(.dateTime(dateTime), at: position) }
            return try parseNumber()
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "i"), UInt8(ascii: "n"):
            return try parseNumber()
        default:
            throw TOMLSyntaxError("expected a value, found \(cursor.describeCurrent())", at: position)
        }
    }

    /// `[v, v, …]`: line ends, comments and a trailing comma are allowed; types may mix.
    private mutating func parseArray() throws(TOMLSyntaxError) -> TOMLValue {
        let position = cursor.position
        try enterNesting(at: position)
        cursor.advance()
        var elements: [TOMLValue] = []
        while true {
            try cursor.skipBlanksCommentsAndNewlines()
            if cursor.current == UInt8(ascii: "]") { break }
            elements.append(try parseValue())
            try cursor.skipBlanksCommentsAndNewlines()
            if cursor.current == UInt8(ascii: ",") {
                cursor.advance()
                continue
            }
            guard cursor.current == UInt8(ascii: "]") else {
                throw TOMLSyntaxError("expected ',' or ']' in an array, found \(cursor.describeCurrent())", at: cursor.position)
            }
            break
        }
        cursor.advance()
        valueDepth -= 1
        return TOMLValue(.array(elements), at: position)
    }

    /// `{ k = v, … }` on one line, no trailing comma (TOML 1.0); complete and frozen once read.
    private mutating func parseInlineTable() throws(TOMLSyntaxError) -> TOMLValue {
        let position = cursor.position
        try enterNesting(at: position)
        cursor.advance()
        let table = builder.makeInlineTable(at: position, depth: valueDepth)
        cursor.skipBlanks()
        if cursor.current != UInt8(ascii: "}") {
            while true {
                cursor.skipBlanks()
                try parseKeyValue(into: table)
                cursor.skipBlanks()
                if cursor.current == UInt8(ascii: ",") {
                    cursor.advance()
                    continue
                }
                guard cursor.current == UInt8(ascii: "}") else {
                    throw TOMLSyntaxError("expected ',' or '}' in an inline table, found \(cursor.describeCurrent())", at: cursor.position)
                }
                break
            }
        }
        cursor.advance()
        valueDepth -= 1
        return builder.value(of: table)
    }

    private mutating func enterNesting(at position: TextPosition) throws(TOMLSyntaxError) {
        valueDepth += 1
        if valueDepth > TOMLTreeBuilder.maximumDepth {
            throw TOMLSyntaxError("arrays and inline tables nest deeper than \(TOMLTreeBuilder.maximumDepth) levels", at: position)
        }
    }
}
