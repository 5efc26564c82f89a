/// Which Unicode scalars may start or continue a Swift identifier or operator, as the Swift
/// language reference defines them, and UTF-8 decoding that never traps.
enum SwiftCodePoint {
    /// The scalar encoded at `index` and its length in bytes; nil (with the length of the bad
    /// bytes to skip) when the bytes are not valid UTF-8.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32?, length: Int) {
        let first = bytes[index]
        if first < 0x80 { return (UInt32(first), 1) }
        let count: Int
        var value: UInt32
        switch first {
        case 0xC2...0xDF: count = 2; value = UInt32(first & 0x1F)
        case 0xE0...0xEF: count = 3; value = UInt32(first & 0x0F)
        case 0xF0...0xF4: count = 4; value = UInt32(first & 0x07)
        default:
            // A continuation byte or an invalid lead: skip it and any continuation bytes after it.
            var end = index + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            return (nil, end - index)
        }
        var end = index + 1
        while end < index + count {
            guard end < bytes.count, bytes[end] & 0xC0 == 0x80 else { return (nil, end - index) }
            value = value << 6 | UInt32(bytes[end] & 0x3F)
            end += 1
        }
        // Overlong forms and surrogates are invalid.
        let minimum: UInt32 = count == 2 ? 0x80 : (count == 3 ? 0x800 : 0x10000)
        if value < minimum || (0xD800...0xDFFF).contains(value) || value > 0x10FFFF { return (nil, count) }
        return (value, count)
    }

    /// ASCII letters, digits, `_` and `$` continue an identifier.
    @inline(__always)
    static func isASCIIIdentifierContinuation(_ byte: UInt8) -> Bool {
        asciiClasses[Int(byte & 0x7F)] & identifierContinuationClass != 0 && byte < 0x80
    }

    static let identifierContinuationClass: UInt8 = 1
    static let startsTokenClass: UInt8 = 2

    /// Bit flags per ASCII byte, so the hot loops test a class with one load.
    /// Written once, before any read, and never after: safe to share.
    nonisolated(unsafe) static let asciiClasses: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 128)
        table.initialize(repeating: 0, count: 128)
        for byte in UInt8(0)..<128 {
            var flags: UInt8 = 0
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "$"):
                flags |= identifierContinuationClass | startsTokenClass
            case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "}"), UInt8(ascii: "]"),
                 UInt8(ascii: ")"), UInt8(ascii: "@"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
                 UInt8(ascii: "\\"), UInt8(ascii: "#"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"):
                flags |= startsTokenClass
            default:
                if isASCIIOperator(byte) { flags |= startsTokenClass }
            }
            table[Int(byte)] = flags
        }
        return UnsafePointer(table)
    }()

    @inline(__always)
    static func isASCIIIdentifierStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"): return true
        default: return false
        }
    }

    /// The ASCII operator characters `/ = - + * % < > ! & | ^ ~ . ?`.
    @inline(__always)
    static func isASCIIOperator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"),
             UInt8(ascii: "%"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "!"), UInt8(ascii: "&"),
             UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "."), UInt8(ascii: "?"):
            return true
        default:
            return false
        }
    }

    /// Non-ASCII scalars allowed inside identifiers (the reference's identifier-character ranges).
    static func isIdentifierContinuation(_ c: UInt32) -> Bool {
        if c < 0x80 { return isASCIIIdentifierContinuation(UInt8(c)) }
        return contains(identifierRanges, c)
    }

    static func isIdentifierStart(_ c: UInt32) -> Bool {
        if c < 0x80 { return isASCIIIdentifierStart(UInt8(c)) }
        // Combining marks continue but do not start an identifier.
        return isIdentifierContinuation(c) && !contains(combiningRanges, c)
    }

    static func isOperatorStart(_ c: UInt32) -> Bool {
        if c < 0x80 { return isASCIIOperator(UInt8(c)) }
        return contains(operatorRanges, c)
    }

    static func isOperatorContinuation(_ c: UInt32) -> Bool {
        isOperatorStart(c) || contains(combiningRanges, c) || (0xFE00...0xFE0F).contains(c) || (0xE0100...0xE01EF).contains(c)
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ c: UInt32) -> Bool {
        for range in ranges where range.contains(c) { return true }
        return false
    }

    private static let combiningRanges: [ClosedRange<UInt32>] = [0x0300...0x036F, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F]

    private static let identifierRanges: [ClosedRange<UInt32>] = [
        0x00A8...0x00A8, 0x00AA...0x00AA, 0x00AD...0x00AD, 0x00AF...0x00AF, 0x00B2...0x00B5, 0x00B7...0x00BA,
        0x00BC...0x00BE, 0x00C0...0x00D6, 0x00D8...0x00F6, 0x00F8...0x00FF, 0x0100...0x167F, 0x1681...0x180D,
        0x180F...0x1FFF, 0x200B...0x200D, 0x202A...0x202E, 0x203F...0x2040, 0x2054...0x2054, 0x2060...0x206F,
        0x2070...0x218F, 0x2460...0x24FF, 0x2776...0x2793, 0x2C00...0x2DFF, 0x2E80...0x2FFF, 0x3004...0x3007,
        0x3021...0x302F, 0x3031...0x303F, 0x3040...0xD7FF, 0xF900...0xFD3D, 0xFD40...0xFDCF, 0xFDF0...0xFE44,
        0xFE47...0xFFF8, 0x10000...0x1FFFD, 0x20000...0x2FFFD, 0x30000...0x3FFFD, 0x40000...0x4FFFD,
        0x50000...0x5FFFD, 0x60000...0x6FFFD, 0x70000...0x7FFFD, 0x80000...0x8FFFD, 0x90000...0x9FFFD,
        0xA0000...0xAFFFD, 0xB0000...0xBFFFD, 0xC0000...0xCFFFD, 0xD0000...0xDFFFD, 0xE0000...0xEFFFD,
    ]

    private static let operatorRanges: [ClosedRange<UInt32>] = [
        0x00A1...0x00A7, 0x00A9...0x00A9, 0x00AB...0x00AC, 0x00AE...0x00AE, 0x00B0...0x00B1, 0x00B6...0x00B6,
        0x00BB...0x00BB, 0x00BF...0x00BF, 0x00D7...0x00D7, 0x00F7...0x00F7, 0x2016...0x2017, 0x2020...0x2027,
        0x2030...0x203E, 0x2041...0x2053, 0x2055...0x205E, 0x2190...0x23FF, 0x2500...0x2775, 0x2794...0x2BFF,
        0x2E00...0x2E7F, 0x3001...0x3003, 0x3008...0x3030,
    ]
}
