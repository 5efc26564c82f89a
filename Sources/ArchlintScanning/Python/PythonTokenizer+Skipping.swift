/// The fast path. Most statements are not imports: this loop runs over their bytes without
/// building tokens and stops only at a name that may begin an import or a `TYPE_CHECKING` guard.
extension PythonTokenizer {
    /// Skips to the next `import`, `from` or `lazy` that starts a statement, or `if`/`elif` that
    /// starts a logical line, and returns it as a name token; `.end` at the end of the input.
    ///
    /// `atStatementStart` says whether the bytes at `position` begin a statement (after a line
    /// end, `;` or a header's `:`); when false, the current statement is skipped first.
    /// Line starts passed on the way update `logicalLine` and `lowestIndent`.
    mutating func skipToCandidate(atStatementStart: Bool) -> PythonToken {
        let table = PythonByteClass.table
        guard let base = bytes.baseAddress else { return next() }
        let count = bytes.count
        var index = position
        var atStart = atStatementStart
        var firstTokenIndex = -1
        // The next `import` word not yet passed, kept in a register here and written back on the
        // way out. Only the mid-statement loop checks it; strings and comments, which may hold
        // the word, search on past themselves, and so does a new call (the parser read on).
        var nextWord = nextImportWord
        defer { nextImportWord = nextWord }
        if nextWord < index { nextWord = importWords.first(from: index, none: count) }
        while index < count {
            // With a bracket open, read on until it closes (or the file ends, unclosed).
            if index >= stopOffset && depth == 0 {
                position = count
                return PythonToken(kind: .end, byte: 0, start: count, end: count, line: line, startsLine: false, indent: 0)
            }
            if !lineHasTokens {
                // Indentation, blank lines and comment lines before a logical line's first token.
                switch base[index] {
                case UInt8(ascii: " "):
                    let end = endOfSpaces(from: index + 1)
                    column += end - index
                    index = end
                    continue
                case UInt8(ascii: "\t"):
                    index += 1
                    column = (column / 8 + 1) * 8
                    continue
                case 0x0C:
                    index += 1
                    column = 0
                    continue
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    position = index
                    consumeNewline()
                    index = position
                    column = 0
                    continue
                case UInt8(ascii: "#"):
                    position = index
                    skipComment()
                    index = position
                    if nextWord < index { nextWord = importWords.first(from: index, none: count) }
                    continue
                case UInt8(ascii: "\\"):
                    break  // a continuation before any token: handled below like mid-line
                default:
                    beginLogicalLine()
                    firstTokenIndex = index
                    atStart = true
                }
            }
            var byteClass = table[Int(base[index])]
            if !atStart {
                // Mid-statement: only brackets, strings, comments, `:`, `;`, `\` and line ends matter.
                if byteClass < PythonByteClass.firstSignificant {
                    // Byte by byte first: in code the next bracket, quote or line end is usually a
                    // few bytes away, closer than a block search pays for; a run longer than 16
                    // bytes goes on by blocks (the bound replaces the end-of-input test: no test more per byte).
                    let limit = min(index + 16, count)
                    repeat { index += 1 } while index < limit && table[Int(base[index])] < PythonByteClass.firstSignificant
                    if index == limit && index < count { index = nextSignificant(from: index) }
                    guard index < count else {
                        if nextWord < index { notePassedImportWords(&nextWord, before: index) }
                        position = index
                        return next()
                    }
                    byteClass = table[Int(base[index])]
                }
                if nextWord < index { notePassedImportWords(&nextWord, before: index) }
            }
            switch byteClass {
            case PythonByteClass.identifier:
                let start = index
                index += 1
                while index < count && table[Int(base[index])] == PythonByteClass.identifier { index += 1 }
                if index < count && base[index] != UInt8(ascii: "'") && base[index] != UInt8(ascii: "\"") && isCandidate(start, index) {
                    position = index
                    let startsLine = firstTokenIndex == start
                    return PythonToken(
                        kind: .name, byte: 0, start: start, end: index, line: line, startsLine: startsLine,
                        indent: startsLine ? column : 0)
                }
                atStart = false
            case PythonByteClass.space:
                index += 1
            case PythonByteClass.quote:
                // Most strings are short, plain and on one line (`'utf-8'`, `"name"`): with no
                // prefix before the quote and no second quote after it, a string whose closing
                // quote comes within 16 bytes, before any backslash or line end, is passed here
                // in one block test. Anything else (prefixes, escapes, triple quotes, longer
                // strings) goes through `skipString` as before.
                let quote = base[index]
                if index + 1 + ByteLanes.width <= count && base[index + 1] != quote
                    && (index == 0 || table[Int(base[index - 1])] != PythonByteClass.identifier)
                {
                    let chunk = ByteLanes.load(base, index + 1)
                    var ends = chunk .== SIMD16<UInt8>(repeating: quote)
                    ends .|= chunk .== SIMD16<UInt8>(repeating: UInt8(ascii: "\\"))
                    ends .|= chunk .== SIMD16<UInt8>(repeating: UInt8(ascii: "\n"))
                    ends .|= chunk .== SIMD16<UInt8>(repeating: UInt8(ascii: "\r"))
                    let lanes = ByteLanes(ends)
                    if !lanes.isEmpty && base[index + 1 + lanes.first] == quote {
                        index += 2 + lanes.first
                        if nextWord < index { nextWord = importWords.first(from: index, none: count) }
                        atStart = false
                        continue
                    }
                }
                position = index
                let prefix = stringPrefix(endingAt: index)
                skipString(raw: prefix.raw, formatted: prefix.formatted)
                index = position
                if nextWord < index { nextWord = importWords.first(from: index, none: count) }
                atStart = false
            case PythonByteClass.lineEnd:
                position = index
                consumeNewline()
                index = position
                if depth == 0 {
                    lineHasTokens = false
                    column = 0
                }
            case PythonByteClass.comment:
                position = index
                skipComment()
                index = position
                if nextWord < index { nextWord = importWords.first(from: index, none: count) }
            case PythonByteClass.open:
                openBracket(base[index])
                index += 1
                atStart = false
            case PythonByteClass.close:
                closeBracket(base[index])
                index += 1
                atStart = false
            case PythonByteClass.colon:
                index += 1
                if index < count && base[index] == UInt8(ascii: "=") {
                    index += 1  // the walrus
                    atStart = false
                } else {
                    atStart = depth == 0
                }
            case PythonByteClass.semicolon:
                index += 1
                atStart = depth == 0
            case PythonByteClass.backslash:
                index += 1
                if index < count && (base[index] == UInt8(ascii: "\n") || base[index] == UInt8(ascii: "\r")) {
                    position = index
                    consumeNewline()
                    index = position
                }
            default:
                index += 1
                atStart = false
            }
        }
        position = index
        return next()
    }

