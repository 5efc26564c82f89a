/// The top-level constants and the functions a manifest declares, found before anything is
/// evaluated so that values can be read wherever they are used.
struct SwiftManifestDeclarations {
    /// A `func` of the manifest, with where its body lies.
    struct Function {
        struct Parameter {
            /// The argument label callers write; nil for `_`.
            let label: String?
            let name: String
            let defaultValue: Range<Int>?
        }
        let name: String
        let parameters: [Parameter]
        /// The tokens between the body's braces.
        let body: Range<Int>
        /// The declaration from `func` through its closing brace.
        let extent: Range<Int>
        /// The return type as written (`[Target]`, `Bool`); empty when none.
        let returnType: String
        let line: Int
        /// Declared inside a type without `static`: called on a value (`$0.toTarget()`), which
        /// the reader cannot follow.
        var isInstanceMethod = false

        /// Whether what it returns can hold targets (`Target`, `[Target]`, `Target?`), not a
        /// `Target.Dependency` or anything else.
        var returnsTargets: Bool {
            let type = returnType.filter { $0 != "[" && $0 != "]" && $0 != "?" && $0 != " " }
            return type == "Target" || type == "PackageDescription.Target"
        }
    }

    /// A `let`/`var` at the top level: each assignment's value (several from `#if` branches or
    /// later assignments), and the declared type.
    struct Constant {
        var values: [Range<Int>] = []
        var type = ""
        var line = 0
    }

    private(set) var constants: [String: Constant] = [:]
    private(set) var functions: [String: Function] = [:]

    init(_ tokens: SwiftManifestTokens) {
        var depth = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .keyword, token.keyword == .func, var function = Self.function(at: index, tokens) {
                let modifiers = (max(0, index - 3)..<index).map { tokens[$0].keyword }
                function.isInstanceMethod = depth > 0 && !modifiers.contains(.static) && !modifiers.contains(.class)
                if functions[function.name] == nil { functions[function.name] = function }
                index = function.extent.upperBound
                continue
            }
            if token.kind.opensBracket { depth += 1 } else if token.kind.closesBracket { depth -= 1 }
            if depth == 0, let (name, type, value) = Self.assignment(at: index, tokens) {
                constants[name, default: Constant(type: type, line: token.line)].values.append(value)
                if !type.isEmpty { constants[name]?.type = type }
                index = value.upperBound
                continue
            }
            index += 1
        }
    }

    /// `let name: Type = value`, `var name = value`, or `name = value` at a statement start.
    private static func assignment(at index: Int, _ tokens: SwiftManifestTokens) -> (String, String, Range<Int>)? {
        let token = tokens[index]
        var nameIndex = index
        if token.kind == .keyword && (token.keyword == .let || token.keyword == .var) {
            nameIndex = index + 1
        } else if !(token.kind == .identifier && token.isAtStartOfLine) {
            return nil
        }
        guard nameIndex + 1 < tokens.count, tokens[nameIndex].kind == .identifier else { return nil }
        var scan = nameIndex + 1
        var type: [SwiftManifestToken] = []
        if tokens[scan].kind == .colon {
            scan += 1
            while scan < tokens.count, tokens[scan].kind != .equal, !tokens[scan].isAtStartOfLine || type.isEmpty {
                if tokens[scan].kind == .endOfFile { return nil }
                type.append(tokens[scan])
                scan += 1
            }
        }
        guard scan < tokens.count, tokens[scan].kind == .equal else { return nil }
        let start = scan + 1
        let end = tokens.expressionEnd(from: start)
        guard end > start else { return nil }
        return (tokens[nameIndex].text, type.map(\.text).joined(), start..<end)
    }

    /// `func name(label inner: Type = default, …) throws -> Type { … }` at `index`.
    private static func function(at index: Int, _ tokens: SwiftManifestTokens) -> Function? {
        guard index + 2 < tokens.count, tokens[index + 1].kind == .identifier || tokens[index + 1].kind == .keyword
        else { return nil }
        var open = index + 2
        if tokens[open].text == "<", let close = (open..<tokens.count).first(where: { tokens[$0].text.hasPrefix(">") }) {
            open = close + 1  // generic parameters
        }
        guard open < tokens.count, tokens[open].kind == .leftParen, let close = tokens.matchingClose(open) else { return nil }
        var parameters: [Function.Parameter] = []
        for part in tokens.split(open: open, close: close) {
            guard let colon = part.first(where: { tokens[$0].kind == .colon }) else { continue }
            let names = part.lowerBound..<colon
            guard !names.isEmpty else { continue }
            let first = tokens[names.lowerBound].text
            let inner = names.count >= 2 ? tokens[names.lowerBound + 1].text : first
            let equal = part.first { tokens[$0].kind == .equal }
            parameters.append(Function.Parameter(
                label: first == "_" ? nil : first, name: inner,
                defaultValue: equal.map { ($0 + 1)..<part.upperBound }))
        }
        var scan = close + 1
        var returnType: [SwiftManifestToken] = []
        var sawArrow = false
        while scan < tokens.count, tokens[scan].kind != .leftBrace, tokens[scan].kind != .endOfFile {
            if sawArrow { returnType.append(tokens[scan]) }
            if tokens[scan].kind == .arrow { sawArrow = true }
            if tokens[scan].kind == .leftParen || tokens[scan].kind == .leftSquare, let end = tokens.matchingClose(scan) {
                if sawArrow { returnType += (scan + 1...end).map { tokens[$0] } }
                scan = end + 1
                continue
            }
            scan += 1
        }
        guard scan < tokens.count, tokens[scan].kind == .leftBrace, let bodyClose = tokens.matchingClose(scan) else { return nil }
        return Function(
            name: tokens[index + 1].text, parameters: parameters, body: (scan + 1)..<bodyClose,
            extent: index..<(bodyClose + 1), returnType: returnType.map(\.text).joined(), line: tokens[index].line)
    }
}
