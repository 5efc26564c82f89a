/// The imports of one Python file and the lexical problems met while finding them.
package struct PythonScan: Sendable {
    /// Every import statement, in source order.
    package var imports: [PythonImport] = []
    /// Problems that make CPython refuse the file (unterminated strings, unclosed brackets, an
    /// `import` inside a statement…), in the order they were met.
    package var problems: [PythonSourceProblem] = []

    package init(imports: [PythonImport] = [], problems: [PythonSourceProblem] = []) {
        self.imports = imports
        self.problems = problems
    }
}
