/// Python reads every identifier in NFKC form (PEP 3131), so `from . import ﬁle` imports
/// `file`. Without Foundation there is no NFKC in Swift; this covers the compatibility
/// characters that can stand in an identifier and look like ASCII letters, digits or `_`
/// (ligatures, fullwidth forms, mathematical alphanumerics, letterlike symbols, Roman numerals,
/// modifier letters, the long s, the micro sign). Canonical forms (`é` as `e` + U+0301) need no
/// mapping here: Swift's strings already compare them equal.
public enum PythonIdentifierNormalization {
    /// `text` with each compatibility character replaced; ASCII text is returned as it is.
    public static func normalized(_ text: String) -> String {
        // Almost every name is ASCII: test its bytes in place (iterating `utf8` through a closure
        // cost 5% of a cold ansible run).
        var bytes = text
        guard bytes.withUTF8({ buffer in buffer.contains { $0 >= 0x80 } }) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let replacement = replacement(for: scalar.value) {
                result += replacement
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static let ligatures = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"]
    private static let letterlike: [UInt32: String] = [
        0x2102: "C", 0x210A: "g", 0x210B: "H", 0x210C: "H", 0x210D: "H", 0x210E: "h", 0x2110: "I", 0x2111: "I",
        0x2112: "L", 0x2113: "l", 0x2115: "N", 0x2119: "P", 0x211A: "Q", 0x211B: "R", 0x211C: "R", 0x211D: "R",
        0x2124: "Z", 0x2128: "Z", 0x212C: "B", 0x212D: "C", 0x212F: "e", 0x2130: "E", 0x2131: "F", 0x2133: "M",
        0x2134: "o", 0x2139: "i", 0x2145: "D", 0x2146: "d", 0x2147: "e", 0x2148: "i", 0x2149: "j",
        0x017F: "s", 0x00B5: "\u{03BC}", 0x00AA: "a", 0x00BA: "o", 0x2071: "i", 0x207F: "n",
        0x2090: "a", 0x2091: "e", 0x2092: "o", 0x2093: "x", 0x2094: "\u{0259}", 0x2095: "h", 0x2096: "k", 0x2097: "l", 0x2098: "m",
        0x2099: "n", 0x209A: "p", 0x209B: "s", 0x209C: "t", 0x1D62: "i", 0x1D63: "r", 0x1D64: "u", 0x1D65: "v",
        0x2C7C: "j", 0x02B0: "h", 0x02B2: "j", 0x02B3: "r", 0x02B7: "w", 0x02B8: "y", 0x02E1: "l", 0x02E2: "s",
        0x02E3: "x", 0x212A: "K", 0x212B: "\u{00C5}", 0x2126: "\u{03A9}",
    ]
    private static let romanNumerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "L", "C", "D", "M"]
    /// The 13 alphabets of U+1D400–1D6A3 (bold, italic, … monospace), 52 letters each.
    private static let mathematicalLetters: ClosedRange<UInt32> = 0x1D400...0x1D6A3
    /// The 5 digit styles of U+1D7CE–1D7FF.
    private static let mathematicalDigits: ClosedRange<UInt32> = 0x1D7CE...0x1D7FF

    private static func ascii(_ value: UInt32) -> String { String(Unicode.Scalar(UInt8(value))) }

    private static func replacement(for value: UInt32) -> String? {
        switch value {
        case 0xFB00...0xFB06: return ligatures[Int(value - 0xFB00)]
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF3F: return ascii(value - 0xFEE0)  // fullwidth forms
        case mathematicalLetters:
            let offset = (value - mathematicalLetters.lowerBound) % 52
            return ascii(offset < 26 ? 0x41 + offset : 0x61 + offset - 26)
        case 0x1D6A4: return "\u{0131}"
        case 0x1D6A5: return "\u{0237}"
        case mathematicalDigits: return ascii(0x30 + (value - mathematicalDigits.lowerBound) % 10)
        case 0x2160...0x216F: return romanNumerals[Int(value - 0x2160)]
        case 0x2170...0x217F: return romanNumerals[Int(value - 0x2170)].lowercased()
        default: return letterlike[value]
        }
    }
}
