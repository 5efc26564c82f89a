/// Bracket bookkeeping: a file CPython refuses because a bracket is never closed, closed by the
/// wrong kind or closed without being opened is reported with CPython's own words. An unclosed
/// bracket matters most: every line after it is read as part of one logical line, so the imports
/// there are lost, and without a problem that loss would be silent.
extension PythonTokenizer {
    /// CPython refuses deeper nesting ("too many nested parentheses"); deeper brackets are
    /// counted but not recorded.
    static let maximumRecordedDepth = 200

    /// Bytes of the storage `init` takes for the open brackets: a line (32 bits: the scanner takes
    /// at most 1 GiB) and a byte per level. At most 1,024 bytes, so `withUnsafeTemporaryAllocation` keeps
    /// it on the stack: at 1,600 (one 64-bit word a level) it took the heap, a malloc per file.
    static let bracketStorage = 5 * maximumRecordedDepth

    /// Notes the opening bracket `byte` at the current line.
    @inline(__always)
    mutating func openBracket(_ byte: UInt8) {
        if depth < Self.maximumRecordedDepth {
            openBracketLines[depth] = UInt32(truncatingIfNeeded: line)
            openBracketBytes[depth] = byte
        }
        depth += 1
    }

    /// Notes the closing bracket `byte` at the current line.
    @inline(__always)
    mutating func closeBracket(_ byte: UInt8) {
        guard depth > 0 else {
            reportUnmatched(byte)
            return
        }
        depth -= 1
        if depth == 0 && !importLinesInBrackets.isEmpty {
            for importLine in importLinesInBrackets {
                problems.append(PythonSourceProblem(line: importLine, message: Self.misplacedImport))
            }
            importLinesInBrackets.removeAll()
        }
        guard depth < Self.maximumRecordedDepth else { return }
        let opening = openBracketBytes[depth]
        // `(` `)` are 0x28 0x29, `[` `]` 0x5B 0x5D, `{` `}` 0x7B 0x7D: a pair shares its top three bits.
        if opening >> 5 != byte >> 5 { reportMismatch(byte, opening, line: Int(openBracketLines[depth])) }
    }

    private mutating func reportUnmatched(_ byte: UInt8) {
        problems.append(PythonSourceProblem(line: line, message: "unmatched '\(Self.character(byte))'"))
    }

    private mutating func reportMismatch(_ byte: UInt8, _ opening: UInt8, line openLine: Int) {
        var message = "closing parenthesis '\(Self.character(byte))' does not match opening parenthesis '\(Self.character(opening))'"
        if openLine != line { message += " on line \(openLine)" }
        problems.append(PythonSourceProblem(line: line, message: message))
    }

    /// At the end of the input: the innermost bracket still open, as CPython names it.
    mutating func reportUnclosedBracket() {
        guard depth > 0 else { return }
        let level = min(depth, Self.maximumRecordedDepth) - 1
        let opening = openBracketBytes[level]
        problems.append(PythonSourceProblem(line: Int(openBracketLines[level]), message: "'\(Self.character(opening))' was never closed"))
        importLinesInBrackets.removeAll()
        depth = 0
    }

    private static func character(_ byte: UInt8) -> String { String(decoding: [byte], as: UTF8.self) }
}
