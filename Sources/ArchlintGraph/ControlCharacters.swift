/// Control characters from the names archlint reports (file and folder names, contract names
/// and ids, module names from a manifest) must not reach a terminal or a CI log raw: an ESC
/// starts an escape sequence that can clear the screen or rewrite what was printed. Human-facing
/// text (reports, annotations, diagnostics and errors on stderr) spells each one out as
/// `\u{1B}`, as the DOT and XML writers do.
public enum ControlCharacters {
    /// `text` with every C0 control, DEL and C1 control spelled out; line feeds kept when
    /// `keepingNewlines` (multi-line guidance). Text without any is returned as it is.
    public static func visible(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) && !(keepingNewlines && scalar == "\n") {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F, which some terminals obey like ESC sequences).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
