/// Finds every `import` and `from … import` statement of a Python file, at any depth, and flags
/// the ones inside `if TYPE_CHECKING:` bodies. Works on bytes; never fails.
public enum PythonImportScanner {
    /// The largest input scanned (1 GiB): its names, even normalized, fit the 32-bit offsets of
    /// `PythonImportRecord`.
    public static let maximumSize = 1 << 30

    /// Scans a whole file.
    public static func scan(_ bytes: [UInt8]) -> PythonScan {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    /// Scans a whole file.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> PythonScan {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: PythonImportWords.scratchCapacity) { scratch in
            scan(bytes, words: PythonImportWords(in: bytes, scratch: scratch))
        }
    }

    /// `PythonSourceCheck.check(bytes)` and, unless the bytes hold a NUL (not source), the scan
    /// of `bytes`, from one read of them for both (`PythonImportWords.init(checking:finding:)`).
    public static func checkAndScan(_ bytes: UnsafeBufferPointer<UInt8>) -> (finding: PythonSourceCheck.Finding?, scan: PythonScan?) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: PythonImportWords.scratchCapacity) { scratch in
            var finding: PythonSourceCheck.Finding?
            let words = PythonImportWords(checking: bytes, finding: &finding, scratch: scratch)
            if case .binary = finding { return (finding, nil) }
            return (PythonSourceCheck.allowingDeclaredEncoding(finding, bytes), scan(bytes, words: words))
        }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, words: PythonImportWords) -> PythonScan {
        // Every import statement holds the word `import`: after its last occurrence there is
        // nothing to find, and in a file without it, nothing at all.
        guard let stop = words.end else { return PythonScan() }
        // Records count bytes and lines in 32 bits. archlint reads no file over 64 MiB; a buffer
        // this large is refused rather than miscounted.
        guard bytes.count <= maximumSize else {
            return PythonScan(problems: [PythonSourceProblem(line: 1, message: "file too large to scan for imports")])
        }
        return withUnsafeTemporaryAllocation(byteCount: PythonTokenizer.bracketStorage, alignment: 4) { brackets in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1024) { scratch in
                var state = ScannerState(
                    tokenizer: PythonTokenizer(bytes, importWords: words, openBrackets: brackets.baseAddress!),
                    nameBytes: PythonNameBuffer(scratch: scratch))
                defer { state.nameBytes.release() }
                state.records.reserveCapacity(16)
                state.tokenizer.stopOffset = stop
                state.run()
                return PythonScan(unchecked: state.nameBytes.array(), records: state.records, problems: state.tokenizer.problems)
            }
        }
    }
}

/// The statement-level pass. A simple statement starts at the start of a logical line, after
/// `;`, or after the `:` of a compound statement header at bracket depth 0 — the only places an
/// import can stand. The tokenizer skips everything else; this pass parses the statements it
/// stops at and keeps the `if TYPE_CHECKING:` blocks open while their lines are indented deeper.
private struct ScannerState {
    var tokenizer: PythonTokenizer
    /// The scan's byte arena and records (`PythonScan`), written as statements are read.
    var nameBytes: PythonNameBuffer
    var records: [PythonImportRecord] = []
    /// Indentation of each enclosing `if TYPE_CHECKING:` (or `elif`) line.
    var typeCheckingIndents: [Int] = []
    /// The logical line of the latest `if TYPE_CHECKING:` header: its own line is flagged too
    /// (`if TYPE_CHECKING: import x`).
    var typeCheckingHeaderLine = -1
    /// A token read ahead and not yet handled.
    var pending: PythonToken?
    /// The `if` condition being read (its storage is reused from one `if` to the next).
    var condition = PythonConditionTokens()

    var isTypeChecking: Bool {
        !typeCheckingIndents.isEmpty || typeCheckingHeaderLine == tokenizer.logicalLine
    }

    /// What handling a statement's first name did.
    enum Outcome {
        /// Not an import or guard: skip the rest of the statement.
        case skipped
        /// An import statement was read; `pending` holds the token after it.
        case statement
        /// An `if`/`elif` header was read through its `:`; a statement may start next.
        case header
    }

    /// Lines indented no deeper than an `if TYPE_CHECKING:` end its body (`else:` too).
    @inline(__always)
    mutating func closeTypeCheckingBlocks() {
        // With no block open there is nothing to close (after every token of every file, this
        // cost ~12 M instructions on ansible); `parseIf` restarts the lowest indent when one opens.
        guard !typeCheckingIndents.isEmpty else { return }
        let lowest = tokenizer.lowestIndent
        tokenizer.lowestIndent = Int.max
        while let indent = typeCheckingIndents.last, lowest <= indent { typeCheckingIndents.removeLast() }
    }

    /// True when the name token spells `keyword`. Through the bytes alone: a method of the
    /// tokenizer, called on the stored one, copied the whole struct first (a `memcpy` per call).
    @inline(__always)
    func isWord(_ token: PythonToken, _ keyword: StaticString) -> Bool {
        PythonTokenizer.token(token, is: keyword, in: tokenizer.bytes)
    }

