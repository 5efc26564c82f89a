/// A position in a TOML document's bytes that knows its line, so every token can say where it is.
///
/// Only `consumeNewline()` crosses a line end, so the line count cannot drift from the offset.
struct TOMLCursor {
    let bytes: [UInt8]
    private(set) var offset: Int
    private(set) var line = 1
    private var lineStart: Int

    init(bytes: [UInt8]) {
        self.bytes = bytes
        // A BOM is not part of the document; columns on line 1 start after it.
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        offset = bom ? 3 : 0
        lineStart = offset
    }

    var isAtEnd: Bool { offset >= bytes.count }

    /// The byte under the cursor, or 0 at the end (NUL is never valid TOML, so it cannot be confused).
    var current: UInt8 { offset < bytes.count ? bytes[offset] : 0 }

    /// The byte `distance` bytes ahead, or 0 past the end.
    func peek(_ distance: Int) -> UInt8 {
        let target = offset + distance
        return target < bytes.count ? bytes[target] : 0
    }

    var position: TextPosition { TextPosition(line: line, column: offset - lineStart + 1) }

    /// The position of an earlier offset on the current line.
    func position(ofOffset earlier: Int) -> TextPosition {
        TextPosition(line: line, column: earlier - lineStart + 1)
    }

    mutating func advance(_ count: Int = 1) { offset += count }

    /// Whether the bytes under the cursor spell `literal`.
    func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let start = literal.utf8Start
        for index in 0..<count where bytes[offset + index] != start[index] { return false }
        return true
    }

    /// Whether a line end (LF or CRLF) starts here.
    var atNewline: Bool { current == 0x0A || (current == 0x0D && peek(1) == 0x0A) }

    /// Consumes LF or CRLF; false (nothing consumed) when neither is here.
    mutating func consumeNewline() -> Bool {
        if current == 0x0A {
            offset += 1
        } else if current == 0x0D && peek(1) == 0x0A {
            offset += 2
        } else {
            return false
        }
        line += 1
        lineStart = offset
        return true
    }

    /// Skips string text that needs no attention (not the quote, a backslash when `escapes`, a
    /// line end or a control character) and returns its range.
    mutating func skipPlainStringBytes(quote: UInt8, escapes: Bool) -> Range<Int> {
        let start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == quote || (byte < 0x20 && byte != 0x09) || byte == 0x7F || (escapes && byte == 0x5C) { break }
            offset += 1
        }
        return start..<offset
    }

    /// Skips spaces and tabs.
    mutating func skipBlanks() {
        while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x09 { offset += 1 }
    }

    /// Skips a `#` comment up to (not including) its line end; control characters are refused.
    mutating func skipComment() throws(TOMLSyntaxError) {
        guard current == 0x23 else { return }
        offset += 1
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0x0A || (byte == 0x0D && peek(1) == 0x0A) { return }
            if TOMLCursor.isForbiddenControl(byte) {
                throw TOMLSyntaxError("control character \(TOMLCursor.describe(byte)) in a comment", at: position)
            }
            offset += 1
        }
    }

    /// Skips blanks, comments and line ends, as allowed between array elements.
    mutating func skipBlanksCommentsAndNewlines() throws(TOMLSyntaxError) {
        while true {
            skipBlanks()
            if current == 0x23 { try skipComment() }
            if !consumeNewline() { return }
        }
    }

    /// After a statement: blanks, an optional comment, then a line end or the end of the file.
    mutating func finishLine() throws(TOMLSyntaxError) {
        skipBlanks()
        try skipComment()
        if isAtEnd || consumeNewline() { return }
        throw TOMLSyntaxError("expected the end of the line, found \(describeCurrent())", at: position)
    }

    /// Control characters TOML refuses outside of what it allows explicitly (tab everywhere).
    static func isForbiddenControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09) || byte == 0x7F
    }

    /// A short description of the byte under the cursor for error messages.
    func describeCurrent() -> String {
        isAtEnd ? "the end of the file" : TOMLCursor.describe(current)
    }

    static func describe(_ byte: UInt8) -> String {
        switch byte {
        case 0x0A: return "a line end"
        case 0x0D: return "a carriage return"
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        case 0x80...: return "a non-ASCII character"
        default:
            let digits = String(byte, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: 4 - digits.count) + digits
        }
    }
}
