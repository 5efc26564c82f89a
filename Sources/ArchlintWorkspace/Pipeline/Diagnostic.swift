import ArchlintGraph

/// A problem with one input file that does not stop the run (unreadable, binary, undecodable…).
/// Printed on stderr as `path[:line]: warning: message`.
package struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// File relative to the configuration folder.
    package let path: String
    /// 1-based line, when the problem has one.
    package let line: Int?
    package let message: String

    package init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// Control characters (an ESC in a file name) spelled out as `\u{1B}`: this goes to a terminal.
    package var description: String {
        if let line { return ControlCharacters.visible("\(path):\(line): warning: \(message)") }
        return ControlCharacters.visible("\(path): warning: \(message)")
    }

    package static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.line ?? 0, lhs.message) < (rhs.path, rhs.line ?? 0, rhs.message)
    }
}
