/// Checks that a file's bytes are Python source the scanner can read: no NUL byte (CPython and
/// grimp reject those), and UTF-8 unless a PEP 263 coding declaration names another encoding
/// (ASCII-compatible encodings lex the same as bytes, so they are scanned unchanged).
public enum PythonSourceCheck {
    /// What is wrong with a file's bytes.
    public enum Finding: Hashable, Sendable {
        /// A NUL byte on `line`: not source; do not scan.
        case binary(line: Int)
        /// A byte sequence that is not UTF-8 on `line`, and no other encoding is declared.
        case invalidUTF8(line: Int)
    }

    /// The first finding for `bytes`, or nil when they are fine.
    public static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
        let count = bytes.count
        var index = 0
        var firstInvalid: Int?
        let base = bytes.baseAddress
        while index < count {
            // Eight ASCII bytes without a NUL at a time: the common case by far.
            if index + 8 <= count, let base {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let highBits: UInt64 = 0x8080_8080_8080_8080
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & highBits
                if word & highBits == 0 && hasZero == 0 {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte == 0 { return .binary(line: line(of: index, in: bytes)) }
            if byte < 0x80 {
                index += 1
                continue
            }
            let length = validSequenceLength(bytes, at: index)
            if length == 0 {
                if firstInvalid == nil { firstInvalid = index }
                index += 1
            } else {
                index += length
            }
        }
        guard let firstInvalid else { return nil }
        if let encoding = declaredEncoding(bytes), !isUTF8Name(encoding) { return nil }
        return .invalidUTF8(line: line(of: firstInvalid, in: bytes))
    }

    /// The encoding named by a `# -*- coding: NAME -*-` comment on line 1 or 2, if any.
    public static func declaredEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var start = 0
        for _ in 0..<2 {
            guard start < bytes.count else { return nil }
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
            if let name = encodingName(bytes, start, end) { return name }
            // The declaration counts on line 2 only when line 1 is a comment or blank (PEP 263).
            var first = start
            while first < end, bytes[first] == UInt8(ascii: " ") || bytes[first] == UInt8(ascii: "\t") || bytes[first] == 0x0C {
                first += 1
            }
            if first < end, bytes[first] != UInt8(ascii: "#") { return nil }
            start = end
            if start < bytes.count, bytes[start] == UInt8(ascii: "\r") { start += 1 }
            if start < bytes.count, bytes[start] == UInt8(ascii: "\n") { start += 1 }
        }
        return nil
    }

    /// `^[ \t\f]*#.*?coding[:=][ \t]*([-_.a-zA-Z0-9]+)` on one line.
    private static func encodingName(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        var index = start
        while index < end, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") || bytes[index] == 0x0C {
            index += 1
        }
        guard index < end, bytes[index] == UInt8(ascii: "#") else { return nil }
        let word = Array("coding".utf8)
        var search = index + 1
        while search + word.count < end {
            var matches = true
            for offset in 0..<word.count where bytes[search + offset] != word[offset] {
                matches = false
                break
            }
            let separator = bytes[search + word.count]
            if matches && (separator == UInt8(ascii: ":") || separator == UInt8(ascii: "=")) {
                var nameStart = search + word.count + 1
                while nameStart < end, bytes[nameStart] == UInt8(ascii: " ") || bytes[nameStart] == UInt8(ascii: "\t") {
                    nameStart += 1
                }
                var nameEnd = nameStart
                while nameEnd < end, isEncodingNameByte(bytes[nameEnd]) { nameEnd += 1 }
                if nameEnd > nameStart {
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd]), as: UTF8.self)
                }
            }
            search += 1
        }
        return nil
    }

    private static func isEncodingNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }

    private static func isUTF8Name(_ name: String) -> Bool {
        // `utf-8`, `UTF8`, `utf_8`, `utf-8-sig` all name UTF-8.
        let letters = name.lowercased().unicodeScalars.filter { $0 != "-" && $0 != "_" }
        return String(String.UnicodeScalarView(letters)).hasPrefix("utf8")
    }

    /// Length of the well-formed UTF-8 sequence starting with a non-ASCII byte at `index`, or 0.
    private static func validSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= low && second <= high else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// 1-based line of the byte at `offset` (`\n`, `\r\n` and lone `\r` end lines).
    private static func line(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var index = 0
        while index < offset {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
            } else if bytes[index] == UInt8(ascii: "\r") {
                if index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "\n") { line += 1 }
            }
            index += 1
        }
        return line
    }
}
