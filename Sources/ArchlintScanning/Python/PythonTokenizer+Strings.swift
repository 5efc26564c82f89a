/// String literals: plain, raw, bytes, triple-quoted, and f-/t-strings whose replacement fields
/// hold any expression, other strings with the same quotes included (PEP 701).
extension PythonTokenizer {
    /// Replacement fields nested deeper than this are treated as text (CPython stops far earlier).
    static let maximumNesting = 200

    /// Skips the string literal whose opening quote is at `position`.
    mutating func skipString(raw: Bool, formatted: Bool) {
        let quote = bytes[position]
        let startLine = line
        let triple = position + 2 < bytes.count && bytes[position + 1] == quote && bytes[position + 2] == quote
        position += triple ? 3 : 1
        let closed =
            formatted && nesting < Self.maximumNesting
            ? skipFormattedBody(quote: quote, triple: triple, raw: raw)
            : skipPlainBody(quote: quote, triple: triple)
        if !closed {
            let kind = triple ? "triple-quoted string" : "string"
            problems.append(PythonSourceProblem(line: startLine, message: "unterminated \(kind)"))
        }
    }

    /// Skips the rest of a string without replacement fields; false when it is unterminated.
    ///
    /// A backslash always shields the next byte from ending the string, raw strings included
    /// (`r"\""` is one string), so raw-ness does not matter here.
    private mutating func skipPlainBody(quote: UInt8, triple: Bool) -> Bool {
        let count = bytes.count
        while true {
            // Straight to the next quote, backslash or line end (a triple-quoted string counts
            // its `\n`s on the way and stops only at `\r`).
            advanceInStringBody(quote: quote, triple: triple)
            guard position < count else { return false }
            let byte = bytes[position]
            if byte == quote {
                if !triple {
                    position += 1
                    return true
                }
                if position + 2 < count, bytes[position + 1] == quote, bytes[position + 2] == quote {
                    position += 3
                    return true
                }
                position += 1
            } else if byte == UInt8(ascii: "\\") {
                position += 1
                if position < count {
                    if bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r") {
                        consumeNewline()
                    } else {
                        position += 1
                    }
                }
            } else {
                if !triple { return false }  // a one-line string ends at the line end, unterminated
                consumeNewline()
            }
        }
    }

    /// Skips the rest of an f-string or t-string; false when it is unterminated.
    private mutating func skipFormattedBody(quote: UInt8, triple: Bool, raw: Bool) -> Bool {
        let count = bytes.count
        while position < count {
            let byte = bytes[position]
            switch byte {
            case quote:
                if !triple {
                    position += 1
                    return true
                }
                if position + 2 < count, bytes[position + 1] == quote, bytes[position + 2] == quote {
                    position += 3
                    return true
                }
                position += 1
            case UInt8(ascii: "\\"):
                skipBackslash(raw: raw)
            case UInt8(ascii: "{"):
                if position + 1 < count, bytes[position + 1] == UInt8(ascii: "{") {
                    position += 2  // `{{` is a literal brace
                } else {
                    position += 1
                    skipReplacementField(quote: quote, triple: triple, raw: raw)
                }
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if !triple { return false }
                consumeNewline()
            default:
                position += 1  // `}` and `}}` are text here
            }
        }
        return false
    }

    /// Skips a backslash in the text part of an f-string. It shields the next byte, except that a
    /// brace after it still opens or closes a replacement field; `\N{NAME}` is one escape.
    private mutating func skipBackslash(raw: Bool) {
        let count = bytes.count
        position += 1
        guard position < count else { return }
        let next = bytes[position]
        if next == UInt8(ascii: "{") || next == UInt8(ascii: "}") { return }
        if next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r") {
            consumeNewline()
            return
        }
        if !raw, next == UInt8(ascii: "N"), position + 1 < count, bytes[position + 1] == UInt8(ascii: "{") {
            position += 2
            while position < count, bytes[position] != UInt8(ascii: "}"),
                bytes[position] != UInt8(ascii: "\n"), bytes[position] != UInt8(ascii: "\r")
            {
                position += 1
            }
            if position < count, bytes[position] == UInt8(ascii: "}") { position += 1 }
            return
        }
        position += 1
    }

    /// Skips an expression inside `{…}` up to and including its closing `}`: nested brackets,
    /// strings of any quote, comments and line ends are allowed, a `:` at the field's own level
    /// starts the format spec. Stops before a line end that ends a one-line string's field badly
    /// only when the input runs out.
    private mutating func skipReplacementField(quote: UInt8, triple: Bool, raw: Bool) {
        nesting += 1
        defer { nesting -= 1 }
        let count = bytes.count
        var depth = 0
        while position < count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                skipString(raw: false, formatted: false)
            case UInt8(ascii: "#"):
                skipComment()
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                consumeNewline()
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                position += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                if depth > 0 { depth -= 1 }
                position += 1
            case UInt8(ascii: "}"):
                position += 1
                if depth == 0 { return }
                depth -= 1
            case UInt8(ascii: ":"):
                position += 1
                if depth == 0 {
                    skipFormatSpec(quote: quote, triple: triple, raw: raw)
                    return
                }
            case UInt8(ascii: "\\"):
                position += 1
                if position < count, bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r") {
                    consumeNewline()
                }
            default:
                if Self.isIdentifierStart(byte) {
                    if let prefix = skipIdentifier() { skipString(raw: prefix.raw, formatted: prefix.formatted) }
                } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    // Numbers hold letters (`1e5`, `0xff`) that must not pass for a string prefix.
                    position += 1
                    while position < count, Self.isIdentifierByte(bytes[position]) { position += 1 }
                } else {
                    position += 1
                }
            }
        }
    }

    /// Skips a format spec (text after `:` in a replacement field) and the field's closing `}`.
    /// The spec is text of the enclosing string: its quote or (for one-line strings) a line end
    /// stops it without being consumed, and `{…}` nests another field.
    private mutating func skipFormatSpec(quote: UInt8, triple: Bool, raw: Bool) {
        let count = bytes.count
        while position < count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "{"):
                position += 1
                skipReplacementField(quote: quote, triple: triple, raw: raw)
            case UInt8(ascii: "}"):
                position += 1
                return
            case UInt8(ascii: "\\"):
                skipBackslash(raw: raw)
            case quote:
                if !triple { return }
                if position + 2 < count, bytes[position + 1] == quote, bytes[position + 2] == quote { return }
                position += 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if !triple { return }
                consumeNewline()
            default:
                position += 1
            }
        }
    }
}
