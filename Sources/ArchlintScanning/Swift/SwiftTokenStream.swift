/// Tokens from a `SwiftLexer` with one token of push-back, the brackets open so far, and the
/// token delivered before the current one.
struct SwiftTokenStream {
    private(set) var lexer: SwiftLexer
    /// The kinds of the brackets open at the current token (`leftParen`, `leftSquare`, `leftBrace`).
    private(set) var brackets: [SwiftTokenKind] = []
    /// How many of each kind `brackets` holds: a closing bracket that matches none is dismissed
    /// without searching them all (which made `(((…]]]` quadratic).
    private var openCounts = (parens: 0, squares: 0, braces: 0)
    /// The token delivered before the last one.
    private(set) var beforeLast: SwiftToken?
    private var last: SwiftToken?
    private var pushedBack: SwiftToken?

    init(_ lexer: SwiftLexer) {
        self.lexer = lexer
    }

    mutating func next() -> SwiftToken {
        let token: SwiftToken
        if let pending = pushedBack {
            pushedBack = nil
            token = pending
        } else {
            token = lexer.next()
            track(token)
        }
        beforeLast = last
        last = token
        return token
    }

    /// Makes `token` (the last one delivered) the next one again.
    mutating func pushBack(_ token: SwiftToken) {
        pushedBack = token
        last = beforeLast
    }

    private mutating func track(_ token: SwiftToken) {
        switch token.kind {
        case .leftParen, .leftSquare, .leftBrace:
            brackets.append(token.kind)
            count(token.kind, by: 1)
        case .rightParen, .rightSquare, .rightBrace:
            let opening: SwiftTokenKind = token.kind == .rightParen ? .leftParen : (token.kind == .rightSquare ? .leftSquare : .leftBrace)
            guard openCount(opening) > 0 else { return }
            // Close the matching bracket, and any left open inside it (the search passes only
            // brackets it removes, so it costs nothing extra overall).
            while let innermost = brackets.popLast() {
                count(innermost, by: -1)
                if innermost == opening { break }
            }
        default:
            break
        }
    }

    /// Whether the tokens after the current one are `:` or a name and `:` (a label or a parameter).
    func isFollowedByLabelColon() -> Bool {
        var probe = lexer
        let first = pushedBack ?? probe.next()
        if first.kind == .colon { return true }
        guard first.kind == .identifier || first.kind == .wildcard || first.kind == .keyword else { return false }
        return probe.next().kind == .colon
    }

    /// Forgets the parentheses and brackets opened inside the innermost brace (SwiftSyntax's
    /// recovery when a declaration starts inside them).
    mutating func abandonBracketsInsideInnermostBrace() {
        while let innermost = brackets.last, innermost != .leftBrace {
            brackets.removeLast()
            count(innermost, by: -1)
        }
    }

    private func openCount(_ kind: SwiftTokenKind) -> Int {
        switch kind {
        case .leftParen: return openCounts.parens
        case .leftSquare: return openCounts.squares
        default: return openCounts.braces
        }
    }

    private mutating func count(_ kind: SwiftTokenKind, by change: Int) {
        switch kind {
        case .leftParen: openCounts.parens += change
        case .leftSquare: openCounts.squares += change
        default: openCounts.braces += change
        }
    }

    /// An identifier's text without the backticks of `` `name` ``.
    func identifierText(_ token: SwiftToken) -> String {
        var text = lexer.text(of: token)
        if text.count >= 2, text.first == UInt8(ascii: "`"), text.last == UInt8(ascii: "`") {
            text = UnsafeBufferPointer(rebasing: text.dropFirst().dropLast())
        }
        return String(decoding: text, as: UTF8.self)
    }
}
