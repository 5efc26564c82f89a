/// Why a TOML or INI document (or a value read from one) was refused, and where.
package struct DocumentSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based line of the offending byte.
    package let line: Int
    /// 1-based byte column of the offending byte.
    package let column: Int
    /// What is wrong, in a sentence without position.
    package let message: String

    /// Creates an error at `position`.
    package init(_ message: String, at position: TextPosition) {
        self.line = position.line
        self.column = position.column
        self.message = message
    }

    /// The error's position.
    package var position: TextPosition { TextPosition(line: line, column: column) }

    package var description: String { "\(line):\(column): \(message)" }
}

/// A TOML document's syntax error.
package typealias TOMLSyntaxError = DocumentSyntaxError
/// An INI file's syntax or interpolation error.
package typealias INISyntaxError = DocumentSyntaxError
