/// A 1-based line and byte column in a configuration file.
package struct TextPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    package let line: Int
    /// 1-based column, counted in bytes from the start of the line (after a BOM on line 1).
    package let column: Int

    /// Creates a position from a 1-based line and byte column.
    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    package var description: String { "\(line):\(column)" }

    package static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
