import ArchlintGraph

/// One GitHub Actions workflow command line (`::error file=a.py,line=3,title=T::message`),
/// escaped as GitHub documents so that no value can end the command early or start another:
/// `%`, CR and LF in the message; additionally `:` and `,` in property values; any other
/// control character spelled out as `\u{1B}`.
struct WorkflowCommand: Sendable {
    let name: String
    /// Property names and values, in output order.
    let properties: [(String, String)]
    let message: String

    /// The command as one line, without its newline.
    var line: String {
        var out = "::" + name
        for (index, (key, value)) in properties.enumerated() {
            out += (index == 0 ? " " : ",") + key + "=" + Self.escapeProperty(value)
        }
        return out + "::" + Self.escapeData(message)
    }

    static func escapeData(_ text: String) -> String {
        escape(text, alsoDelimiters: false)
    }

    static func escapeProperty(_ text: String) -> String {
        escape(text, alsoDelimiters: true)
    }

    private static func escape(_ text: String, alsoDelimiters: Bool) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where alsoDelimiters: out += "%3A"
            case "," where alsoDelimiters: out += "%2C"
            // The runner decodes only the escapes above: any other control character would reach
            // the log raw (an ESC sequence there recolours or hides lines), so it is spelled out.
            case _ where ControlCharacters.isControl(scalar): out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
