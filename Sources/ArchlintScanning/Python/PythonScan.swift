/// The imports of one Python file and the lexical problems met while finding them.
public struct PythonScan: Sendable {
    /// Every import statement, in source order.
    public var imports: [PythonImport] = []
    /// Problems that make CPython refuse the file (unterminated strings, unclosed brackets, an
    /// `import` inside a statement…), in the order they were met.
    public var problems: [PythonSourceProblem] = []

    public init(imports: [PythonImport] = [], problems: [PythonSourceProblem] = []) {
        self.imports = imports
        self.problems = problems
    }
}
