/// Checks that a file's bytes are Python source the scanner can read: no NUL byte (CPython and
/// grimp reject those), and UTF-8 unless a PEP 263 coding declaration names another encoding
/// (ASCII-compatible encodings lex the same as bytes, so they are scanned unchanged).
public enum PythonSourceCheck {
    /// What is wrong with a file's bytes.
    public typealias Finding = SourceCheck.Finding

    /// The first finding for `bytes`, or nil when they are fine. Bytes that are not UTF-8 are
    /// fine when a PEP 263 declaration names another encoding.
    public static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
        allowingDeclaredEncoding(SourceCheck.check(bytes), bytes)
    }

    /// `finding`, `SourceCheck`'s for `bytes`, or nil when it is bad UTF-8 in a file that
    /// declares another encoding.
    static func allowingDeclaredEncoding(_ finding: Finding?, _ bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
        if case .invalidUTF8 = finding, let encoding = declaredEncoding(bytes), !isUTF8Name(encoding) { return nil }
        return finding
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
}
