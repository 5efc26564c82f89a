extension TOMLParser {
    /// A bare, quoted or dotted key; blanks around the dots are allowed.
    mutating func parseKey() throws(TOMLSyntaxError) -> [TOMLKeyPart] {
        var parts: [TOMLKeyPart] = []
        while true {
            parts.append(try parseSimpleKey())
            cursor.skipBlanks()
            guard cursor.current == UInt8(ascii: ".") else { return parts }
            cursor.advance()
            cursor.skipBlanks()
        }
    }

    private mutating func parseSimpleKey() throws(TOMLSyntaxError) -> TOMLKeyPart {
        let position = cursor.position
        switch cursor.current {
        case UInt8(ascii: "\""):
            return TOMLKeyPart(name: try parseBasicString(allowingMultiline: false), position: position)
        case UInt8(ascii: "'"):
            return TOMLKeyPart(name: try parseLiteralString(allowingMultiline: false), position: position)
        default:
            let start = cursor.offset
            while TOMLParser.isBareKeyByte(cursor.current) { cursor.advance() }
            guard cursor.offset > start else {
                throw TOMLSyntaxError("expected a key, found \(cursor.describeCurrent())", at: position)
            }
            let name = String(decoding: cursor.bytes[start..<cursor.offset], as: UTF8.self)
            return TOMLKeyPart(name: name, position: position)
        }
    }

    static func isBareKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }
}
