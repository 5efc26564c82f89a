/// The imports of one Python file and the lexical problems met while finding them.
package struct PythonScan: Sendable {
    /// Every import statement, in source order.
    package var imports: [PythonImport] = []
    /// Lexical problems (unterminated strings…), in source order.
    package var problems: [PythonSourceProblem] = []

    package init(imports: [PythonImport] = [], problems: [PythonSourceProblem] = []) {
        self.imports = imports
        self.problems = problems
    }
}
