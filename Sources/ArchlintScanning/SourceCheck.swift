/// Checks that a source file's bytes are text a lexer can read as they are: no NUL byte (not
/// source at all) and well-formed UTF-8. Both languages' loaders run it before scanning.
public enum SourceCheck {
    /// What is wrong with a file's bytes.
    public enum Finding: Hashable, Sendable {
        /// A NUL byte on `line`: not source; do not scan.
        case binary(line: Int)
        /// A byte sequence that is not UTF-8 on `line`.
        case invalidUTF8(line: Int)
    }

    /// The first finding for `bytes`, or nil when they are fine.
    public static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
        let count = bytes.count
        var index = 0
        var firstInvalid: Int?
        let base = bytes.baseAddress
        while index < count {
            // Sixty-four, then sixteen bytes at a time while they are ASCII without a NUL: nearly
            // every byte of source. Those bytes, 0x01…0x7F, are exactly the positive ones read as
            // signed, so one vector compare per block tests both.
            if let base {
                let zero = SIMD16<Int8>(repeating: 0)
                while index + 64 <= count {
                    let raw = UnsafeRawPointer(base + index)
                    let a = raw.loadUnaligned(as: SIMD16<Int8>.self), b = raw.loadUnaligned(fromByteOffset: 16, as: SIMD16<Int8>.self)
                    let c = raw.loadUnaligned(fromByteOffset: 32, as: SIMD16<Int8>.self), d = raw.loadUnaligned(fromByteOffset: 48, as: SIMD16<Int8>.self)
                    let others = ByteLanes((a .<= zero) .| (b .<= zero) .| (c .<= zero) .| (d .<= zero))
                    guard others.isEmpty else { break }
                    index += 64
                }
                while index + 16 <= count {
                    let others = ByteLanes(UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<Int8>.self) .<= zero)
                    guard others.isEmpty else {
                        index += others.first  // the byte to look at
                        break
                    }
                    index += 16
                }
                if index == count { break }
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
        return firstInvalid.map { .invalidUTF8(line: line(of: $0, in: bytes)) }
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
    static func line(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
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
