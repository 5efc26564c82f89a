extension SwiftLexer {
    /// Lexes one token outside string literal content.
    mutating func lexNormal(prefersRegex: Bool) -> SwiftToken {
        let start = position
        guard position < bytes.count else { return token(.endOfFile, from: start) }
        let current = bytes[position]
        switch current {
        case UInt8(ascii: "@"): return single(.atSign)
        case UInt8(ascii: "{"): return single(.leftBrace)
        case UInt8(ascii: "["): return single(.leftSquare)
        case UInt8(ascii: "("): return single(.leftParen)
        case UInt8(ascii: "}"): return single(.rightBrace)
        case UInt8(ascii: "]"): return single(.rightSquare)
        case UInt8(ascii: ")"): return single(.rightParen)
        case UInt8(ascii: ","): return single(.comma)
        case UInt8(ascii: ";"): return single(.semicolon)
        case UInt8(ascii: "\\"): return single(.backslash)
        case UInt8(ascii: ":"):
            if byte(at: position + 1) == UInt8(ascii: ":") {
                position += 2
                return token(.colonColon, from: start)
            }
            return single(.colon)
        case UInt8(ascii: "#"):
            return lexPound()
        case UInt8(ascii: "!"), UInt8(ascii: "?"):
            if isLeftBound(position) {
                // A postfix `!` or `?`; after `try` it means the next `/` prefers a regex.
                if previousKind == .keyword && previousKeyword == .try { preferRegexNext = true }
                return single(current == UInt8(ascii: "!") ? .exclamationMark : .postfixQuestionMark)
            }
            return lexOperator(prefersRegex: prefersRegex)
        case UInt8(ascii: "<"):
            if byte(at: position + 1) == UInt8(ascii: "#"), let end = editorPlaceholderEnd() {
                position = end
                return token(.identifier, from: start)
            }
            return lexOperator(prefersRegex: prefersRegex)
        case UInt8(ascii: "$"):
            return lexDollarIdentifier()
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return lexNumber()
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return lexStringStart(pounds: 0, from: start)
        case UInt8(ascii: "`"):
            return lexBacktick()
        case 0x80...:
            let (scalar, length) = SwiftCodePoint.decode(bytes, at: position)
            guard let scalar else {
                position += length
                return token(.unknown, from: start)
            }
            if SwiftCodePoint.isIdentifierStart(scalar) { return lexIdentifier() }
            if SwiftCodePoint.isOperatorStart(scalar) { return lexOperator(prefersRegex: prefersRegex) }
            return lexUnknown(scalar, length: length)
        default:
            if SwiftCodePoint.isASCIIIdentifierStart(current) { return lexIdentifier() }
            if SwiftCodePoint.isASCIIOperator(current) { return lexOperator(prefersRegex: prefersRegex) }
            return single(.unknown)
        }
    }

    private mutating func single(_ kind: SwiftTokenKind) -> SwiftToken {
        position += 1
        return token(kind, from: position - 1)
    }

    // MARK: - Identifiers

    mutating func lexIdentifier() -> SwiftToken {
        let start = position
        position += bytes[position] < 0x80 ? 1 : SwiftCodePoint.decode(bytes, at: position).length
        skipIdentifierContinuation()
        let keyword = SwiftKeyword.classify(bytes.baseAddress! + start, count: position - start)
        if keyword.isReserved { return token(.keyword, from: start, keyword: keyword) }
        if position - start == 1 && bytes[start] == UInt8(ascii: "_") { return token(.wildcard, from: start) }
        return token(.identifier, from: start, keyword: keyword)
    }

    /// Skips the characters that may continue an identifier.
    mutating func skipIdentifierContinuation() {
        let classes = SwiftCodePoint.asciiClasses
        while position < bytes.count {
            let current = bytes[position]
            if current < 0x80 {
                guard classes[Int(current)] & SwiftCodePoint.identifierContinuationClass != 0 else { return }
                position += 1
            } else {
                let (scalar, length) = SwiftCodePoint.decode(bytes, at: position)
                guard let scalar, SwiftCodePoint.isIdentifierContinuation(scalar) else { return }
                position += length
            }
        }
    }

    private mutating func lexDollarIdentifier() -> SwiftToken {
        let start = position
        position += 1
        var allDigits = true
        while position < bytes.count {
            let current = bytes[position]
            if current >= UInt8(ascii: "0") && current <= UInt8(ascii: "9") {
                position += 1
            } else if current < 0x80 {
                guard SwiftCodePoint.isASCIIIdentifierContinuation(current) else { break }
                allDigits = false
                position += 1
            } else {
                let (scalar, length) = SwiftCodePoint.decode(bytes, at: position)
                guard let scalar, SwiftCodePoint.isIdentifierContinuation(scalar) else { break }
                allDigits = false
                position += length
            }
        }
        if position == start + 1 || !allDigits { return token(.identifier, from: start) }
        return token(.dollarIdentifier, from: start)
    }

    /// `` `name` `` is an identifier (never a keyword); a lone backtick is punctuation.
    private mutating func lexBacktick() -> SwiftToken {
        let start = position
        var scan = position + 1
        while scan < bytes.count {
            let current = bytes[scan]
            if current == UInt8(ascii: "`") || current == UInt8(ascii: "\n") || current == UInt8(ascii: "\r") { break }
            scan += 1
        }
        if scan < bytes.count, bytes[scan] == UInt8(ascii: "`") {
            position = scan + 1
            return token(.identifier, from: start)
        }
        if starts(with: Self.escapedDollar, at: start) {
            position = start + 3
            return token(.identifier, from: start)
        }
        position = start + 1
        return token(.backtick, from: start)
    }

    private static let escapedDollar = Array("`$`".utf8)

    /// The end of an editor placeholder `<#…#>` starting here, if it closes on this line.
    private func editorPlaceholderEnd() -> Int? {
        var scan = position + 2
        while scan < bytes.count {
            let current = bytes[scan]
            scan += 1
            if current == UInt8(ascii: "\n") { return nil }
            if current == UInt8(ascii: "<"), byte(at: scan) == UInt8(ascii: "#") { return nil }
            if current == UInt8(ascii: "#"), byte(at: scan) == UInt8(ascii: ">") { return scan + 1 }
        }
        return nil
    }

    /// A character that starts no token: identifier characters that cannot start one still form
    /// an identifier, a curly-quoted text becomes one identifier, anything else is unknown.
    private mutating func lexUnknown(_ scalar: UInt32, length: Int) -> SwiftToken {
        let start = position
        position += length
        if SwiftCodePoint.isIdentifierContinuation(scalar) {
            skipIdentifierContinuation()
            return token(.identifier, from: start)
        }
        if scalar == 0x201C, let end = curlyQuoteEnd(from: position) {
            position = end
            return token(.identifier, from: start)
        }
        return token(scalar == 0x201C ? .identifier : .unknown, from: start)
    }

    /// Where a “curly-quoted” text ends (after `"` or `”`) on this line, if it does.
    private func curlyQuoteEnd(from index: Int) -> Int? {
        var scan = index
        while scan < bytes.count {
            let current = bytes[scan]
            switch current {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return nil
            case UInt8(ascii: "\\"):
                if byte(at: scan + 1) == UInt8(ascii: "(") { return nil }
                scan += 2
            case UInt8(ascii: "\""): return scan + 1
            case 0xE2 where byte(at: scan + 1) == 0x80 && byte(at: scan + 2) == 0x9D: return scan + 3
            default: scan += 1
            }
        }
        return nil
    }

    // MARK: - Pound

    private mutating func lexPound() -> SwiftToken {
        let start = position
        if position == 0, byte(at: 1) == UInt8(ascii: "!") {
            while position < bytes.count, bytes[position] != UInt8(ascii: "\n"), bytes[position] != UInt8(ascii: "\r") {
                position += 1
            }
            return token(.shebang, from: start)
        }
        var afterPounds = position
        while afterPounds < bytes.count, bytes[afterPounds] == UInt8(ascii: "#") { afterPounds += 1 }
        if afterPounds < bytes.count, bytes[afterPounds] == UInt8(ascii: "\"") {
            position = afterPounds
            return lexStringStart(pounds: afterPounds - start, from: start)
        }
        if let end = scanRegexLiteral(at: start, mustBeRegex: true) {
            advance(to: end)
            return token(.regexLiteral, from: start)
        }
        var wordEnd = position + 1
        while wordEnd < bytes.count, SwiftCodePoint.isASCIIIdentifierStart(bytes[wordEnd]) {
            wordEnd += 1
        }
        let kind: SwiftTokenKind
        switch String(decoding: UnsafeBufferPointer(rebasing: bytes[(position + 1)..<wordEnd]), as: UTF8.self) {
        case "if": kind = .poundIf
        case "elseif": kind = .poundElseif
        case "else": kind = .poundElse
        case "endif": kind = .poundEndif
        case "available": kind = .poundAvailable
        case "unavailable": kind = .poundUnavailable
        case "sourceLocation": kind = .poundSourceLocation
        default:
            position += 1
            return token(.pound, from: start)
        }
        position = wordEnd
        return token(kind, from: start)
    }

    // MARK: - Numbers

    private mutating func lexNumber() -> SwiftToken {
        let start = position
        let next = byte(at: position + 1)
        if bytes[position] == UInt8(ascii: "0") && next == UInt8(ascii: "x") { return lexHexNumber() }
        if bytes[position] == UInt8(ascii: "0") && (next == UInt8(ascii: "o") || next == UInt8(ascii: "b")) {
            position += 2
            let isOctal = next == UInt8(ascii: "o")
            let isDigit: (UInt8) -> Bool = isOctal
                ? { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") }
                : { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") }
            if let first = byte(at: position), !isDigit(first) {
                skipIdentifierContinuation()
                return token(.integerLiteral, from: start)
            }
            while let current = byte(at: position), isDigit(current) || current == UInt8(ascii: "_") { position += 1 }
            skipIdentifierContinuation()
            return token(.integerLiteral, from: start)
        }
        skipDigits()
        if byte(at: position) == UInt8(ascii: ".") {
            // `1.foo` and `x.0.1` are member accesses, not float literals.
            guard let after = byte(at: position + 1), Self.isDigit(after), previousKind != .period else {
                return token(.integerLiteral, from: start)
            }
        } else if byte(at: position) != UInt8(ascii: "e") && byte(at: position) != UInt8(ascii: "E") {
            skipIdentifierContinuation()
            return token(.integerLiteral, from: start)
        }
        if byte(at: position) == UInt8(ascii: ".") {
            position += 1
            skipDigits()
        }
        if byte(at: position) == UInt8(ascii: "e") || byte(at: position) == UInt8(ascii: "E") {
            position += 1
            if byte(at: position) == UInt8(ascii: "-") || byte(at: position) == UInt8(ascii: "+") { position += 1 }
            guard let digit = byte(at: position), Self.isDigit(digit) else {
                skipIdentifierContinuation()
                return token(.floatLiteral, from: start)
            }
            skipDigits()
            skipIdentifierContinuation()
        }
        return token(.floatLiteral, from: start)
    }

    private mutating func lexHexNumber() -> SwiftToken {
        let start = position
        position += 2
        guard let first = byte(at: position) else { return token(.integerLiteral, from: start) }
        guard Self.isHexDigit(first) else {
            skipIdentifierContinuation()
            return token(.integerLiteral, from: start)
        }
        skipHexDigits()
        let atDot = byte(at: position) == UInt8(ascii: ".")
        if !atDot && byte(at: position) != UInt8(ascii: "p") && byte(at: position) != UInt8(ascii: "P") {
            skipIdentifierContinuation()
            return token(.integerLiteral, from: start)
        }
        var dot: Int?
        if atDot {
            dot = position
            position += 1
            if let after = byte(at: position), !Self.isHexDigit(after) {
                position = dot!
                return token(.integerLiteral, from: start)
            }
            skipHexDigits()
            if byte(at: position) != UInt8(ascii: "p") && byte(at: position) != UInt8(ascii: "P") {
                if let after = byte(at: position + 1), !Self.isDigit(after) { position = dot! }
                return token(.integerLiteral, from: start)
            }
        }
        position += 1  // the exponent's `p`
        var signed = false
        if byte(at: position) == UInt8(ascii: "+") || byte(at: position) == UInt8(ascii: "-") {
            position += 1
            signed = true
        }
        if let current = byte(at: position), !Self.isDigit(current) {
            if let dot, let afterDot = byte(at: dot + 1), !Self.isDigit(afterDot), !signed {
                position = dot  // `0xff.fp`: a member access
                return token(.integerLiteral, from: start)
            }
            skipIdentifierContinuation()
            return token(.floatLiteral, from: start)
        }
        skipDigits()
        skipIdentifierContinuation()
        return token(.floatLiteral, from: start)
    }

    private mutating func skipDigits() {
        while let current = byte(at: position), Self.isDigit(current) || current == UInt8(ascii: "_") { position += 1 }
    }

    private mutating func skipHexDigits() {
        while let current = byte(at: position), Self.isHexDigit(current) || current == UInt8(ascii: "_") { position += 1 }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
    }
}
