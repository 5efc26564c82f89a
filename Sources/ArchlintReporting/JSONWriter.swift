/// Builds JSON text with keys in the order given (so output matches the documented shape and is
/// byte-identical across runs), two-space indentation, and RFC 8259 string escaping.
package struct JSONWriter: Sendable {
    /// A JSON value whose objects keep key order.
    package indirect enum Value: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
        case object([(String, Value)])
        case array([Value])
        case string(String)
        case int(Int)
        case bool(Bool)
        case null

        package init(stringLiteral value: String) { self = .string(value) }
        package init(integerLiteral value: Int) { self = .int(value) }
        package init(booleanLiteral value: Bool) { self = .bool(value) }
    }

    package init() {}

    /// The value as pretty-printed JSON followed by a newline.
    package func render(_ value: Value) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        output += "\n"
        return output
    }

    private func write(_ value: Value, indent: Int, into output: inout String) {
        switch value {
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{\n"
            for (index, (key, member)) in members.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                Self.appendString(key, to: &output)
                output += ": "
                write(member, indent: indent + 2, into: &output)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        case .array(let elements):
            if elements.isEmpty { output += "[]"; return }
            if elements.allSatisfy(\.isScalar) {
                output += "["
                for (index, element) in elements.enumerated() {
                    if index > 0 { output += ", " }
                    write(element, indent: indent, into: &output)
                }
                output += "]"
                return
            }
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                write(element, indent: indent + 2, into: &output)
                output += index == elements.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .string(let text): Self.appendString(text, to: &output)
        case .int(let number): output += String(number)
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        }
    }

    /// Appends `text` as a quoted JSON string. `insideHTML` also escapes what could end or
    /// confuse a `<script>` block (`<`, `>`, `&`, U+2028, U+2029, DEL).
    package static func appendString(_ text: String, to output: inout String, insideHTML: Bool = false) {
        // Nearly every string needs no escaping: append it whole rather than scalar by scalar.
        if !text.utf8.contains(where: {
            $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
                || (insideHTML && ($0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") || $0 >= 0x7F))
        }) {
            output += "\""
            output += text
            output += "\""
            return
        }
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "<" where insideHTML: output += "\\u003c"
            case ">" where insideHTML: output += "\\u003e"
            case "&" where insideHTML: output += "\\u0026"
            case "\u{2028}" where insideHTML: output += "\\u2028"
            case "\u{2029}" where insideHTML: output += "\\u2029"
            case _ where scalar.value < 0x20 || (insideHTML && scalar.value == 0x7F):
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}

extension JSONWriter.Value {
    fileprivate var isScalar: Bool {
        switch self {
        case .object, .array: return false
        default: return true
        }
    }
}
