/// Reads the module a Clang `module.modulemap` declares: SwiftPM's system library targets are
/// imported by that name, which may differ from the target's (`.systemLibrary(name: "CZLib")`
/// with `module CZlib { … }`).
public enum ClangModuleMap {
    /// The name after the first `module` keyword (`framework module`, `explicit module` too),
    /// outside comments; nil when there is none.
    public static func moduleName(_ bytes: [UInt8]) -> String? {
        var index = 0
        var words: [String] = []
        func isWordByte(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "_") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte >= 0x80
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            } else if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                index += 2
                while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) { index += 1 }
                index += 2
            } else if isWordByte(byte) {
                let start = index
                while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
                let word = String(decoding: bytes[start..<index], as: UTF8.self)
                if words.last == "module" { return word }
                words.append(word)
            } else {
                if !(byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")) {
                    words.removeAll()
                }
                index += 1
            }
        }
        return nil
    }
}
