extension SwiftLexer {
    /// Lexes an operator, or a regex literal that starts at a `/` inside it.
    mutating func lexOperator(prefersRegex: Bool) -> SwiftToken {
        let start = position
        let startsWithDot = bytes[start] == UInt8(ascii: ".")
        position += bytes[start] < 0x80 ? 1 : SwiftCodePoint.decode(bytes, at: start).length
        while position < bytes.count {
            let current = bytes[position]
            // A `.` continues only an operator that starts with one.
            if current == UInt8(ascii: ".") && !startsWithDot { break }
            if current == UInt8(ascii: "<"), byte(at: position + 1) == UInt8(ascii: "#"), placeholderCloses(from: position + 2) {
                break
            }
            if current < 0x80 {
                guard SwiftCodePoint.isASCIIOperator(current) else { break }
                position += 1
            } else {
                let (scalar, length) = SwiftCodePoint.decode(bytes, at: position)
                guard let scalar, SwiftCodePoint.isOperatorContinuation(scalar) else { break }
                position += length
            }
        }
        var end = position
        if let slash = (start..<end).first(where: { bytes[$0] == UInt8(ascii: "/") }),
           let regexEnd = regexEnd(slash: slash, operatorStart: start, operatorEnd: end, prefersRegex: prefersRegex)
        {
            if slash == start {
                position = start
                advance(to: regexEnd)
                return token(.regexLiteral, from: start)
            }
            // The operator characters before the `/` stay an operator; the regex literal follows.
            position = slash
            let operatorToken = token(classifyOperator(start, slash), from: start)
            prepareToken(atStartOfLine: false, leadingTrivia: false)
            advance(to: regexEnd)
            queued = token(.regexLiteral, from: slash)
            return operatorToken
        }
        if end - start > 2 {
            // `//` or `/*` inside an operator starts a comment.
            for index in (start + 1)..<end where bytes[index] == UInt8(ascii: "/") {
                if let next = byte(at: index + 1), next == UInt8(ascii: "/") || next == UInt8(ascii: "*") {
                    end = index
                    break
                }
            }
        }
        position = end
        return token(classifyOperator(start, end), from: start)
    }

    /// True when `#>` follows on this line (so `<#` opens an editor placeholder).
    private func placeholderCloses(from index: Int) -> Bool {
        var scan = index
        while scan + 1 < bytes.count, bytes[scan] != UInt8(ascii: "\n") {
            if bytes[scan] == UInt8(ascii: "#") && bytes[scan + 1] == UInt8(ascii: ">") { return true }
            scan += 1
        }
        return false
    }

    /// What an operator spelled by `start..<end` is: binary, prefix or postfix by the spaces
    /// around it, or one of the reserved spellings (`=`, `->`, `.`, `?`, prefix `&`).
    func classifyOperator(_ start: Int, _ end: Int) -> SwiftTokenKind {
        let leftBound = isLeftBound(start)
        let rightBound = isRightBound(end, leftBound: leftBound)
        switch end - start {
        case 1:
            switch bytes[start] {
            case UInt8(ascii: "="): return .equal
            case UInt8(ascii: "&") where !leftBound && rightBound: return .prefixAmpersand
            case UInt8(ascii: "."): return .period
            case UInt8(ascii: "?"): return leftBound ? .postfixQuestionMark : .infixQuestionMark
            default: break
            }
        case 2:
            if bytes[start] == UInt8(ascii: "-") && bytes[start + 1] == UInt8(ascii: ">") { return .arrow }
            if bytes[start] == UInt8(ascii: "*") && bytes[start + 1] == UInt8(ascii: "/") { return .unknown }
        default:
            for index in start..<(end - 1) where bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/") {
                return .unknown
            }
        }
        if leftBound == rightBound { return .binaryOperator }
        return leftBound ? .postfixOperator : .prefixOperator
    }

    /// Whether the character before `index` binds an operator there to what precedes it.
    func isLeftBound(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        switch bytes[index - 1] {
        case UInt8(ascii: " "), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: "\t"),
             UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"),
             UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), 0:
            return false
        case UInt8(ascii: "/"):
            return !(index >= 2 && bytes[index - 2] == UInt8(ascii: "*"))  // after `*/`: whitespace
        case 0xA0:
            return !(index >= 2 && bytes[index - 2] == 0xC2)  // after a non-breaking space
        default:
            return true
        }
    }

    /// Whether the character at `index` binds an operator ending there to what follows.
    func isRightBound(_ index: Int, leftBound: Bool) -> Bool {
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: " "), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: "\t"),
             UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"),
             UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), 0:
            return false
        case UInt8(ascii: "."):
            return !leftBound
        case UInt8(ascii: "/"):
            let next = byte(at: index + 1)
            return !(next == UInt8(ascii: "/") || next == UInt8(ascii: "*"))
        case 0xC2:
            return byte(at: index + 1) != 0xA0
        default:
            return true
        }
    }

    /// Where a regex literal starting at the operator's first `/` ends, when SwiftSyntax's
    /// heuristics read one there; nil when the `/` is an operator.
    private func regexEnd(slash: Int, operatorStart: Int, operatorEnd: Int, prefersRegex: Bool) -> Int? {
        let leftBound = isLeftBound(operatorStart)
        guard !leftBound else { return nil }  // `a/b`, `x/`: an operator
        // After `func` or `operator` an operator is being declared: `prefix func /(…)`.
        if previousKind == .keyword && (previousKeyword == .func || previousKeyword == .operator) { return nil }
        var mustBeRegex = false
        if leftBound == isRightBound(operatorEnd, leftBound: leftBound) {
            // Spaced like a binary operator (`x / y`): a regex only where an expression must start.
            mustBeRegex = prefersRegex
            if !mustBeRegex && !isInRegexLiteralPosition { return nil }
            switch previousKind {
            case .leftParen, .leftSquare, .comma, .colon, .colonColon:
                break  // an unapplied operator argument: `reduce(0, /)`
            default:
                mustBeRegex = true
            }
        }
        return scanRegexLiteral(at: slash, mustBeRegex: mustBeRegex)
    }

    /// Whether the previous token leaves the lexer expecting an expression (so `/` may open a regex).
    private var isInRegexLiteralPosition: Bool {
        guard let previousKind else { return true }
        switch previousKind {
        case .leftBrace, .leftParen, .leftSquare, .prefixOperator, .prefixAmpersand, .binaryOperator, .equal,
             .semicolon, .comma, .colon, .infixQuestionMark, .poundIf, .poundElse, .poundElseif, .poundEndif, .unknown:
            return true
        case .keyword:
            switch previousKeyword {
            case .true, .false, .Any, .nil, .self, .Self, .super: return false
            default: return true
            }
        default:
            return false
        }
    }
}
