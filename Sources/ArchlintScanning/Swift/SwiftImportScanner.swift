import ArchlintGraph

/// Finds the import declarations of one Swift file as SwiftSyntax's parser sees them: every
/// `import` keyword that starts a declaration (at the top level or in any `{ }` body), with
/// the attributes and modifiers before it, never one inside a comment, a string or a regex
/// literal, after a `.`, or used as a label or a declared name.
public enum SwiftImportScanner {
    /// Scans a whole file's bytes.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> SwiftSourceScan {
        var reader = SwiftImportReader(bytes)
        return reader.read()
    }

    /// Scans a whole file's bytes.
    public static func scan(_ bytes: [UInt8]) -> SwiftSourceScan {
        bytes.withUnsafeBufferPointer { scan($0) }
    }
}

/// The token walk behind `SwiftImportScanner`.
struct SwiftImportReader {
    private var tokens: SwiftTokenStream
    private var conditions = SwiftConditionStack()
    private var declaration = DeclarationPrefix()
    private var result = SwiftSourceScan()

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        tokens = SwiftTokenStream(SwiftLexer(bytes))
    }

    mutating func read() -> SwiftSourceScan {
        while true {
            let token = tokens.next()
            switch token.kind {
            case .endOfFile:
                if !conditions.isEmpty {
                    result.problems.append(SwiftLexProblem(line: token.line, message: "'#if' without '#endif'"))
                }
                result.problems = tokens.lexer.problems + result.problems
                return result
            case .poundIf:
                conditions.openIf(readCondition())
                declaration = DeclarationPrefix()
            case .poundElseif:
                if !conditions.elseIf(readCondition()) { reportUnreachable(token) }
                declaration = DeclarationPrefix()
            case .poundElse:
                let next = tokens.next()
                if next.kind == .keyword && next.keyword == .if && !next.isAtStartOfLine {
                    // `#else if`, read as `#elseif`
                    if !conditions.elseIf(readCondition()) { reportUnreachable(token) }
                } else {
                    tokens.pushBack(next)
                    if !conditions.otherwise() { reportUnreachable(token) }
                    skipRestOfLine()
                }
                declaration = DeclarationPrefix()
            case .poundEndif:
                if !conditions.close() {
                    result.problems.append(SwiftLexProblem(line: token.line, message: "'#endif' without '#if'"))
                }
                skipRestOfLine()
                declaration = DeclarationPrefix()
            case .atSign:
                readAttribute()
            case .keyword where token.keyword == .import:
                if startsImportDeclaration(token) {
                    readImport(token)
                }
                declaration = DeclarationPrefix()
            case .keyword, .identifier:
                if token.keyword.isDeclarationModifier {
                    declaration.add(modifier: token.keyword)
                } else {
                    declaration = DeclarationPrefix()
                }
            default:
                declaration = DeclarationPrefix()
            }
        }
    }

    /// Whether this `import` keyword starts a declaration rather than naming a member
    /// (`x.import`), a label (`f(import: 1)`) or a declared name (`func import`).
    private mutating func startsImportDeclaration(_ token: SwiftToken) -> Bool {
        if let previous = tokens.beforeLast {
            switch previous.kind {
            case .period:
                return false
            case .pound, .backslash:
                if !token.hasLeadingTrivia { return false }
            case .keyword, .identifier:
                // SwiftSyntax takes a keyword on the same line as the name of these declarations.
                switch previous.keyword {
                case .func, .struct, .enum, .protocol, .typealias, .associatedtype, .case, .actor, .macro:
                    if !token.isAtStartOfLine { return false }
                default:
                    break
                }
            default:
                break
            }
        }
        if let innermost = tokens.brackets.last, innermost != .leftBrace {
            // In parentheses or brackets `import` is a label (`f(import: x)`, `func f(import x: T)`);
            // anything else is an import that SwiftSyntax recovers by closing the open brackets.
            if tokens.isFollowedByLabelColon() { return false }
            tokens.abandonBracketsInsideInnermostBrace()
        }
        return true
    }

    private mutating func readImport(_ keyword: SwiftToken) {
        var token = tokens.next()
        var kind: SwiftImportKind?
        if token.kind == .keyword, let scoped = SwiftImportKind(rawValue: token.keyword.text) {
            kind = scoped
            token = tokens.next()
        }
        var path: [String] = []
        while true {
            var name = ""
            switch token.kind {
            case .identifier, .binaryOperator, .prefixOperator, .postfixOperator:
                name = tokens.identifierText(token)
                token = tokens.next()
            default:
                break  // a missing name, as SwiftSyntax records it
            }
            path.append(name)
            guard token.kind == .period || token.kind == .colonColon else { break }
            token = tokens.next()
        }
        tokens.pushBack(token)
        result.imports.append(SwiftImport(
            path: path, line: keyword.line, kind: kind,
            attributes: declaration.attributes, attributeNames: declaration.attributeNames,
            accessLevel: declaration.accessLevel,
            isConditional: !conditions.isEmpty, condition: conditions.description()))
    }

    /// The compiler refuses a clause after `#else`; its imports still count, flagged conditional.
    private mutating func reportUnreachable(_ directive: SwiftToken) {
        result.problems.append(SwiftLexProblem(line: directive.line, message: "further conditions after #else are unreachable"))
    }

    /// `@name`, `@name.member`, then arguments in parentheses that start on the same line.
    private mutating func readAttribute() {
        var token = tokens.next()
        guard token.kind == .identifier || token.kind == .keyword else {
            tokens.pushBack(token)
            declaration = DeclarationPrefix()
            return
        }
        var name = tokens.identifierText(token)
        token = tokens.next()
        while token.kind == .period {
            let member = tokens.next()
            guard member.kind == .identifier || member.kind == .keyword else {
                token = member
                break
            }
            name += "." + tokens.identifierText(member)
            token = tokens.next()
        }
        if token.kind == .leftParen && !token.isAtStartOfLine {
            let depth = tokens.brackets.count
            repeat {
                token = tokens.next()
                if token.kind == .keyword && token.keyword == .import && tokens.beforeLast?.kind != .period
                    && !tokens.isFollowedByLabelColon()
                {
                    // Unclosed arguments: the parser recovers at a declaration that starts inside them.
                    tokens.pushBack(token)
                    break
                }
                if token.isAtStartOfLine && token.kind == .keyword && token.keyword.startsDeclaration
                    && tokens.brackets.count == depth
                {
                    // The same recovery at another declaration, which then takes the attribute.
                    tokens.pushBack(token)
                    declaration = DeclarationPrefix()
                    return
                }
            } while tokens.brackets.count >= depth && token.kind != .endOfFile
        } else {
            tokens.pushBack(token)
        }
        declaration.add(attribute: name)
    }

    /// The condition of `#if` / `#elseif`: the rest of the line, and further lines while a
    /// bracket is open; its tokens are joined with single spaces where the source has any.
    private mutating func readCondition() -> String {
        var text: [UInt8] = []
        let depth = tokens.brackets.count
        while true {
            let bracketsBefore = tokens.brackets.count
            let token = tokens.next()
            if token.kind == .endOfFile || (token.isAtStartOfLine && bracketsBefore <= depth) {
                tokens.pushBack(token)
                break
            }
            if token.hasLeadingTrivia && !text.isEmpty { text.append(UInt8(ascii: " ")) }
            text.append(contentsOf: tokens.lexer.text(of: token))
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// SwiftSyntax ignores what follows `#else` or `#endif` on the same line.
    private mutating func skipRestOfLine() {
        while true {
            let token = tokens.next()
            if token.kind == .endOfFile || token.isAtStartOfLine {
                tokens.pushBack(token)
                return
            }
        }
    }
}

/// The attributes and modifiers read since the last token that cannot precede a declaration.
private struct DeclarationPrefix {
    var attributes: ImportAttributes = []
    var attributeNames: [String] = []
    var accessLevel: ImportAccessLevel?

    mutating func add(attribute name: String) {
        attributeNames.append(name)
        switch name {
        case "testable": attributes.insert(.testable)
        case "_exported": attributes.insert(.exported)
        case "_implementationOnly": attributes.insert(.implementationOnly)
        case "preconcurrency": attributes.insert(.preconcurrency)
        case "_spi": attributes.insert(.spi)
        case "_weakLinked": attributes.insert(.weakLinked)
        default: break
        }
    }

    mutating func add(modifier: SwiftKeyword) {
        switch modifier {
        case .public: accessLevel = .public
        case .package: accessLevel = .package
        case .internal: accessLevel = .internal
        case .fileprivate: accessLevel = .fileprivate
        case .private: accessLevel = .private
        case .open: accessLevel = .open
        default: break
        }
    }
}
