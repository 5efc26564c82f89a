extension SwiftLexer {
    /// Where the regex literal starting at `start` (its `#`s or its `/`) ends, or nil when there
    /// is none. With `mustBeRegex` false, anything doubtful (a space after the opening `/`, an
    /// unbalanced `)`, a space before the closing `/`, no closing `/`) means "an operator".
    func scanRegexLiteral(at start: Int, mustBeRegex: Bool) -> Int? {
        var index = start
        var pounds = 0
        while index < bytes.count, bytes[index] == UInt8(ascii: "#") {
            pounds += 1
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "/") else { return nil }
        let openingSlash = index
        index += 1
        if pounds == 0 {
            switch byte(at: index) {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                if !mustBeRegex { return nil }
            case UInt8(ascii: "*"), UInt8(ascii: "/"):
                return nil  // a comment
            default:
                break
            }
            if openingSlash > 0 && bytes[openingSlash - 1] == UInt8(ascii: "*") { return nil }  // ends a comment
        }
        // `#/` followed only by spaces up to a line break opens a multi-line literal.
        var firstNewline: Int?
        if pounds > 0 {
            var scan = index
            while scan < bytes.count, bytes[scan] == UInt8(ascii: " ") || bytes[scan] == UInt8(ascii: "\t") { scan += 1 }
            if scan < bytes.count, bytes[scan] == UInt8(ascii: "\n") || bytes[scan] == UInt8(ascii: "\r") {
                firstNewline = scan
                index = scan
            }
        }
        var scanner = RegexBodyScanner(mustBeRegex: mustBeRegex, isMultiLine: firstNewline != nil)
        while true {
            if index < bytes.count, bytes[index] == UInt8(ascii: "/") {
                var end = index + 1
                var closingPounds = 0
                if pounds > 0 {
                    while end < bytes.count, bytes[end] == UInt8(ascii: "#") {
                        closingPounds += 1
                        end += 1
                    }
                }
                if closingPounds >= pounds {
                    if pounds == 0 {
                        if let next = byte(at: end), next == UInt8(ascii: "*") || next == UInt8(ascii: "/") {
                            return mustBeRegex ? index : nil  // the `/` starts a comment: unterminated
                        }
                        if scanner.lastUnescapedSpace == index - 1 && !mustBeRegex { return nil }
                    }
                    return end
                }
            }
            switch scanner.step(bytes, at: &index, escaped: false) {
            case .continue:
                continue
            case .notARegex:
                return nil
            case .unterminated:
                if !mustBeRegex { return nil }
                // An unterminated multi-line literal gives back everything after its first line.
                if index >= bytes.count, let firstNewline { return firstNewline }
                return index
            }
        }
    }
}

/// The state of a regex literal's body while it is scanned: group and character-class depth
/// (an unbalanced `)` means "not a regex") and the last unescaped space.
private struct RegexBodyScanner {
    enum Step { case `continue`, notARegex, unterminated }

    let mustBeRegex: Bool
    let isMultiLine: Bool
    var groupDepth = 0
    var classDepth = 0
    var lastUnescapedSpace = -2

    mutating func step(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int, escaped: Bool) -> Step {
        guard index < bytes.count else { return .unterminated }
        let current = bytes[index]
        switch current {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            guard isMultiLine else { return .unterminated }  // the line break is left outside
        case UInt8(ascii: "\\") where !escaped:
            index += 1
            return step(bytes, at: &index, escaped: true)
        case UInt8(ascii: "(") where !escaped && classDepth == 0:
            groupDepth += 1
        case UInt8(ascii: ")") where !escaped && classDepth == 0:
            if groupDepth == 0 {
                if !mustBeRegex { return .notARegex }
            } else {
                groupDepth -= 1
            }
        case UInt8(ascii: "[") where !escaped:
            classDepth += 1
        case UInt8(ascii: "]") where !escaped:
            if classDepth > 0 { classDepth -= 1 }
        case UInt8(ascii: " "), UInt8(ascii: "\t"):
            if !escaped { lastUnescapedSpace = index }
        default:
            break
        }
        index += current < 0x80 ? 1 : SwiftCodePoint.decode(bytes, at: index).length
        return .continue
    }
}
