extension SwiftLexer {
    /// Skips whitespace, comments, a BOM, conflict markers and characters that cannot start a
    /// token. Returns whether a line break was passed. With `stopAtNewline` (inside the
    /// interpolation of a single-line string) it stops before a line break.
    mutating func skipTrivia(stopAtNewline: Bool) -> Bool {
        var sawNewline = false
        while position < bytes.count {
            let current = bytes[position]
            switch current {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if stopAtNewline { return sawNewline }
                consumeNewline()
                sawNewline = true
            case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0B, 0x0C, 0:
                position += 1
            case UInt8(ascii: "/"):
                switch byte(at: position + 1) {
                case UInt8(ascii: "/"):
                    position += 2
                    while position < bytes.count, bytes[position] != UInt8(ascii: "\n"), bytes[position] != UInt8(ascii: "\r") {
                        position += 1
                    }
                case UInt8(ascii: "*"):
                    if skipBlockComment() { sawNewline = true }
                default:
                    return sawNewline
                }
            case UInt8(ascii: "<"), UInt8(ascii: ">"):
                guard skipConflictMarker() else { return sawNewline }
            case 0xEF where byte(at: position + 1) == 0xBB && byte(at: position + 2) == 0xBF:
                position += 3
            case 0x80...:
                let (scalar, length) = SwiftCodePoint.decode(bytes, at: position)
                guard let scalar else {
                    position += length  // invalid UTF-8 is trivia
                    continue
                }
                if SwiftCodePoint.isIdentifierContinuation(scalar) || SwiftCodePoint.isOperatorStart(scalar)
                    || scalar == 0x201C || scalar == 0x201D
                {
                    return sawNewline
                }
                position += length  // a non-breaking space or another character Swift ignores
            default:
                if Self.startsToken(current) { return sawNewline }
                position += 1  // a control character
            }
        }
        return sawNewline
    }

    /// ASCII characters that begin a token rather than being skipped as trivia.
    @inline(__always)
    static func startsToken(_ byte: UInt8) -> Bool {
        SwiftCodePoint.asciiClasses[Int(byte & 0x7F)] & SwiftCodePoint.startsTokenClass != 0
    }

    /// Skips a `/* … */` comment, which nests. Returns whether it spans a line break.
    private mutating func skipBlockComment() -> Bool {
        let startLine = line
        var depth = 1
        var sawNewline = false
        position += 2
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "*") where byte(at: position + 1) == UInt8(ascii: "/"):
                position += 2
                depth -= 1
                if depth == 0 { return sawNewline }
            case UInt8(ascii: "/") where byte(at: position + 1) == UInt8(ascii: "*"):
                position += 2
                depth += 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                consumeNewline()
                sawNewline = true
            default:
                position += 1
            }
        }
        report("unterminated '/*' comment", line: startLine)
        return sawNewline
    }

    /// Skips a version-control conflict marker (`<<<<<<< ` … `>>>>>>> `, or Perforce's `>>>> ` …
    /// `<<<<`) that starts a line; false when there is none here.
    private mutating func skipConflictMarker() -> Bool {
        if position > 0, bytes[position - 1] != UInt8(ascii: "\n"), bytes[position - 1] != UInt8(ascii: "\r") {
            return false
        }
        let introducer: [UInt8], terminator: [UInt8]
        if starts(with: Self.gitIntroducer, at: position) {
            (introducer, terminator) = (Self.gitIntroducer, Self.gitTerminator)
        } else if starts(with: Self.perforceIntroducer, at: position) {
            (introducer, terminator) = (Self.perforceIntroducer, Self.perforceTerminator)
        } else {
            return false
        }
        var scan = position + introducer.count
        while scan < bytes.count {
            if bytes[scan] == terminator[0], starts(with: terminator, at: scan),
               bytes[scan - 1] == UInt8(ascii: "\n") || bytes[scan - 1] == UInt8(ascii: "\r")
            {
                var end = scan + terminator.count
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
                advance(to: end)
                return true
            }
            scan += 1
        }
        return false
    }

    func starts(with prefix: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for offset in 0..<prefix.count where bytes[index + offset] != prefix[offset] { return false }
        return true
    }

    private static let gitIntroducer = Array("<<<<<<< ".utf8)
    private static let gitTerminator = Array(">>>>>>> ".utf8)
    private static let perforceIntroducer = Array(">>>> ".utf8)
    private static let perforceTerminator = Array("<<<<\n".utf8)
}
