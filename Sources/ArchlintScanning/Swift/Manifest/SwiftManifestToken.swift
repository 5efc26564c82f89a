/// A token of a manifest with its text and, for a plain string literal, its value.
struct SwiftManifestToken {
    let kind: SwiftTokenKind
    let keyword: SwiftKeyword
    let text: String
    /// The value of a string literal without interpolation; nil otherwise.
    package let string: String?
    let line: Int
    let isAtStartOfLine: Bool

    /// Every token of a manifest, ending with `.endOfFile`.
    static func tokens(of bytes: UnsafeBufferPointer<UInt8>) -> (tokens: [SwiftManifestToken], problems: [SwiftLexProblem]) {
        var lexer = SwiftLexer(bytes)
        var tokens: [SwiftManifestToken] = []
        while true {
            let token = lexer.next()
            let text = lexer.text(of: token)
            tokens.append(SwiftManifestToken(
                kind: token.kind, keyword: token.keyword, text: String(decoding: text, as: UTF8.self),
                string: token.kind == .stringLiteral ? stringValue(text) : nil,
                line: token.line, isAtStartOfLine: token.isAtStartOfLine))
            if token.kind == .endOfFile { return (tokens, lexer.problems) }
        }
    }

    /// The value of a complete single-line literal (`"a\"b"`, `#"a\b"#`); nil for anything else.
    static func stringValue(_ text: UnsafeBufferPointer<UInt8>) -> String? {
        var pounds = 0
        while pounds < text.count, text[pounds] == UInt8(ascii: "#") { pounds += 1 }
        let bodyStart = pounds + 1, bodyEnd = text.count - pounds - 1
        guard bodyEnd >= bodyStart, text[pounds] == UInt8(ascii: "\""), text[bodyEnd] == UInt8(ascii: "\""),
              text[bodyEnd...].dropFirst().allSatisfy({ $0 == UInt8(ascii: "#") }),
              !(bodyEnd - bodyStart >= 2 && text[bodyStart] == UInt8(ascii: "\"") && text[bodyStart + 1] == UInt8(ascii: "\""))
        else { return nil }
        var value: [UInt8] = []
        var index = bodyStart
        while index < bodyEnd {
            let current = text[index]
            let escapeEnd = index + 1 + pounds
            guard current == UInt8(ascii: "\\"), escapeEnd < bodyEnd,
                  text[(index + 1)..<escapeEnd].allSatisfy({ $0 == UInt8(ascii: "#") })
            else {
                value.append(current)
                index += 1
                continue
            }
            switch text[escapeEnd] {
            case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
            case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
            case UInt8(ascii: "r"): value.append(UInt8(ascii: "\r"))
            case UInt8(ascii: "0"): value.append(0)
            case UInt8(ascii: "("): return nil  // an interpolation
            case UInt8(ascii: "u"): return nil  // not needed for names and paths
            default: value.append(text[escapeEnd])
            }
            index = escapeEnd + 1
        }
        return String(decoding: value, as: UTF8.self)
    }
}
