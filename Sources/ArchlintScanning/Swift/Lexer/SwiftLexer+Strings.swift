extension SwiftLexer {
    /// Lexes a string literal whose opening quote is at `position`, after `pounds` raw-delimiter
    /// `#` that start at `start`. Returns its text up to its end or up to its first interpolation.
    mutating func lexStringStart(pounds: Int, from start: Int) -> SwiftToken {
        if bytes[position] == UInt8(ascii: "'") {
            position += 1
            return lexStringBody(StringFrame(kind: .singleQuote, pounds: pounds), from: start)
        }
        position += 1
        guard byte(at: position) == UInt8(ascii: "\""), byte(at: position + 1) == UInt8(ascii: "\"") else {
            return lexStringBody(StringFrame(kind: .singleLine, pounds: pounds), from: start)
        }
        let afterTripleQuote = position + 2
        if pounds > 0 && closesRawStringOnThisLine(from: afterTripleQuote, pounds: pounds) {
            // `#"""#` and `#"""…"#`: a single-line raw string whose text starts with quotes.
            return lexStringBody(StringFrame(kind: .singleLine, pounds: pounds), from: start)
        }
        position = afterTripleQuote
        return lexStringBody(StringFrame(kind: .multiLine, pounds: pounds), from: start)
    }

    /// True when a `"` followed by `pounds` `#` closes the literal on this line.
    private func closesRawStringOnThisLine(from index: Int, pounds: Int) -> Bool {
        if delimiterEnd(at: index, pounds: pounds) != nil { return true }
        var scan = index
        while scan < bytes.count, bytes[scan] != UInt8(ascii: "\n"), bytes[scan] != UInt8(ascii: "\r") {
            scan += 1
            if bytes[scan - 1] == UInt8(ascii: "\""), delimiterEnd(at: scan, pounds: pounds) != nil { return true }
        }
        return false
    }

    /// Where `pounds` `#` starting at `index` end, or nil when fewer are there. Like SwiftSyntax,
    /// one more `#` than needed is taken along when present.
    func delimiterEnd(at index: Int, pounds: Int) -> Int? {
        guard pounds > 0 else { return index }
        var count = 0
        while index + count < bytes.count, bytes[index + count] == UInt8(ascii: "#"), count <= pounds { count += 1 }
        return count >= pounds ? index + count : nil
    }

    /// The index after the closing raw delimiter: every `#` from `index` on (none for a plain literal).
    private func closingEnd(from index: Int, pounds: Int) -> Int {
        var end = index
        guard pounds > 0 else { return end }
        while end < bytes.count, bytes[end] == UInt8(ascii: "#") { end += 1 }
        return end
    }

    /// Lexes string content from `position` to the end of the literal, or to an interpolation's
    /// `(` (then the next token opens the interpolation). The token starts at `start`.
    mutating func lexStringBody(_ frame: StringFrame, from start: Int) -> SwiftToken {
        let pounds = frame.pounds
        let startLine = tokenLine
        while position < bytes.count {
            let current = bytes[position]
            switch current {
            case UInt8(ascii: "\\"):
                if let afterPounds = delimiterEnd(at: position + 1, pounds: pounds) {
                    if byte(at: afterPounds) == UInt8(ascii: "(") {
                        position = afterPounds
                        openingInterpolation = frame
                        return token(.stringLiteral, from: start)
                    }
                    if frame.kind == .multiLine, let end = escapedNewlineEnd(from: afterPounds) {
                        position = end
                        line += 1
                        continue
                    }
                    position = afterPounds
                    skipEscapedCharacter(multiLine: frame.kind == .multiLine)
                } else {
                    position += 1  // a backslash without enough `#` is plain text in a raw string
                }
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                guard frame.kind == .multiLine else {
                    // A single-line literal cannot span lines: it ends unterminated here.
                    return token(.stringLiteral, from: start)
                }
                consumeNewline()
            case UInt8(ascii: "\""):
                switch frame.kind {
                case .singleLine:
                    position += 1
                    if delimiterEnd(at: position, pounds: pounds) != nil {
                        position = closingEnd(from: position, pounds: pounds)
                        return token(.stringLiteral, from: start)
                    }
                case .multiLine:
                    if byte(at: position + 1) == UInt8(ascii: "\""), byte(at: position + 2) == UInt8(ascii: "\""),
                       delimiterEnd(at: position + 3, pounds: pounds) != nil
                    {
                        position = closingEnd(from: position + 3, pounds: pounds)
                        return token(.stringLiteral, from: start)
                    }
                    position += 1
                case .singleQuote:
                    position += 1
                }
            case UInt8(ascii: "'"):
                position += 1
                if frame.kind == .singleQuote {
                    position = closingEnd(from: position, pounds: pounds)
                    return token(.stringLiteral, from: start)
                }
            default:
                position += 1
            }
        }
        if frame.kind == .multiLine { report("unterminated multi-line string literal", line: startLine) }
        return token(.stringLiteral, from: start)
    }

    /// After `\` and its `#`: spaces or tabs then a line break escape the line break in a multi-line
    /// literal. Returns the index after the line break.
    private func escapedNewlineEnd(from index: Int) -> Int? {
        var scan = index
        while scan < bytes.count, bytes[scan] == UInt8(ascii: " ") || bytes[scan] == UInt8(ascii: "\t") { scan += 1 }
        guard scan < bytes.count else { return nil }
        if bytes[scan] == UInt8(ascii: "\r") {
            return byte(at: scan + 1) == UInt8(ascii: "\n") ? scan + 2 : scan + 1
        }
        return bytes[scan] == UInt8(ascii: "\n") ? scan + 1 : nil
    }

    /// Skips the character after an escaping backslash: `\n`, `\"`, `\u{…}`; an invalid escape
    /// takes one letter or digit, as SwiftSyntax does.
    private mutating func skipEscapedCharacter(multiLine: Bool) {
        guard let current = byte(at: position) else { return }
        switch current {
        case UInt8(ascii: "0"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"), UInt8(ascii: "\""),
             UInt8(ascii: "'"), UInt8(ascii: "\\"):
            position += 1
        case UInt8(ascii: "u"):
            position += 1
            guard byte(at: position) == UInt8(ascii: "{") else { return }
            position += 1
            while let digit = byte(at: position), Self.isHexDigit(digit) { position += 1 }
            if byte(at: position) == UInt8(ascii: "}") { position += 1 }
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            return  // handled by the caller (an escaped line break) or ends a single-line literal
        default:
            if current < 0x80 && (Self.isDigit(current) || SwiftCodePoint.isASCIIIdentifierStart(current)) && current != UInt8(ascii: "_") {
                position += 1
            }
        }
    }
}
