/// Something in a Python file the scanner could not make sense of; scanning went on past it.
package struct PythonSourceProblem: Hashable, Sendable {
    /// 1-based line where the problem starts.
    package let line: Int
    /// What is wrong, as a sentence fragment (`unterminated triple-quoted string`).
    package let message: String

    package init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}
