/// A token of a manifest with its text and, for a plain string literal, its value.
struct SwiftManifestToken {
    let kind: SwiftTokenKind
    let keyword: SwiftKeyword
    let text: String
    /// The value of a string literal without interpolation; nil otherwise.
    public let string: String?
    let line: Int
    let isAtStartOfLine: Bool
    let hasLeadingTrivia: Bool
    /// Index into `SwiftManifestTokens.conditions` of the `#if` branches the token lies in (0: none).
    var condition = 0

    /// The value of a complete single-line literal (`"a\"b"`, `#"a\b"#`); nil for anything else.
    static func stringValue(_ text: UnsafeBufferPointer<UInt8>) -> String? {
        guard let part = part(text, continuing: nil), part.closes else { return nil }
        return part.value
    }

    /// Decodes one token of a single-line string literal: a whole literal, or the part of one
    /// before, between or after interpolations (`"a\`, `b\`, `c"`). `continuing` is nil for the
    /// token that opens the literal, else the number of `#` of the literal it continues.
    /// Nil for a multi-line literal or a `\u{…}` escape.
    static func part(_ text: UnsafeBufferPointer<UInt8>, continuing: Int?) -> (value: String, pounds: Int, closes: Bool)? {
        let quote = UInt8(ascii: "\""), pound = UInt8(ascii: "#"), backslash = UInt8(ascii: "\\")
        var pounds = 0
        var start = 0
        if let continuing {
            pounds = continuing
        } else {
            while pounds < text.count, text[pounds] == pound { pounds += 1 }
            guard pounds < text.count, text[pounds] == quote else { return nil }
            start = pounds + 1
            if text.count - start >= 2, text[start] == quote, text[start + 1] == quote { return nil }
        }
        // The part ends with the closing quote and `#`, or with `\` and `#` before an interpolation.
        let delimiterStart = text.count - pounds - 1
        guard delimiterStart >= start, text[(delimiterStart + 1)...].allSatisfy({ $0 == pound }) else { return nil }
        let closes = text[delimiterStart] == quote
        guard closes || text[delimiterStart] == backslash else { return nil }
        let end = delimiterStart
        var value: [UInt8] = []
        var index = start
        while index < end {
            let current = text[index]
            let escapeEnd = index + 1 + pounds
            guard current == backslash, escapeEnd < end, text[(index + 1)..<escapeEnd].allSatisfy({ $0 == pound }) else {
                value.append(current)
                index += 1
                continue
            }
            switch text[escapeEnd] {
            case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
            case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
            case UInt8(ascii: "r"): value.append(UInt8(ascii: "\r"))
            case UInt8(ascii: "0"): value.append(0)
            case UInt8(ascii: "u"): return nil  // not needed for names and paths
            default: value.append(text[escapeEnd])
            }
            index = escapeEnd + 1
        }
        return (String(decoding: value, as: UTF8.self), pounds, closes)
    }
}
