/// Reads an INI file line by line with the rules of Python's `configparser.ConfigParser()` in
/// its default settings (`=`/`:` delimiters, `#`/`;` full-line comments, no inline comments,
/// blank lines kept inside values, strict duplicates, `optionxform = str.lower`).
struct INIParser {
    private struct PendingOption {
        let key: String
        let keyPosition: TextPosition
        var lines: [(range: Range<Int>, position: TextPosition)]
    }

    private struct PendingSection {
        let name: String
        var position: TextPosition?
        var options: [PendingOption] = []
        var index: [String: Int] = [:]
    }

    private let bytes: [UInt8]
    // Slot 0 is DEFAULT; the others are named sections in file order.
    private var sections = [PendingSection(name: "DEFAULT", position: nil)]
    private var sectionIndex: [String: Int] = [:]
    private var current: Int?
    private var currentOption: Int?
    private var indentLevel = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func parse() throws(INISyntaxError) -> INIDocument {
        if let bad = UTF8Check.firstInvalidOffset(bytes) {
            throw INISyntaxError("invalid UTF-8", at: position(ofOffset: bad))
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        var lineStart = hasBOM ? 3 : 0
        var lineNumber = 1
        // Python reads the file with universal newlines: CRLF, CR and LF all end a line.
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
            try readLine(lineStart..<lineEnd, number: lineNumber)
            if lineEnd < bytes.count, bytes[lineEnd] == 0x0D, lineEnd + 1 < bytes.count, bytes[lineEnd + 1] == 0x0A {
                lineEnd += 1
            }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return finish()
    }

    private mutating func readLine(_ line: Range<Int>, number: Int) throws(INISyntaxError) {
        let value = PythonText.strip(bytes, line)
        let at = { (offset: Int) in TextPosition(line: number, column: offset - line.lowerBound + 1) }
        if value.isEmpty {
            // A blank line belongs to the value being read, if any; trailing ones are dropped later.
            if let current, let currentOption {
                sections[current].options[currentOption].lines.append((value, at(line.lowerBound)))
            }
            return
        }
        let first = bytes[value.lowerBound]
        if first == UInt8(ascii: "#") || first == UInt8(ascii: ";") { return }
        let indent = PythonText.characterCount(bytes, line.lowerBound..<value.lowerBound)
        if let current, let currentOption, indent > indentLevel {
            sections[current].options[currentOption].lines.append((value, at(value.lowerBound)))
            return
        }
        indentLevel = indent
        if let header = sectionName(in: value) {
            try openSection(String(decoding: bytes[header], as: UTF8.self), at: at(value.lowerBound))
            return
        }
        guard let current else {
            throw INISyntaxError("the file has no section header before this line", at: at(value.lowerBound))
        }
        guard let delimiter = bytes[value].firstIndex(where: { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ":") }) else {
            throw INISyntaxError("expected 'key = value', '[section]' or a comment", at: at(value.lowerBound))
        }
        let keyRange = PythonText.strip(bytes, value.lowerBound..<delimiter)
        guard !keyRange.isEmpty else {
            throw INISyntaxError("the line has no key before '\(Character(Unicode.Scalar(bytes[delimiter])))'", at: at(delimiter))
        }
        let key = String(decoding: bytes[keyRange], as: UTF8.self).lowercased()
        if sections[current].index[key] != nil {
            throw INISyntaxError("option '\(key)' in section '\(sections[current].name)' is defined twice", at: at(keyRange.lowerBound))
        }
        let valueRange = PythonText.strip(bytes, (delimiter + 1)..<value.upperBound)
        let option = PendingOption(key: key, keyPosition: at(keyRange.lowerBound), lines: [(valueRange, at(valueRange.lowerBound))])
        sections[current].index[key] = sections[current].options.count
        sections[current].options.append(option)
        currentOption = sections[current].options.count - 1
    }

    /// configparser's `\[(?P<header>.+)\]` matched at the start of the stripped line: the name
    /// runs to the last `]`, and anything after it is ignored.
    private func sectionName(in value: Range<Int>) -> Range<Int>? {
        guard bytes[value.lowerBound] == UInt8(ascii: "["),
              let close = bytes[value].lastIndex(of: UInt8(ascii: "]")),
              close >= value.lowerBound + 2 else { return nil }
        return (value.lowerBound + 1)..<close
    }

    private mutating func openSection(_ name: String, at position: TextPosition) throws(INISyntaxError) {
        currentOption = nil
        if name == "DEFAULT" {
            // DEFAULT may be opened more than once; its options still may not repeat.
            if sections[0].position == nil { sections[0].position = position }
            current = 0
            return
        }
        if sectionIndex[name] != nil {
            throw INISyntaxError("section '\(name)' is defined twice", at: position)
        }
        sectionIndex[name] = sections.count
        sections.append(PendingSection(name: name, position: position))
        current = sections.count - 1
    }

    private func finish() -> INIDocument {
        let built = sections.map { section in
            INISection(name: section.name, position: section.position, options: section.options.map(finish))
        }
        return INIDocument(defaults: built[0], sections: Array(built.dropFirst()))
    }

    /// Joins an option's lines as configparser does: with "\n", then without trailing blank lines.
    private func finish(_ option: PendingOption) -> INIOption {
        var count = option.lines.count
        while count > 1, option.lines[count - 1].range.isEmpty { count -= 1 }
        var raw: [UInt8] = []
        var lines: [INIOption.Line] = []
        for (offset, line) in option.lines.prefix(count).enumerated() {
            if offset > 0 { raw.append(0x0A) }
            lines.append(INIOption.Line(text: String(decoding: bytes[line.range], as: UTF8.self), position: line.position, offset: raw.count))
            raw.append(contentsOf: bytes[line.range])
        }
        return INIOption(key: option.key, keyPosition: option.keyPosition, rawValue: String(decoding: raw, as: UTF8.self), lines: lines)
    }

    private func position(ofOffset offset: Int) -> TextPosition {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
            line += 1
            lineStart = index + 1
        }
        return TextPosition(line: line, column: offset - lineStart + 1)
    }
}
