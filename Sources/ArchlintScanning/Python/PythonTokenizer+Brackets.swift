/// Bracket bookkeeping: a file CPython refuses because a bracket is never closed, closed by the
/// wrong kind or closed without being opened is reported with CPython's own words. An unclosed
/// bracket matters most: every line after it is read as part of one logical line, so the imports
/// there are lost, and without a problem that loss would be silent.
extension PythonTokenizer {
    /// CPython refuses deeper nesting ("too many nested parentheses"); deeper brackets are
    /// counted but not recorded.
    static let maximumRecordedDepth = 200

    /// Notes the opening bracket `byte` at the current line.
    @inline(__always)
    mutating func openBracket(_ byte: UInt8) {
        if depth < Self.maximumRecordedDepth { openBrackets[depth] = UInt64(line) << 8 | UInt64(byte) }
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
        let open = openBrackets[depth]
        // `(` `)` are 0x28 0x29, `[` `]` 0x5B 0x5D, `{` `}` 0x7B 0x7D: a pair shares its top three bits.
        if UInt8(truncatingIfNeeded: open) >> 5 != byte >> 5 { reportMismatch(byte, open) }
    }

    private mutating func reportUnmatched(_ byte: UInt8) {
        problems.append(PythonSourceProblem(line: line, message: "unmatched '\(Self.character(byte))'"))
    }

    private mutating func reportMismatch(_ byte: UInt8, _ open: UInt64) {
        let opening = UInt8(truncatingIfNeeded: open), openLine = Int(open >> 8)
        var message = "closing parenthesis '\(Self.character(byte))' does not match opening parenthesis '\(Self.character(opening))'"
        if openLine != line { message += " on line \(openLine)" }
        problems.append(PythonSourceProblem(line: line, message: message))
    }

    /// At the end of the input: the innermost bracket still open, as CPython names it.
    mutating func reportUnclosedBracket() {
        guard depth > 0 else { return }
        let open = openBrackets[min(depth, Self.maximumRecordedDepth) - 1]
        let opening = UInt8(truncatingIfNeeded: open)
        problems.append(PythonSourceProblem(line: Int(open >> 8), message: "'\(Self.character(opening))' was never closed"))
        importLinesInBrackets.removeAll()
        depth = 0
    }

    private static func character(_ byte: UInt8) -> String { String(decoding: [byte], as: UTF8.self) }
}