    mutating func nextToken() -> PythonToken {
        if let token = pending {
            pending = nil
            return token
        }
        let token = tokenizer.next()
        closeTypeCheckingBlocks()
        return token
    }

    mutating func run() {
        var atStatementStart = true
        while true {
            let token: PythonToken
            let isCandidate: Bool
            if let ahead = pending {
                pending = nil
                token = ahead
                isCandidate = false
            } else {
                token = tokenizer.skipToCandidate(atStatementStart: atStatementStart)
                closeTypeCheckingBlocks()
                isCandidate = true
            }
            switch token.kind {
            case .end:
                return
            case .newline:
                atStatementStart = true
            case .punctuation
            where tokenizer.depth == 0 && (token.byte == UInt8(ascii: ";") || token.byte == UInt8(ascii: ":")):
                atStatementStart = true
            case .name where isCandidate:
                atStatementStart = handleStatementStart(token) == .header
            case .name where isWord(token, "import"):
                // Left over by the statement before it (`import a import b`).
                tokenizer.reportMisplacedImport(line: token.line)
                atStatementStart = false
            default:
                atStatementStart = false
            }
        }
    }

    /// Handles a name that starts a statement.
    mutating func handleStatementStart(_ token: PythonToken) -> Outcome {
        if isWord(token, "import") {
            parsePlainImport(start: token, lazy: false)
        } else if isWord(token, "from") {
            parseFromImport(start: token, lazy: false)
        } else if token.startsLine && (isWord(token, "if") || isWord(token, "elif")) {
            return parseIf(token)
        } else if isWord(token, "lazy") {
            let next = nextToken()
            if isWord(next, "import") {
                parsePlainImport(start: token, lazy: true)
            } else if isWord(next, "from") {
                parseFromImport(start: token, lazy: true)
            } else {
                pending = next
                return .skipped
            }
        } else {
            return .skipped
        }
        return .statement
    }

    // MARK: - Import statements

    /// `import a.b [as c], d …` after the `import` keyword: one record per dotted name.
    mutating func parsePlainImport(start: PythonToken, lazy: Bool) {
        while true {
            var token = nextToken()
            let moduleStart = nameBytes.count
            guard appendDottedName(first: &token) else {
                report(start, "invalid syntax: nothing imported")
                pending = token
                return
            }
            let end = UInt32(truncatingIfNeeded: nameBytes.count)
            records.append(
                PythonImportRecord(
                    moduleStart: UInt32(truncatingIfNeeded: moduleStart), moduleCount: end - UInt32(truncatingIfNeeded: moduleStart),
                    nameStart: end, nameCount: 0, line: UInt32(truncatingIfNeeded: start.line), level: 0,
                    flags: statementFlags(lazy: lazy).union(.startsStatement)))
            token = skipAlias(token)
            guard token.kind == .punctuation, token.byte == UInt8(ascii: ",") else {
                pending = token
                return
            }
        }
    }

    /// `from .a.b import c [as d], …`, `from . import (c, d,)`, `from a import *` after `from`:
    /// the module's bytes once, then one record per name.
    mutating func parseFromImport(start: PythonToken, lazy: Bool) {
        var level = 0
        var token = nextToken()
        while token.kind == .punctuation && token.byte == UInt8(ascii: ".") {
            level += 1
            token = nextToken()
        }
        let moduleStart = nameBytes.count
        if !isWord(token, "import") {
            guard appendDottedName(first: &token), isWord(token, "import") else {
                nameBytes.removeLast(from: moduleStart)
                report(start, "invalid syntax: 'from' without 'import'")
                pending = token
                return
            }
        } else if level == 0 {
            report(start, "invalid syntax: 'from' without 'import'")
            pending = nextToken()  // past this `import`, which is no second problem
            return
        }
        var record = PythonImportRecord(
            moduleStart: UInt32(truncatingIfNeeded: moduleStart),
            moduleCount: UInt32(truncatingIfNeeded: nameBytes.count - moduleStart), nameStart: 0, nameCount: 0,
            line: UInt32(truncatingIfNeeded: start.line), level: UInt32(truncatingIfNeeded: level), flags: .from)
        let firstRecord = records.count
        token = nextToken()
        if token.kind == .punctuation && token.byte == UInt8(ascii: "*") {
            record.nameStart = UInt32(truncatingIfNeeded: nameBytes.count)
            nameBytes.append(UInt8(ascii: "*"))
            record.nameCount = 1
            records.append(record)
            token = nextToken()
        } else {
            let parenthesized = token.kind == .punctuation && token.byte == UInt8(ascii: "(")
            if parenthesized { token = nextToken() }
            while token.kind == .name {
                let nameStart = nameBytes.count
                appendName(token)
                record.nameStart = UInt32(truncatingIfNeeded: nameStart)
                record.nameCount = UInt32(truncatingIfNeeded: nameBytes.count - nameStart)
                records.append(record)
                token = skipAlias(nextToken())
                guard token.kind == .punctuation, token.byte == UInt8(ascii: ",") else { break }
                token = nextToken()
            }
            if parenthesized && token.kind == .punctuation && token.byte == UInt8(ascii: ")") {
                token = nextToken()
            }
        }
        pending = token
        guard records.count > firstRecord else {
            nameBytes.removeLast(from: moduleStart)
            report(start, "invalid syntax: nothing imported")
            return
        }
        // The flags as they stand once the statement is read, as for a plain import.
        let flags = statementFlags(lazy: lazy)
        if !flags.isEmpty {
            for index in firstRecord..<records.count { records[index].flags.formUnion(flags) }
        }
        records[firstRecord].flags.insert(.startsStatement)
    }

