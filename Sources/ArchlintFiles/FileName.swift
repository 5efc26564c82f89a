/// File names as the platform gives them: bytes, which need not be UTF-8. A name that is not
/// valid UTF-8 cannot be turned into a `String` and back (decoding replaces the bad bytes with
/// U+FFFD, and a path built from that names another file), so walkers check it first and name
/// such a file in a diagnostic by `escaped`.
public enum FileName {
    /// The name as text, and whether the bytes were valid UTF-8 (false: the text holds U+FFFD).
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, isValid: Bool) {
        let text = String(decoding: bytes, as: UTF8.self)
        // ASCII, the common case, is valid; otherwise valid exactly when decoding kept every byte.
        if !bytes.contains(where: { $0 >= 0x80 }) { return (text, true) }
        return (text, text.utf8.elementsEqual(bytes))
    }

    /// The name for messages: valid UTF-8 as it is, each byte of an invalid sequence as `\xNN`.
    public static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var result = ""
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length > 0 {
                result += String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + length]), as: UTF8.self)
                index += length
            } else {
                let digits = Array("0123456789ABCDEF".utf8)
                result += "\\x" + String(decoding: [digits[Int(bytes[index] >> 4)], digits[Int(bytes[index] & 0xF)]], as: UTF8.self)
                index += 1
            }
        }
        return result
    }

    /// The length of the well-formed UTF-8 sequence starting at `index`, or 0 when there is none.
    private static func validSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
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
        for offset in 1..<length {
            let byte = bytes[index + offset]
            if offset == 1 ? !(low...high).contains(byte) : !(0x80...0xBF).contains(byte) { return 0 }
        }
        return length
    }
}
