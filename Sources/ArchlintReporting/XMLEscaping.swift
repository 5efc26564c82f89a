/// Escaping for XML 1.0 text and attribute values.
enum XMLEscaping {
    /// `text` as element content: `&`, `<`, `>` as entities; CR as a character reference so a
    /// parser's line-end normalisation keeps it.
    static func text(_ text: String) -> String { escape(text, inAttribute: false) }

    /// `text` as a double- or single-quoted attribute value: also `"` and `'`, and TAB, LF, CR as
    /// character references, which attribute-value normalisation would otherwise turn into spaces.
    static func attribute(_ text: String) -> String { escape(text, inAttribute: true) }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where inAttribute: out += "&quot;"
            case "'" where inAttribute: out += "&apos;"
            case "\t" where inAttribute: out += "&#9;"
            case "\n" where inAttribute: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                // Not allowed in XML 1.0 at all, not even as a character reference: spell it out.
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
