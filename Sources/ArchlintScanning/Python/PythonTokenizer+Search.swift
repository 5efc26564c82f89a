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

    /// The start of the first `import` in `bytes` at or after `start` that ends by `end` (in code,
    /// a string or a comment), or `bytes.count` when there is none. Sixteen positions at a time.
    static func startOfNextImportWord(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let last = min(end, bytes.count) - 6  // the last place the word can start
        var index = max(start, 0)
        let i = SIMD16<UInt8>(repeating: UInt8(ascii: "i"))
        let p = SIMD16<UInt8>(repeating: UInt8(ascii: "p"))
        func isWord(at start: Int) -> Bool {
            base[start] == UInt8(ascii: "i") && base[start + 1] == UInt8(ascii: "m") && base[start + 2] == UInt8(ascii: "p")
                && base[start + 3] == UInt8(ascii: "o") && base[start + 4] == UInt8(ascii: "r") && base[start + 5] == UInt8(ascii: "t")
        }
        while index + 15 <= last {
            // Starts index ... index+15: two overlapping loads test `i?p` at each of them (this
            // search runs over most of a file, so one load fewer counts).
            let first = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            let third = UnsafeRawPointer(base + index + 2).loadUnaligned(as: SIMD16<UInt8>.self)
            if hasAny((first .== i) .& (third .== p)) {
                for candidate in index...(index + 15) where isWord(at: candidate) { return candidate }
            }
            index += 16
        }
        while index <= last {
            if isWord(at: index) { return index }
            index += 1
        }
        return bytes.count
    }

    /// The offset just past the last `import` in `bytes` (in code, a string or a comment), or nil.
    /// No import statement can start after it, so scanning may stop there. Searched from the end,
    /// sixteen candidate positions at a time.
    static func endOfLastImportWord(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, bytes.count >= 6 else { return nil }
        let word = Array("import".utf8)
        func isWord(at start: Int) -> Bool {
            for offset in 0..<6 where base[start + offset] != word[offset] { return false }
            return true
        }
        var last = bytes.count - 6  // the last place the word can start
        let i = SIMD16<UInt8>(repeating: UInt8(ascii: "i"))
        let m = SIMD16<UInt8>(repeating: UInt8(ascii: "m"))
        let p = SIMD16<UInt8>(repeating: UInt8(ascii: "p"))
        while last >= 15 {
            // Starts last-15 ... last: three overlapping loads test `imp` at each of them.
            let window = last - 15
            let first = UnsafeRawPointer(base + window).loadUnaligned(as: SIMD16<UInt8>.self)
            let second = UnsafeRawPointer(base + window + 1).loadUnaligned(as: SIMD16<UInt8>.self)
            let third = UnsafeRawPointer(base + window + 2).loadUnaligned(as: SIMD16<UInt8>.self)
            let mask = (first .== i) .& (second .== m) .& (third .== p)
            if hasAny(mask) {
                for start in stride(from: last, through: window, by: -1) where isWord(at: start) { return start + 6 }
            }
            last -= 16
        }
        while last >= 0 {
            if isWord(at: last) { return last + 6 }
            last -= 1
        }
        return nil
    }
}
