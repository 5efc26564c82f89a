/// Relative file paths as RFC 3986 URI references, as SARIF's `artifactLocation.uri` requires.
enum URIPath {
    /// `path` with every byte outside the unreserved set, the sub-delimiters, `@` and `/`
    /// percent-encoded (as UTF-8, upper-case hex). `:` is encoded too, because in a first
    /// segment it would read as a URI scheme.
    static func encode(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            if isKept(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + hexDigit(byte >> 4) + hexDigit(byte & 0x0F)
            }
        }
        return out
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~!$&'()*+,;=@/".utf8.contains(byte)
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> String {
        String(UnicodeScalar(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10))
    }
}
