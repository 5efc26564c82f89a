/// Whether a `.swift` file's bytes are text SwiftSyntax would read as it is.
enum SwiftSourceCheck {
    enum Finding: Equatable {
        /// A NUL byte on `line`: not source.
        case binary(line: Int)
        /// Bytes that are not UTF-8 on `line` (SwiftSyntax reads them as U+FFFD).
        case invalidUTF8(line: Int)
    }

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
        var index = 0
        var firstInvalid: Int?
        let count = bytes.count
        while index < count {
            // Eight ASCII bytes at a time while there is no high bit and no NUL.
            if index + 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                if word & 0x8080_8080_8080_8080 == 0 && hasZero == 0 {
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
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                if firstInvalid == nil { firstInvalid = index }
                index += 1
            } else {
                index += length
            }
        }
        return firstInvalid.map { .invalidUTF8(line: line(of: $0, in: bytes)) }
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0.
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let first = bytes[index]
        let length: Int
        let minimum: UInt32
        var value: UInt32
        switch first {
        case 0xC2...0xDF: (length, minimum, value) = (2, 0x80, UInt32(first & 0x1F))
        case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, UInt32(first & 0x0F))
        case 0xF0...0xF4: (length, minimum, value) = (4, 0x10000, UInt32(first & 0x07))
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return 0 }
            value = value << 6 | UInt32(next & 0x3F)
        }
        if value < minimum || (0xD800...0xDFFF).contains(value) || value > 0x10FFFF { return 0 }
        return length
    }

    private static func line(of index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var position = 0
        while position < index {
            if bytes[position] == UInt8(ascii: "\n") {
                line += 1
            } else if bytes[position] == UInt8(ascii: "\r"), position + 1 < bytes.count, bytes[position + 1] != UInt8(ascii: "\n") {
                line += 1
            }
            position += 1
        }
        return line
    }
}
