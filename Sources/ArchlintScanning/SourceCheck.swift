import ArchlintGraph

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
        check(bytes, from: 0)
    }

    /// The first finding for the bytes from `start` on, which must begin a character (the
    /// bytes before it are ASCII without a NUL, checked elsewhere); lines count from the
    /// start of `bytes`.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Finding? {
        let count = bytes.count
        var index = start
        var firstInvalid: Int?
        let base = bytes.baseAddress
        while index < count {
            // Sixty-four, then sixteen bytes at a time while they are ASCII without a NUL: nearly
            // every byte of source. Those bytes, 0x01…0x7F, are exactly the positive ones read as
            // signed, so one vector compare per block tests both.
            if let base {
                let zero = SIMD16<Int8>(repeating: 0)
                // A hundred and twenty-eight bytes per test first: their OR has a high bit set
                // when one is not ASCII, their (unsigned) minimum a zero lane when one is NUL.
                // Half the loop and mask work per byte of the signed compares below.
                while index &+ 128 <= count {
                    let raw = UnsafeRawPointer(base + index)
                    var any = raw.loadUnaligned(as: SIMD16<UInt8>.self)
                    var lowest = any
                    for offset in stride(from: 16, to: 128, by: 16) {
                        let block = raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
                        any |= block
                        lowest = pointwiseMin(lowest, block)
                    }
                    let highBits = unsafeBitCast(any, to: SIMD2<UInt64>.self)
                    guard (highBits[0] | highBits[1]) & 0x8080_8080_8080_8080 == 0,
                        ByteLanes(unsafeBitCast(lowest, to: SIMD16<Int8>.self) .== zero).isEmpty
                    else { break }
                    index &+= 128
                }
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
            let length = UTF8Sequence.validLength(bytes, at: index)
            if length == 0 {
                if firstInvalid == nil { firstInvalid = index }
                index += 1
            } else {
                index += length
            }
        }
        return firstInvalid.map { .invalidUTF8(line: line(of: $0, in: bytes)) }
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
