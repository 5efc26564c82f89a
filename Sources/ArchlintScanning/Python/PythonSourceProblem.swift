/// Something in a Python file the scanner could not make sense of; scanning went on past it.
public struct PythonSourceProblem: Hashable, Sendable {
    /// 1-based line where the problem starts.
    public let line: Int
    /// What is wrong, as a sentence fragment (`unterminated triple-quoted string`).
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}
