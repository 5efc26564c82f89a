/// A byte cursor turning Python source into `PythonToken`s: the layer that knows about comments,
/// line continuations, brackets spanning lines, indentation and logical lines. Strings are
/// skipped whole by `PythonTokenizer+Strings.swift`. It never fails: bad input becomes a
/// `PythonSourceProblem` and lexing carries on.
struct PythonTokenizer {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    /// 1-based line of `position`.
    var line = 1
    /// Depth of open `(`, `[`, `{` (newlines inside brackets do not end a logical line).
    var depth = 0
    /// True once the current logical line has produced a token.
    var lineHasTokens = false
    /// Indentation column of the current physical line, while no token was seen on it.
    var column = 0
    /// Number of logical lines begun so far (the current one's number, 1-based).
    var logicalLine = 0
    /// The smallest indentation of the logical lines begun since the scanner last reset it.
    var lowestIndent = Int.max
    /// The skipper stops here: no import statement can start at or after it.
    var stopOffset: Int
    /// Nesting of f-string replacement fields, bounded so hostile input cannot exhaust the stack.
    var nesting = 0
    var problems: [PythonSourceProblem] = []
    /// Line and byte of each open bracket, outermost first, for the first `maximumRecordedDepth`
    /// levels: storage the scanner lends for the whole scan, so the hot path pays a store per
    /// bracket and no allocation.
    let openBracketLines: UnsafeMutablePointer<UInt32>
    let openBracketBytes: UnsafeMutablePointer<UInt8>
    /// Start of the next `import` in the bytes not yet passed (in code, a string or a comment);
    /// -1 before the first lookup. The skipper reports one it passes in code mid-statement.
    var nextImportWord = -1
    /// Every `import` of the input, where the skipper looks up `nextImportWord`.
    var importWords: PythonImportWords
    /// The last line reported for an `import` inside a statement: one problem per line.
    var misplacedImportLine = 0
    /// Lines of `import` keywords met inside the brackets open now, reported once they close.
    var importLinesInBrackets: [Int] = []

