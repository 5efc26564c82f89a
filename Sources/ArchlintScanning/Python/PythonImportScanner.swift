/// Finds every `import` and `from … import` statement of a Python file, at any depth, and flags
/// the ones inside `if TYPE_CHECKING:` bodies. Works on bytes; never fails.
public enum PythonImportScanner {
    /// Scans a whole file.
    public static func scan(_ bytes: [UInt8]) -> PythonScan {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    /// Scans a whole file.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> PythonScan {
        var state = ScannerState(tokenizer: PythonTokenizer(bytes))
        state.run()
        return PythonScan(imports: state.imports, problems: state.tokenizer.problems)
    }
}

/// The statement-level pass over tokens. A simple statement starts at the start of a logical
/// line, after `;`, or after the `:` of a compound statement header at bracket depth 0 — the only
/// places an import can stand.
private struct ScannerState {
    var tokenizer: PythonTokenizer
    var imports: [PythonImport] = []
    /// Indentation of each enclosing `if TYPE_CHECKING:` whose body is an indented block.
    var typeCheckingIndents: [Int] = []
    /// True until the end of a logical line holding `if TYPE_CHECKING: <statements>`.
    var inlineTypeChecking = false
    var atStatementStart = true
    /// A token read ahead and not yet handled.
    var pending: PythonToken?

    var isTypeChecking: Bool { inlineTypeChecking || !typeCheckingIndents.isEmpty }

    mutating func nextToken() -> PythonToken {
        if let token = pending {
            pending = nil
            return token
        }
        let token = tokenizer.next()
        if token.startsLine {
            // A line indented no deeper than an `if TYPE_CHECKING:` ends its body (`else:` too).
            while let indent = typeCheckingIndents.last, token.indent <= indent { typeCheckingIndents.removeLast() }
        }
        return token
    }

    mutating func run() {
        while true {
            let token = nextToken()
            switch token.kind {
            case .end:
                return
            case .newline:
                atStatementStart = true
                inlineTypeChecking = false
            case .punctuation:
                atStatementStart =
                    tokenizer.depth == 0 && (token.byte == UInt8(ascii: ";") || token.byte == UInt8(ascii: ":"))
            case .name where atStatementStart:
                atStatementStart = false
                if tokenizer.token(token, is: "import") {
                    parsePlainImport(start: token, lazy: false)
                } else if tokenizer.token(token, is: "from") {
                    parseFromImport(start: token, lazy: false)
                } else if token.startsLine && (tokenizer.token(token, is: "if") || tokenizer.token(token, is: "elif")) {
                    parseIf(token)
                } else if tokenizer.token(token, is: "lazy") {
                    let next = nextToken()
                    if tokenizer.token(next, is: "import") {
                        parsePlainImport(start: token, lazy: true)
                    } else if tokenizer.token(next, is: "from") {
                        parseFromImport(start: token, lazy: true)
                    } else {
                        pending = next
                    }
                }
            default:
                atStatementStart = false
            }
        }
    }

    // MARK: - Import statements

    /// `import a.b [as c], d …` after the `import` keyword.
    mutating func parsePlainImport(start: PythonToken, lazy: Bool) {
        while true {
            var token = nextToken()
            guard let module = dottedName(first: &token) else {
                pending = token
                return
            }
            imports.append(
                PythonImport(
                    form: .plain, module: module, line: start.line, isTypeChecking: isTypeChecking, isLazy: lazy))
            token = skipAlias(token)
            guard token.kind == .punctuation, token.byte == UInt8(ascii: ",") else {
                pending = token
                return
            }
        }
    }

    /// `from .a.b import c [as d], …`, `from . import (c, d,)`, `from a import *` after `from`.
    mutating func parseFromImport(start: PythonToken, lazy: Bool) {
        var level = 0
        var token = nextToken()
        while token.kind == .punctuation && token.byte == UInt8(ascii: ".") {
            level += 1
            token = nextToken()
        }
        var module = ""
        if !tokenizer.token(token, is: "import") {
            guard let name = dottedName(first: &token), tokenizer.token(token, is: "import") else {
                pending = token
                return
            }
            module = name
        } else if level == 0 {
            pending = token
            return
        }
        var names: [String] = []
        token = nextToken()
        if token.kind == .punctuation && token.byte == UInt8(ascii: "*") {
            names.append("*")
            token = nextToken()
        } else {
            let parenthesized = token.kind == .punctuation && token.byte == UInt8(ascii: "(")
            if parenthesized { token = nextToken() }
            while token.kind == .name {
                names.append(tokenizer.text(of: token))
                token = skipAlias(nextToken())
                guard token.kind == .punctuation, token.byte == UInt8(ascii: ",") else { break }
                token = nextToken()
            }
            if parenthesized && token.kind == .punctuation && token.byte == UInt8(ascii: ")") {
                token = nextToken()
            }
        }
        pending = token
        guard !names.isEmpty else { return }
        imports.append(
            PythonImport(
                form: .from, level: level, module: module, names: names, line: start.line,
                isTypeChecking: isTypeChecking, isLazy: lazy))
    }

    /// Reads `name(.name)*` starting with `token`; leaves the token after it in `token`.
    mutating func dottedName(first token: inout PythonToken) -> String? {
        guard token.kind == .name else { return nil }
        var name = tokenizer.text(of: token)
        token = nextToken()
        while token.kind == .punctuation && token.byte == UInt8(ascii: ".") {
            let part = nextToken()
            guard part.kind == .name else {
                token = part
                return name
            }
            name += "." + tokenizer.text(of: part)
            token = nextToken()
        }
        return name
    }

    /// Skips `as alias` when `token` is `as`; returns the token after.
    mutating func skipAlias(_ token: PythonToken) -> PythonToken {
        guard tokenizer.token(token, is: "as") else { return token }
        let alias = nextToken()
        return alias.kind == .name ? nextToken() : alias
    }

    // MARK: - if TYPE_CHECKING

    /// Reads an `if` or `elif` header up to its `:`; when the condition is a `TYPE_CHECKING` guard,
    /// flags the rest of the line (`if TYPE_CHECKING: import x`) or the indented block below it.
    /// Other clauses (`else:`, `elif other:`) start at the same indentation, which ends the flag.
    mutating func parseIf(_ ifToken: PythonToken) {
        var condition = PythonConditionTokens()
        while true {
            let token = nextToken()
            switch token.kind {
            case .newline, .end:
                pending = token
                return
            case .punctuation where token.byte == UInt8(ascii: ":") && tokenizer.depth == 0:
                atStatementStart = true
                guard condition.isTypeCheckingGuard(tokenizer) else { return }
                let next = nextToken()
                if next.kind == .newline {
                    typeCheckingIndents.append(ifToken.indent)
                } else {
                    inlineTypeChecking = true
                }
                pending = next
                return
            default:
                condition.append(token, tokenizer)
            }
        }
    }
}
