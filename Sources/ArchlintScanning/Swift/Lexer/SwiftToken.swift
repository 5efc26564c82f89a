/// The kinds of token the Swift lexer produces. They follow the token kinds of SwiftSyntax's
/// lexer where that matters for telling a regex literal from an operator (the kind of the
/// previous token decides), and fold string and regex literals into single tokens.
public enum SwiftTokenKind: UInt8, Sendable {
    case endOfFile
    case identifier, keyword, dollarIdentifier, wildcard
    case integerLiteral, floatLiteral
    /// A whole string literal, or the part of one before, between or after interpolations.
    case stringLiteral
    case regexLiteral
    case leftParen, rightParen, leftBrace, rightBrace, leftSquare, rightSquare
    case period, comma, colon, colonColon, semicolon, equal, atSign, pound, backslash, backtick, arrow
    case binaryOperator, prefixOperator, postfixOperator
    case exclamationMark, postfixQuestionMark, infixQuestionMark, prefixAmpersand
    case poundIf, poundElseif, poundElse, poundEndif, poundAvailable, poundUnavailable, poundSourceLocation
    case shebang
    /// Text that is no token (a stray `*/`, a closing curly quote, …).
    case unknown
}

/// One token: its kind, where its text lies in the file's bytes, and the line it starts on.
public struct SwiftToken: Sendable {
    public var kind: SwiftTokenKind
    /// The keyword spelled by an identifier-like token (`import`, `public`, `package`…), else `.none`.
    public var keyword: SwiftKeyword
    /// Byte offset of the first byte of the token's text.
    public var start: Int
    /// Byte offset just past the token's text.
    public var end: Int
    /// 1-based line of `start`.
    public var line: Int
    /// A line break lies between the previous token and this one (SwiftSyntax's `isAtStartOfLine`).
    public var isAtStartOfLine: Bool
    /// Whitespace or a comment lies right before the token.
    public var hasLeadingTrivia: Bool

    public init(kind: SwiftTokenKind, keyword: SwiftKeyword = .none, start: Int, end: Int, line: Int,
                 isAtStartOfLine: Bool = false, hasLeadingTrivia: Bool = false) {
        self.kind = kind
        self.keyword = keyword
        self.start = start
        self.end = end
        self.line = line
        self.isAtStartOfLine = isAtStartOfLine
        self.hasLeadingTrivia = hasLeadingTrivia
    }

    /// True for `(`, `[` and `{`.
    public var isOpeningBracket: Bool { kind == .leftParen || kind == .leftSquare || kind == .leftBrace }
    /// True for `)`, `]` and `}`.
    public var isClosingBracket: Bool { kind == .rightParen || kind == .rightSquare || kind == .rightBrace }
}
