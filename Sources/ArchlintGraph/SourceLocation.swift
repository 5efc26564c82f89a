/// A place in a source file: a path relative to the configuration file's folder (with `/`) and a 1-based line.
package struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Relative path with `/` separators.
    package let path: String
    /// 1-based line number.
    package let line: Int

    package init(path: String, line: Int) {
        self.path = path
        self.line = line
    }

    package var description: String { "\(path):\(line)" }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.path != rhs.path { return ByteOrder.precedes(lhs.path, rhs.path) }
        return lhs.line < rhs.line
    }
}