    /// The flags every record of the statement being read gets.
    private func statementFlags(lazy: Bool) -> PythonImportRecord.Flags {
        var flags: PythonImportRecord.Flags = []
        if isTypeChecking { flags.insert(.typeChecking) }
        if lazy { flags.insert(.lazy) }
        return flags
    }

    /// A statement CPython refuses, at the line where it starts; a stray `import` later on that
    /// line is no second problem.
    mutating func report(_ start: PythonToken, _ message: String) {
        tokenizer.problems.append(PythonSourceProblem(line: start.line, message: message))
        tokenizer.misplacedImportLine = start.line
    }

    /// Reads `name(.name)*` starting with `token` and appends it, normalized, to `nameBytes`;
    /// leaves the token after it in `token`. False, with nothing appended, when `token` is no name.
    mutating func appendDottedName(first token: inout PythonToken) -> Bool {
        guard token.kind == .name else { return false }
        let start = nameBytes.count
        // Written without spaces (`a.b.c`, by far the usual way) the name is one run of source
        // bytes, copied at once; otherwise run by run with the dots between them.
        var runStart = token.start
        var runEnd = token.end
        if pending == nil && tokenizer.position == runEnd {
            // The parts written right after it (`.b.c`) in one pass; the tokens after them, spaced
            // dots included, go on below as before.
            runEnd = tokenizer.endOfAttachedParts(from: runEnd)
            tokenizer.position = runEnd
        }
        token = nextToken()
        while token.kind == .punctuation && token.byte == UInt8(ascii: ".") {
            let dot = token
            let part = nextToken()
            guard part.kind == .name else {
                token = part
                break
            }
            if dot.start != runEnd || part.start != dot.end {
                appendSource(runStart, runEnd)
                nameBytes.append(UInt8(ascii: "."))
                runStart = part.start
            }
            runEnd = part.end
            token = nextToken()
        }
        appendSource(runStart, runEnd)
        normalizeNames(from: start)
        return true
    }

    /// Appends a name token's bytes, normalized.
    mutating func appendName(_ token: PythonToken) {
        let start = nameBytes.count
        appendSource(token.start, token.end)
        normalizeNames(from: start)
    }

    /// Copies source bytes into `nameBytes` in one go.
    @inline(__always)
    private mutating func appendSource(_ start: Int, _ end: Int) {
        nameBytes.append(tokenizer.bytes, start..<end)
    }

    /// Replaces the names appended from `start` on by their NFKC form when they are not ASCII;
    /// decoded as a String, invalid UTF-8 turns into U+FFFD as it always did.
    private mutating func normalizeNames(from start: Int) {
        guard !nameBytes.isASCII(from: start) else { return }
        let text = String(decoding: nameBytes.bytes(from: start), as: UTF8.self)
        nameBytes.removeLast(from: start)
        var normalized = PythonIdentifierNormalization.normalized(text)
        normalized.withUTF8 { nameBytes.append($0, 0..<$0.count) }
    }

    /// Skips `as alias` when `token` is `as`; returns the token after.
    mutating func skipAlias(_ token: PythonToken) -> PythonToken {
        guard isWord(token, "as") else { return token }
        let alias = nextToken()
        return alias.kind == .name ? nextToken() : alias
    }

    // MARK: - if TYPE_CHECKING

    /// Reads an `if` or `elif` header up to its `:`; when the condition is a `TYPE_CHECKING` guard,
    /// flags the rest of the line (`if TYPE_CHECKING: import x`) and the lines below indented
    /// deeper. Other clauses (`else:`, `elif other:`) start at the same indentation, ending it.
    mutating func parseIf(_ ifToken: PythonToken) -> Outcome {
        condition.reset()
        while true {
            let token = nextToken()
            switch token.kind {
            case .newline, .end:
                pending = token
                return .statement
            case .punctuation where token.byte == UInt8(ascii: ":") && tokenizer.depth == 0:
                if condition.isTypeCheckingGuard() {
                    // Only the lines after this `:` may end the block (see `closeTypeCheckingBlocks`).
                    tokenizer.lowestIndent = Int.max
                    typeCheckingIndents.append(ifToken.indent)
                    typeCheckingHeaderLine = tokenizer.logicalLine
                }
                return .header
            default:
                condition.append(token, tokenizer.bytes)
            }
        }
    }
}
