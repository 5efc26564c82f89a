extension TOMLParser {
    /// `"…"` or (unless it is a key) `"""…"""`, escapes resolved; the cursor is on the first quote.
    mutating func parseBasicString(allowingMultiline: Bool = true) throws(TOMLSyntaxError) -> String {
        let quote = UInt8(ascii: "\"")
        let multiline = cursor.peek(1) == quote && cursor.peek(2) == quote
        if multiline && !allowingMultiline {
            throw TOMLSyntaxError("a key cannot be a multi-line string", at: cursor.position)
        }
        cursor.advance(multiline ? 3 : 1)
        if multiline { _ = cursor.consumeNewline() }
        var text: [UInt8] = []
        while true {
            let run = cursor.skipPlainStringBytes(quote: quote, escapes: true)
            if !multiline && text.isEmpty && cursor.current == quote {
                // Most strings have no escapes: take them straight from the file.
                cursor.advance()
                return String(decoding: cursor.bytes[run], as: UTF8.self)
            }
            text.append(contentsOf: cursor.bytes[run])
            let byte = cursor.current
            if byte == quote {
                if !multiline {
                    cursor.advance()
                    break
                }
                if try closeMultiline(quote, into: &text) { break }
            } else if byte == UInt8(ascii: "\\") {
                try parseEscape(multiline: multiline, into: &text)
            } else {
                try appendPlain(byte, multiline: multiline, into: &text)
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `'…'` or (unless it is a key) `'''…'''`, taken as written; the cursor is on the first quote.
    mutating func parseLiteralString(allowingMultiline: Bool = true) throws(TOMLSyntaxError) -> String {
        let quote = UInt8(ascii: "'")
        let multiline = cursor.peek(1) == quote && cursor.peek(2) == quote
        if multiline && !allowingMultiline {
            throw TOMLSyntaxError("a key cannot be a multi-line string", at: cursor.position)
        }
        cursor.advance(multiline ? 3 : 1)
        if multiline { _ = cursor.consumeNewline() }
        var text: [UInt8] = []
        while true {
            let run = cursor.skipPlainStringBytes(quote: quote, escapes: false)
            if !multiline && cursor.current == quote {
                cursor.advance()
                return String(decoding: cursor.bytes[run], as: UTF8.self)
            }
            text.append(contentsOf: cursor.bytes[run])
            let byte = cursor.current
            if byte == quote {
                if !multiline {
                    cursor.advance()
                    break
                }
                if try closeMultiline(quote, into: &text) { break }
            } else {
                try appendPlain(byte, multiline: multiline, into: &text)
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// At a quote inside a multi-line string: a run of three to five closes it (the first one or
    /// two belong to the text); a shorter run is text. Returns whether the string ended.
    private mutating func closeMultiline(_ quote: UInt8, into text: inout [UInt8]) throws(TOMLSyntaxError) -> Bool {
        var run = 0
        while cursor.current == quote {
            run += 1
            cursor.advance()
        }
        if run < 3 {
            text.append(contentsOf: repeatElement(quote, count: run))
            return false
        }
        if run > 5 {
            throw TOMLSyntaxError("too many quotes at the end of a multi-line string", at: cursor.position(ofOffset: cursor.offset - run + 5))
        }
        text.append(contentsOf: repeatElement(quote, count: run - 3))
        return true
    }

    /// One byte of string text (or a line end in a multi-line string).
    private mutating func appendPlain(_ byte: UInt8, multiline: Bool, into text: inout [UInt8]) throws(TOMLSyntaxError) {
        if cursor.isAtEnd {
            throw TOMLSyntaxError("the string is not closed before the end of the file", at: cursor.position)
        }
        if multiline && cursor.consumeNewline() {
            // CRLF in the file is LF in the value, so values do not depend on the editor.
            text.append(0x0A)
            return
        }
        if byte == 0x0A || (byte == 0x0D && cursor.peek(1) == 0x0A) {
            throw TOMLSyntaxError("the string is not closed before the end of the line", at: cursor.position)
        }
        if TOMLCursor.isForbiddenControl(byte) {
            throw TOMLSyntaxError("control character \(TOMLCursor.describe(byte)) in a string; escape it", at: cursor.position)
        }
        text.append(byte)
        cursor.advance()
    }

    private mutating func parseEscape(multiline: Bool, into text: inout [UInt8]) throws(TOMLSyntaxError) {
        let start = cursor.position
        cursor.advance()
        let letter = cursor.current
        switch letter {
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "\""): text.append(0x22)
        case UInt8(ascii: "\\"): text.append(0x5C)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            cursor.advance()
            try appendUnicodeEscape(digits: letter == UInt8(ascii: "u") ? 4 : 8, from: start, into: &text)
            return
        case 0x20, 0x09, 0x0A, 0x0D:
            guard multiline else { throw TOMLSyntaxError("invalid escape sequence in a string", at: start) }
            try skipLineEndingBackslash(from: start)
            return
        default:
            throw TOMLSyntaxError("invalid escape sequence in a string", at: start)
        }
        cursor.advance()
    }

    /// `\` at the end of a line in a multi-line basic string drops the line end and all blanks
    /// and line ends after it; blanks after `\` that do not reach a line end are an error.
    private mutating func skipLineEndingBackslash(from start: TextPosition) throws(TOMLSyntaxError) {
        cursor.skipBlanks()
        guard cursor.consumeNewline() else {
            throw TOMLSyntaxError("a line-ending backslash must be followed only by blanks up to the line end", at: start)
        }
        while true {
            cursor.skipBlanks()
            if !cursor.consumeNewline() { return }
        }
    }

    private mutating func appendUnicodeEscape(digits: Int, from start: TextPosition, into text: inout [UInt8]) throws(TOMLSyntaxError) {
        var scalar: UInt32 = 0
        for _ in 0..<digits {
            guard let digit = TOMLParser.hexValue(cursor.current) else {
                throw TOMLSyntaxError("a \\\(digits == 4 ? "u" : "U") escape needs \(digits) hexadecimal digits", at: start)
            }
            scalar = scalar << 4 | UInt32(digit)
            cursor.advance()
        }
        guard let unicode = Unicode.Scalar(scalar) else {
            throw TOMLSyntaxError("escape is not a Unicode scalar value", at: start)
        }
        text.append(contentsOf: UTF8.encode(unicode)!)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
