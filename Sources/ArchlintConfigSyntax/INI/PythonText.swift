/// Python's idea of whitespace (`str.isspace`, `str.strip`, regex `\s`) on UTF-8 bytes, which
/// configparser uses to strip keys and values and to measure indentation.
enum PythonText {
    /// The byte length of the whitespace character starting at `offset`, or 0 when there is none.
    static func whitespaceLength(_ bytes: [UInt8], at offset: Int, end: Int) -> Int {
        let byte = bytes[offset]
        if byte < 0x80 {
            return (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x20) ? 1 : 0
        }
        if byte == 0xC2, offset + 1 < end, bytes[offset + 1] == 0x85 || bytes[offset + 1] == 0xA0 { return 2 }
        guard offset + 2 < end else { return 0 }
        return isWideWhitespace(byte, bytes[offset + 1], bytes[offset + 2]) ? 3 : 0
    }

    /// The byte length of the whitespace character ending just before `end`, or 0.
    static func whitespaceLength(_ bytes: [UInt8], endingAt end: Int, start: Int) -> Int {
        let last = bytes[end - 1]
        if last < 0x80 { return whitespaceLength(bytes, at: end - 1, end: end) }
        if end - start >= 2, bytes[end - 2] == 0xC2, last == 0x85 || last == 0xA0 { return 2 }
        if end - start >= 3, isWideWhitespace(bytes[end - 3], bytes[end - 2], last) { return 3 }
        return 0
    }

    /// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000 in UTF-8.
    private static func isWideWhitespace(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        switch (first, second) {
        case (0xE1, 0x9A): third == 0x80
        case (0xE2, 0x80): third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF
        case (0xE2, 0x81): third == 0x9F
        case (0xE3, 0x80): third == 0x80
        default: false
        }
    }

    /// `range` without leading and trailing whitespace.
    static func strip(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let length = whitespaceLength(bytes, at: start, end: end)
            if length == 0 { break }
            start += length
        }
        while end > start {
            let length = whitespaceLength(bytes, endingAt: end, start: start)
            if length == 0 { break }
            end -= length
        }
        return start..<end
    }

    /// Characters (not bytes) in `range`: configparser compares indentation in characters.
    static func characterCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var count = 0
        for offset in range where bytes[offset] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
