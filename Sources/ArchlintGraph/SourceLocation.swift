/// A place in a source file: a path relative to the configuration file's folder (with `/`) and a 1-based line.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Relative path with `/` separators.
    public let path: String
    /// 1-based line number.
    public let line: Int

    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }

    public var description: String { "\(path):\(line)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.path != rhs.path { return ByteOrder.precedes(lhs.path, rhs.path) }
        return lhs.line < rhs.line
    }
}