    /// The `import` words the mid-statement loop ran over before `end` are in code, where the
    /// keyword can only start a statement or follow a `from` clause: CPython refuses the file.
    /// Words inside longer names (`importlib`, `x_import`) are no keyword.
    private mutating func notePassedImportWords(_ nextWord: inout Int, before end: Int) {
        let table = PythonByteClass.table
        while nextWord < end {
            let start = nextWord, after = start + 6
            let isWord = (start == 0 || table[Int(bytes[start - 1])] != PythonByteClass.identifier)
                && (after >= bytes.count || table[Int(bytes[after])] != PythonByteClass.identifier)
            if isWord { reportMisplacedImport(line: line) }
            nextWord = importWords.first(from: start + 1, none: bytes.count)
        }
    }

    /// An `import` keyword where no import statement can be, once per line. Inside brackets the
    /// problem waits for them to close: when they never do, the unclosed bracket is the mistake
    /// (a line that starts with `import` after it is most likely fine).
    mutating func reportMisplacedImport(line: Int) {
        guard misplacedImportLine != line else { return }
        misplacedImportLine = line
        if depth > 0 {
            importLinesInBrackets.append(line)
        } else {
            problems.append(PythonSourceProblem(line: line, message: Self.misplacedImport))
        }
    }

    static let misplacedImport = "invalid syntax: 'import' inside a statement"

    /// The prefix flags of the string whose quote is at `quote`: the one or two identifier bytes
    /// right before it when they form a prefix (`rb`, `f`, `T`…) and are a whole word.
    @inline(__always)
    private func stringPrefix(endingAt quote: Int) -> (raw: Bool, formatted: Bool) {
        let table = PythonByteClass.table
        let base = bytes.baseAddress!
        var start = quote
        while start > 0 && quote - start < 3 && table[Int(base[start - 1])] == PythonByteClass.identifier { start -= 1 }
        guard start < quote, quote - start <= 2,
            start == 0 || table[Int(base[start - 1])] != PythonByteClass.identifier,
            let prefix = Self.stringPrefix(bytes, start, quote)
        else { return (false, false) }
        return prefix
    }

    /// True for the names the scanner must see at a statement start.
    @inline(__always)
    private func isCandidate(_ start: Int, _ end: Int) -> Bool {
        let base = bytes.baseAddress!
        switch end - start {
        case 2: return base[start] == UInt8(ascii: "i") && base[start + 1] == UInt8(ascii: "f")
        case 4:
            return matches(start, "elif") || matches(start, "from") || matches(start, "lazy")
        case 6: return matches(start, "import")
        default: return false
        }
    }

    @inline(__always)
    private func matches(_ start: Int, _ word: StaticString) -> Bool {
        let letters = word.utf8Start
        for offset in 0..<word.utf8CodeUnitCount where bytes[start + offset] != letters[offset] { return false }
        return true
    }
}