    /// `openBrackets` holds `PythonTokenizer.bracketStorage` bytes, aligned for `UInt32`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, importWords: PythonImportWords, openBrackets: UnsafeMutableRawPointer) {
        self.bytes = bytes
        self.importWords = importWords
        openBracketLines = openBrackets.bindMemory(to: UInt32.self, capacity: Self.maximumRecordedDepth)
        openBracketBytes = (openBrackets + 4 * Self.maximumRecordedDepth).bindMemory(to: UInt8.self, capacity: Self.maximumRecordedDepth)
        // A UTF-8 byte order mark is not part of the source.
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        position = hasBOM ? 3 : 0
        stopOffset = bytes.count
    }

    /// The next token; `.end` forever once the input is exhausted.
    mutating func next() -> PythonToken {
        let count = bytes.count
        while position < count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: " "):
                position += 1
                if !lineHasTokens { column += 1 }
            case UInt8(ascii: "\t"):
                position += 1
                if !lineHasTokens { column = (column / 8 + 1) * 8 }
            case 0x0C:  // form feed resets the indentation count, as CPython's tokenizer does
                position += 1
                if !lineHasTokens { column = 0 }
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                let newlineLine = line
                let start = position
                consumeNewline()
                if depth == 0 && lineHasTokens {
                    lineHasTokens = false
                    column = 0
                    return PythonToken(
                        kind: .newline, byte: 0, start: start, end: position, line: newlineLine,
                        startsLine: false, indent: 0)
                }
                if !lineHasTokens { column = 0 }
            case UInt8(ascii: "#"):
                skipComment()
            case UInt8(ascii: "\\"):
                position += 1
                if position < count, bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r") {
                    consumeNewline()  // an explicit line join: the logical line goes on
                }
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                let token = begin(.string, at: position)
                skipString(raw: false, formatted: false)
                return finish(token)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let token = begin(.number, at: position)
                position += 1
                while position < count, Self.isIdentifierByte(bytes[position]) || bytes[position] == UInt8(ascii: ".") {
                    position += 1
                }
                return finish(token)
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                openBracket(byte)
                return punctuation(byte)
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                closeBracket(byte)
                return punctuation(byte)
            case UInt8(ascii: ":"):
                if position + 1 < count, bytes[position + 1] == UInt8(ascii: "=") {
                    // The walrus is not a colon: it neither ends a condition nor opens a suite.
                    var token = begin(.punctuation, at: position)
                    token.byte = UInt8(ascii: "=")
                    position += 2
                    return finish(token)
                }
                return punctuation(byte)
            default:
                if Self.isIdentifierStart(byte) {
                    let start = position
                    if let prefix = skipIdentifier() {
                        let token = begin(.string, at: start)
                        skipString(raw: prefix.raw, formatted: prefix.formatted)
                        return finish(token)
                    }
                    return finish(begin(.name, at: start))
                }
                return punctuation(byte)
            }
        }
        if lineHasTokens {
            // The last logical line ends with the file even without a final newline.
            lineHasTokens = false
            return PythonToken(
                kind: .newline, byte: 0, start: count, end: count, line: line, startsLine: false, indent: 0)
        }
        reportUnclosedBracket()
        return PythonToken(kind: .end, byte: 0, start: count, end: count, line: line, startsLine: false, indent: 0)
    }

    /// True when the name token spells `keyword` exactly.
    func token(_ token: PythonToken, is keyword: StaticString) -> Bool {
        Self.token(token, is: keyword, in: bytes)
    }

    /// True when the name token of `bytes` spells `keyword` exactly.
    @inline(__always)
    static func token(_ token: PythonToken, is keyword: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .name, token.length == keyword.utf8CodeUnitCount else { return false }
        let word = keyword.utf8Start
        for offset in 0..<token.length where bytes[token.start + offset] != word[offset] { return false }
        return true
    }

    /// The text of a token's bytes.
    func text(of token: PythonToken) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
    }

    // MARK: - Pieces

    private mutating func begin(_ kind: PythonToken.Kind, at start: Int) -> PythonToken {
        let token = PythonToken(
            kind: kind, byte: 0, start: start, end: start, line: line, startsLine: !lineHasTokens, indent: column)
        if !lineHasTokens { beginLogicalLine() }
        return token
    }

    /// Notes that the first token of a logical line has been met.
    @inline(__always)
    mutating func beginLogicalLine() {
        lineHasTokens = true
        logicalLine += 1
        if column < lowestIndent { lowestIndent = column }
    }

    private func finish(_ token: PythonToken) -> PythonToken {
        var token = token
        token.end = position
        return token
    }

    private mutating func punctuation(_ byte: UInt8) -> PythonToken {
        var token = begin(.punctuation, at: position)
        token.byte = byte
        position += 1
        return finish(token)
    }

    /// Consumes one line end (`\n`, `\r\n` or a lone `\r`) at `position`.
    mutating func consumeNewline() {
        if bytes[position] == UInt8(ascii: "\r"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\n") {
            position += 2
        } else {
            position += 1
        }
        line += 1
    }

    /// Letters, digits, `_` and every non-ASCII byte (Python identifiers may hold any letter).
    @inline(__always) static func isIdentifierByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), 0x80...0xFF:
            return true
        default:
            return false
        }
    }

    @inline(__always) static func isIdentifierStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"), 0x80...0xFF:
            return true
        default:
            return false
        }
    }

    /// The flags of a string prefix (`r`, `b`, `u`, `f`, `t`, `rb`, `fr`, `tr`… any case), or nil
    /// when the identifier before a quote is not a prefix (then the quote starts a new token).
    /// Skips the identifier at `position`; when a quote follows and the identifier is a string
    /// prefix (`rb`, `f`…), returns the prefix, and `position` is at the quote.
    @inline(__always)
    mutating func skipIdentifier() -> (raw: Bool, formatted: Bool)? {
        let start = position, count = bytes.count
        position += 1
        // Sixteen bytes at a time (this runs for every name of every import statement).
        position = endOfIdentifier(from: position)
        guard position < count, bytes[position] == UInt8(ascii: "'") || bytes[position] == UInt8(ascii: "\"") else { return nil }
        return Self.stringPrefix(bytes, start, position)
    }

    static func stringPrefix(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
    ) -> (raw: Bool, formatted: Bool)? {
        func letter(_ byte: UInt8) -> UInt8 { byte | 0x20 }
        switch end - start {
        case 1:
            switch letter(bytes[start]) {
            case UInt8(ascii: "r"): return (true, false)
            case UInt8(ascii: "u"), UInt8(ascii: "b"): return (false, false)
            case UInt8(ascii: "f"), UInt8(ascii: "t"): return (false, true)
            default: return nil
            }
        case 2:
            let first = letter(bytes[start]), second = letter(bytes[start + 1])
            let other: UInt8
            if first == UInt8(ascii: "r") {
                other = second
            } else if second == UInt8(ascii: "r") {
                other = first
            } else {
                return nil
            }
            switch other {
            case UInt8(ascii: "b"): return (true, false)
            case UInt8(ascii: "f"), UInt8(ascii: "t"): return (true, true)
            default: return nil
            }
        default:
            return nil
        }
    }
}
