/// Sixteen bytes at a time through the long, dull stretches of a file: string bodies (docstrings
/// are often most of a module) and comments.
extension PythonTokenizer {
    /// Advances `position` to the next `quote`, backslash or `\r` in a string body, counting the
    /// `\n`s passed on the way; stops at the end of the input.
    @inline(__always)
    mutating func advanceInStringBody(quote: UInt8) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var index = position
        let quotes = SIMD16<UInt8>(repeating: quote)
        let backslashes = SIMD16<UInt8>(repeating: UInt8(ascii: "\\"))
        let returns = SIMD16<UInt8>(repeating: UInt8(ascii: "\r"))
        let newlines = SIMD16<UInt8>(repeating: UInt8(ascii: "\n"))
        while index + 16 <= count {
            let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            if Self.hasAny((chunk .== quotes) .| (chunk .== backslashes) .| (chunk .== returns)) { break }
            line += Self.lanes(chunk .== newlines)
            index += 16
        }
        while index < count {
            let byte = base[index]
            if byte == quote || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\r") { break }
            if byte == UInt8(ascii: "\n") { line += 1 }
            index += 1
        }
        position = index
    }

    /// Skips a `#` comment up to (not including) its line end.
    @inline(__always)
    mutating func skipComment() {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var index = position
        let returns = SIMD16<UInt8>(repeating: UInt8(ascii: "\r"))
        let newlines = SIMD16<UInt8>(repeating: UInt8(ascii: "\n"))
        while index + 16 <= count {
            let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            if Self.hasAny((chunk .== returns) .| (chunk .== newlines)) { break }
            index += 16
        }
        while index < count && base[index] != UInt8(ascii: "\n") && base[index] != UInt8(ascii: "\r") { index += 1 }
        position = index
    }

    /// True when some lane is set (`any(_:)` is not reliably vectorized).
    @inline(__always)
    static func hasAny(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return words[0] | words[1] != 0
    }

    /// Number of lanes set: each set lane is eight one-bits.
    @inline(__always)
    static func lanes(_ mask: SIMDMask<SIMD16<Int8>>) -> Int {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return (words[0].nonzeroBitCount + words[1].nonzeroBitCount) >> 3
    }
}
