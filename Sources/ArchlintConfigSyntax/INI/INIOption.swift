/// One `key = value` of a section, as written (before interpolation).
package struct INIOption: Hashable, Sendable {
    /// One line of a value: the key's line, or a deeper-indented continuation line.
    package struct Line: Hashable, Sendable {
        /// The line's text, stripped; empty for a blank line inside the value.
        package let text: String
        /// Where the text starts (for a blank line: its start; for an empty first line: after the delimiter).
        package let position: TextPosition
        /// The byte offset of `text` in the option's `rawValue`.
        package let offset: Int
    }

    /// The key, stripped and lower-cased as configparser's `optionxform` does.
    package let key: String
    /// Where the key starts.
    package let keyPosition: TextPosition
    /// The value as configparser stores it: lines joined by "\n", trailing blank lines dropped.
    package let rawValue: String
    /// The lines that make up `rawValue`.
    package let lines: [Line]

    /// Where the value starts.
    package var valuePosition: TextPosition { lines[0].position }

    /// The position of a byte offset into `rawValue`, for errors inside a value.
    package func position(ofOffset offset: Int) -> TextPosition {
        var line = lines[0]
        for candidate in lines.dropFirst() where candidate.offset <= offset { line = candidate }
        return TextPosition(line: line.position.line, column: line.position.column + max(0, offset - line.offset))
    }
}
