/// The imports of one Python file and the lexical problems met while finding them.
public struct PythonScan: Sendable {
    /// Every import statement, in source order.
    public var imports: [PythonImport] = []
    /// Lexical problems (unterminated strings…), in source order.
    public var problems: [PythonSourceProblem] = []

    public init(imports: [PythonImport] = [], problems: [PythonSourceProblem] = []) {
        self.imports = imports
        self.problems = problems
    }
}
