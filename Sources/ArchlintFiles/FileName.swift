import ArchlintGraph

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
            let length = UTF8Sequence.validLength(bytes, at: index)
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
}
