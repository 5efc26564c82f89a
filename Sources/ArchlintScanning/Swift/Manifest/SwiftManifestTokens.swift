/// A manifest's tokens with its `#if` directives taken out, and the structural questions every
/// part of the reader asks of them (where a bracket closes, where an argument ends).
///
/// Every `#if` branch counts (DESIGN §2: a target declared in any branch is a module), so the
/// directives and their conditions are dropped and the branches read one after the other; each
/// token remembers the conditions it lies under, for diagnostics and for declared dependencies.
struct SwiftManifestTokens {
    private(set) var tokens: [SwiftManifestToken] = []
    /// `#if` conditions by index; 0 is "no condition". Nested ones are joined with `&&`.
    private(set) var conditions: [String] = [""]
    private(set) var problems: [SwiftLexProblem]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var lexer = SwiftLexer(bytes)
        var all: [SwiftManifestToken] = []
        while true {
            let token = lexer.next()
            let text = lexer.text(of: token)
            all.append(SwiftManifestToken(
                kind: token.kind, keyword: token.keyword, text: String(decoding: text, as: UTF8.self),
                string: token.kind == .stringLiteral ? SwiftManifestToken.stringValue(text) : nil,
                line: token.line, isAtStartOfLine: token.isAtStartOfLine, hasLeadingTrivia: token.hasLeadingTrivia))
            if token.kind == .endOfFile { break }
        }
        problems = lexer.problems
        removeDirectives(all)
    }

    subscript(index: Int) -> SwiftManifestToken { tokens[index] }
    var count: Int { tokens.count }

    /// Drops `#if`/`#elseif`/`#else`/`#endif` and the condition after `#if` and `#elseif` (the
    /// rest of its line), keeping for each other token the conditions of the branches it is in.
    private mutating func removeDirectives(_ all: [SwiftManifestToken]) {
        // Per open `#if`: the conditions of its earlier branches, and the current branch's text.
        var stack: [(earlier: [String], current: String)] = []
        var index = 0
        var currentCondition = 0
        while index < all.count {
            let token = all[index]
            switch token.kind {
            case .poundIf, .poundElseif:
                var end = index + 1
                while end < all.count, !all[end].isAtStartOfLine, all[end].kind != .endOfFile { end += 1 }
                let text = Self.text(all[(index + 1)..<end])
                if token.kind == .poundIf || stack.isEmpty {
                    stack.append(([], text))
                } else {
                    stack[stack.count - 1].earlier.append(stack[stack.count - 1].current)
                    stack[stack.count - 1].current = text
                }
                currentCondition = condition(for: stack)
                index = end
                continue
            case .poundElse:
                if !stack.isEmpty {
                    stack[stack.count - 1].earlier.append(stack[stack.count - 1].current)
                    stack[stack.count - 1].current = ""
                }
                currentCondition = condition(for: stack)
            case .poundEndif:
                _ = stack.popLast()
                currentCondition = condition(for: stack)
            default:
                var kept = token
                kept.condition = currentCondition
                tokens.append(kept)
            }
            index += 1
        }
    }

    /// The index of the text of the conditions under which the current branch is compiled.
    private mutating func condition(for stack: [(earlier: [String], current: String)]) -> Int {
        var parts: [String] = []
        for level in stack {
            parts += level.earlier.map { "!(\($0))" }
            if !level.current.isEmpty { parts.append(level.current) }
        }
        let text = parts.joined(separator: " && ")
        if text.isEmpty { return 0 }
        if let existing = conditions.firstIndex(of: text) { return existing }
        conditions.append(text)
        return conditions.count - 1
    }

    /// Tokens' text as written, one space where the source has whitespace.
    static func text(_ tokens: ArraySlice<SwiftManifestToken>) -> String {
        var result = ""
        for token in tokens {
            if token.hasLeadingTrivia && !result.isEmpty { result += " " }
            result += token.text
        }
        return result
    }

    // MARK: - Structure

    /// The index of the bracket that closes the one at `open`.
    func matchingClose(_ open: Int) -> Int? {
        var depth = 0
        for index in open..<tokens.count {
            if tokens[index].kind.opensBracket { depth += 1 }
            if tokens[index].kind.closesBracket {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// True when the statement ends before `index`.
    func endsStatement(at index: Int) -> Bool {
        index >= tokens.count || tokens[index].kind == .endOfFile || tokens[index].isAtStartOfLine
            || tokens[index].kind == .semicolon || tokens[index].kind.closesBracket
    }

    /// The index just past the expression starting at `start`: up to a line break, `;`, `,` or
    /// a closing bracket outside brackets, or an `{` that opens a statement's block when `stopAtBrace`.
    func expressionEnd(from start: Int, stopAtBrace: Bool = false) -> Int {
        var index = start
        while index < tokens.count, tokens[index].kind != .endOfFile {
            let token = tokens[index]
            if index > start && token.isAtStartOfLine && !continuesExpression(index) { return index }
            if token.kind == .comma || token.kind == .semicolon || token.kind.closesBracket { return index }
            if token.kind == .leftBrace && stopAtBrace { return index }
            if token.kind.opensBracket, let close = matchingClose(index) {
                index = close + 1
                continue
            }
            index += 1
        }
        return index
    }

    /// A line that starts with `.member`, a binary operator or `?` carries on the expression before it.
    private func continuesExpression(_ index: Int) -> Bool {
        let kind = tokens[index].kind
        return kind == .period || kind == .binaryOperator || kind == .infixQuestionMark
            || (index > 0 && tokens[index - 1].kind == .binaryOperator)
    }

    /// The top-level comma-separated parts between an opening bracket and its close.
    func split(open: Int, close: Int) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var depth = 0
        var start = open + 1
        for index in (open + 1)..<close {
            let token = tokens[index]
            if token.kind.opensBracket { depth += 1 } else if token.kind.closesBracket { depth -= 1 }
            if depth == 0 && token.kind == .comma {
                if start < index { parts.append(start..<index) }
                start = index + 1
            }
        }
        if start < close { parts.append(start..<close) }
        return parts
    }

    /// For `label: value` arguments: the label and the value's range; nil label when unlabelled.
    func labeled(_ argument: Range<Int>) -> (label: String?, value: Range<Int>) {
        if argument.count >= 2, tokens[argument.lowerBound + 1].kind == .colon,
           tokens[argument.lowerBound].kind == .identifier || tokens[argument.lowerBound].kind == .keyword
        {
            return (tokens[argument.lowerBound].text, (argument.lowerBound + 2)..<argument.upperBound)
        }
        return (nil, argument)
    }
}

extension SwiftTokenKind {
    var opensBracket: Bool { self == .leftParen || self == .leftSquare || self == .leftBrace }
    var closesBracket: Bool { self == .rightParen || self == .rightSquare || self == .rightBrace }
}
