import Testing
@testable import ArchlintScanning

/// `line: message` of each problem found in `source`.
private func problems(_ source: String) -> [String] {
    PythonImportScanner.scan(Array(source.utf8)).problems.map { "\($0.line): \($0.message)" }
}

/// Files CPython refuses with a syntax error (so grimp refuses them too) that the scanner can
/// recognise on its way: each is a problem with its line, never a silent pass (issue 15 #5, #13).
@Suite struct PythonSyntaxProblemTests {
    @Test func unclosedBracketIsReportedWhereItOpens() {
        let scan = PythonImportScanner.scan(Array("import a\nx = f(1,\n  [2,\nimport b\n".utf8))
        #expect(scan.imports == [plain("a", line: 1)])
        // CPython names the innermost bracket still open.
        #expect(scan.problems == [PythonSourceProblem(line: 3, message: "'[' was never closed")])
        #expect(problems("import a\nx = (1,\n  [2]\nimport b\n") == ["2: '(' was never closed"])
        #expect(problems("x = {\nimport b") == ["1: '{' was never closed"])
    }

    /// Brackets are recorded (line and kind) for CPython's 200 levels; deeper ones are counted only.
    @Test func deepBracketsKeepTheirLinesUpToTheRecordedDepth() {
        let deep = "import os\nx = " + String(repeating: "(\n", count: 205) + "import sys\n"
        #expect(problems(deep) == ["201: '(' was never closed"])
        let mismatched = "import os\nx = " + String(repeating: "(\n", count: 150) + "]\nimport sys\n"
        #expect(problems(mismatched) == [
            "152: closing parenthesis ']' does not match opening parenthesis '(' on line 151",
            "150: '(' was never closed",
        ])
    }

    @Test func unclosedBracketOpenAtTheLastImportWordIsReportedToo() {
        #expect(problems("x = g(importlib,\n  2,\n") == ["1: '(' was never closed"])
        // After the last `import` word no import can be lost, and the rest of the file is not read.
        #expect(problems("import a\nx = f(1,\n  2,\n") == [])
    }

    @Test func unmatchedAndMismatchedClosingBrackets() {
        #expect(problems("x = 1)\nimport b\n") == ["1: unmatched ')'"])
        #expect(problems("x = (1]\nimport b\n") == ["1: closing parenthesis ']' does not match opening parenthesis '('"])
        #expect(problems("x = (\n1}\nimport b\n") == [
            "2: closing parenthesis '}' does not match opening parenthesis '(' on line 1",
        ])
    }

    @Test func importThatStartsNoStatement() {
        let scan = PythonImportScanner.scan(Array("fromb . import two\nimport c\n".utf8))
        #expect(scan.imports == [plain("c", line: 2)])
        #expect(scan.problems == [PythonSourceProblem(line: 1, message: "invalid syntax: 'import' inside a statement")])
        #expect(problems("x = 1\ny = x.import\n") == ["2: invalid syntax: 'import' inside a statement"])
        #expect(problems("import a import b\n") == ["1: invalid syntax: 'import' inside a statement"])
        #expect(problems("from a import b import c\n") == ["1: invalid syntax: 'import' inside a statement"])
        #expect(problems("print(import)\n") == ["1: invalid syntax: 'import' inside a statement"])
    }

    @Test func fromClauseWithoutImport() {
        #expect(problems("from a.b\nimport c\n") == ["1: invalid syntax: 'from' without 'import'"])
        #expect(problems("from a imports b\n") == ["1: invalid syntax: 'from' without 'import'"])
        #expect(problems("from import b\n") == ["1: invalid syntax: 'from' without 'import'"])
        #expect(problems("from a.b c import d\n") == ["1: invalid syntax: 'from' without 'import'"])
        #expect(problems("from a import\n") == ["1: invalid syntax: nothing imported"])
        #expect(problems("import\nimport (a)\nimport a,\n") == [
            "1: invalid syntax: nothing imported", "2: invalid syntax: nothing imported",
            "3: invalid syntax: nothing imported",
        ])
    }

    @Test func legitimateUsesOfTheKeywordsAreNoProblem() {
        let source = """
            '''Docstring: import this, from that.'''
            import a.b as c, d  # import in a comment
            from . import (e,
                f as g,)
            from .. h import *
            from . . x import y
            from .i import j; import k
            lazy import l
            lazy from m import n
            lazy = 1
            x = importlib.import_module("import")
            _import = reimport = import_ = 2
            def gen():
                yield from range(3)
                raise ValueError("from") from None
            y = (yield
                 from gen())
            raise KeyError \\
                from None
            s = f"{x!r:>{width}} import {y['from']}" rb'import' Rb"from"
            t = t"{import_}"
            match command:
                case {"import": name} if name:
                    from o import p
                case [x, *rest]: import q
            type Alias[T] = dict[str, T]
            @decorator(import_=1)
            class C: import r
            if TYPE_CHECKING: from s import t
            async def u(): from v import w
            é_import = 1
            """
        let scan = PythonImportScanner.scan(Array(source.utf8))
        #expect(scan.problems == [])
        #expect(scan.imports.map(\.module) == ["a.b", "d", "", "h", "x", "i", "k", "l", "m", "o", "q", "r", "s", "v"])
    }
}
