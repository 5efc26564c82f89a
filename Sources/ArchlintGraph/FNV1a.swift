/// FNV-1a, 64 bits: a hash that, unlike `Hasher`, is the same in every process and on every
/// machine, for what must not change between runs (cache keys, SARIF fingerprints, GitHub stop
/// tokens). Here, beside the model every target shares, so that all of them use one definition.
package struct FNV1a: Sendable {
    package static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    package static let prime: UInt64 = 0x0000_0100_0000_01B3

    package private(set) var value: UInt64 = offsetBasis

    package init() {}

    /// Mixes one byte in.
    @inline(__always)
    package mutating func combine(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* Self.prime
    }

    /// Mixes a string's UTF-8 bytes in, then a separator byte, so ("ab", "c") and ("a", "bc") differ.
    package mutating func combine(_ text: String, separator: UInt8 = 0) {
        var text = text
        text.withUTF8 { bytes in for byte in bytes { combine(byte: byte) } }
        combine(byte: separator)
    }

    /// The value as 16 lowercase hexadecimal digits.
    package var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
