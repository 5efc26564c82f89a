/// A Swift lexer over UTF-8 bytes, one token per `next()` call, that splits source the way
/// SwiftSyntax's lexer does: the same trivia (nested block comments, conflict markers, a BOM),
/// the same string literal states (raw delimiters, multi-line, interpolation that nests
/// strings) and the same heuristics for reading `/` as a regex literal or an operator.
///
/// It keeps an explicit stack of states rather than recursion, so any nesting depth is safe,
/// and it never fails: malformed input ends a literal early or becomes an `.unknown` token.
public struct SwiftLexer {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// 1-based line of `position`.
    var line = 1
    /// Kind of the token returned last; nil before the first one. Drives the regex heuristics.
    var previousKind: SwiftTokenKind?
    /// Keyword of the token returned last when it was a keyword token.
    var previousKeyword: SwiftKeyword = .none
    /// Set after `try?` / `try!`: the next `/` prefers to start a regex literal.
    var preferRegexNext = false
    /// Open string interpolations, innermost last.
    var interpolations: [Interpolation] = []
    /// A string literal to continue lexing once an interpolation closes.
    var resumedString: StringFrame?
    /// A string literal stopped at `\(`: the next token is the interpolation's `(`.
    var openingInterpolation: StringFrame?
    /// A token already lexed (a regex literal split off an operator), returned next.
    var queued: SwiftToken?
    // Position facts for the token being lexed.
    var tokenLine = 1
    var tokenIsAtStartOfLine = false
    var tokenHasLeadingTrivia = false
    /// Problems found so far (unterminated comments and literals).
    public private(set) var problems: [SwiftLexProblem] = []

    /// How a string literal is delimited.
    enum StringKind: UInt8 { case singleLine, multiLine, singleQuote }

    /// A string literal being lexed: its kind and the number of `#` of its raw delimiter.
    struct StringFrame { var kind: StringKind; var pounds: Int }

    /// An open `\(…)`: the string it belongs to and the parentheses opened inside it.
    struct Interpolation { var string: StringFrame; var depth: Int }

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next token; `.endOfFile` (repeatedly) at the end.
    public mutating func next() -> SwiftToken {
        if let token = queued {
            queued = nil
            return remember(token)
        }
        if let frame = openingInterpolation {
            openingInterpolation = nil
            interpolations.append(Interpolation(string: frame, depth: 0))
            prepareToken(atStartOfLine: false, leadingTrivia: false)
            position += 1
            return remember(token(.leftParen, from: position - 1))
        }
        if let frame = resumedString {
            resumedString = nil
            prepareToken(atStartOfLine: false, leadingTrivia: false)
            return remember(lexStringBody(frame, from: position))
        }
        let insideSingleLineString = interpolations.last.map { $0.string.kind != .multiLine } ?? false
        let triviaStart = position
        let sawNewline = skipTrivia(stopAtNewline: insideSingleLineString)
        prepareToken(atStartOfLine: sawNewline, leadingTrivia: position > triviaStart)
        if !interpolations.isEmpty, position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                // Only a single-line string's interpolation stops before a line break.
                guard insideSingleLineString else { break }
                // A line break ends a single-line string together with the interpolation open in it.
                interpolations.removeLast()
                let closing = token(.rightParen, from: position)
                previousKind = .stringLiteral
                previousKeyword = .none
                return closing
            case UInt8(ascii: "("):
                interpolations[interpolations.count - 1].depth += 1
            case UInt8(ascii: ")"):
                if interpolations[interpolations.count - 1].depth == 0 {
                    resumedString = interpolations.removeLast().string
                    position += 1
                    return remember(token(.rightParen, from: position - 1))
                }
                interpolations[interpolations.count - 1].depth -= 1
            default:
                break
            }
        }
        let prefersRegex = preferRegexNext
        preferRegexNext = false
        return remember(lexNormal(prefersRegex: prefersRegex))
    }

    /// The bytes of a token's text.
    public func text(of token: SwiftToken) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
    }

    // MARK: - Bookkeeping

    mutating func prepareToken(atStartOfLine: Bool, leadingTrivia: Bool) {
        tokenLine = line
        tokenIsAtStartOfLine = atStartOfLine
        tokenHasLeadingTrivia = leadingTrivia
    }

    /// A token from `start` to the current position, with the facts prepared for it.
    func token(_ kind: SwiftTokenKind, from start: Int, keyword: SwiftKeyword = .none) -> SwiftToken {
        SwiftToken(kind: kind, keyword: keyword, start: start, end: position, line: tokenLine,
                   isAtStartOfLine: tokenIsAtStartOfLine, hasLeadingTrivia: tokenHasLeadingTrivia)
    }

    mutating func remember(_ token: SwiftToken) -> SwiftToken {
        previousKind = token.kind
        previousKeyword = token.kind == .keyword ? token.keyword : .none
        return token
    }

    mutating func report(_ message: String, line: Int) {
        problems.append(SwiftLexProblem(line: line, message: message))
    }

    @inline(__always)
    func byte(at index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Moves to `end`, counting the line breaks passed (`\n`, `\r\n` and a lone `\r` each count once).
    mutating func advance(to end: Int) {
        while position < end {
            let current = bytes[position]
            if current == UInt8(ascii: "\n") {
                line += 1
            } else if current == UInt8(ascii: "\r"), byte(at: position + 1) != UInt8(ascii: "\n") {
                line += 1
            }
            position += 1
        }
    }

    /// Consumes one line break at the current position (`\r\n` counts as one).
    @inline(__always)
    mutating func consumeNewline() {
        if bytes[position] == UInt8(ascii: "\r"), byte(at: position + 1) == UInt8(ascii: "\n") { position += 1 }
        position += 1
        line += 1
    }
}

/// Something wrong with the lexical structure of a file (an unterminated comment or literal).
public struct SwiftLexProblem: Hashable, Sendable {
    public let line: Int
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}
