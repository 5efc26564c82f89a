import Testing
@testable import ArchlintScanning

/// Scans `source` and returns its imports.
func pythonImports(_ source: String) -> [PythonImport] {
    PythonImportScanner.scan(Array(source.utf8)).imports
}

/// `import module` on `line`.
func plain(_ module: String, line: Int, typeChecking: Bool = false, lazy: Bool = false) -> PythonImport {
    PythonImport(form: .plain, module: module, line: line, isTypeChecking: typeChecking, isLazy: lazy)
}

/// `from <level dots><module> import names` on `line`.
func from(
    _ module: String, level: Int = 0, _ names: [String], line: Int, typeChecking: Bool = false, lazy: Bool = false
) -> PythonImport {
    PythonImport(
        form: .from, level: level, module: module, names: names, line: line, isTypeChecking: typeChecking, isLazy: lazy)
}

@Suite struct PythonImportStatementTests {
    @Test func plainImportsWithDotsAliasesAndSeveralNames() {
        #expect(pythonImports("import os\nimport a.b.c as abc, d , e.f as g\n") == [
            plain("os", line: 1), plain("a.b.c", line: 2), plain("d", line: 2), plain("e.f", line: 2),
        ])
    }

    @Test func dottedNamesMayHoldSpacesAndContinuations() {
        #expect(pythonImports("import a . b .c\nfrom d.\\\n  e import f\n") == [
            plain("a.b.c", line: 1), from("d.e", ["f"], line: 2),
        ])
    }

    @Test func fromImportsWithAliases() {
        #expect(pythonImports("from a.b import c as d, e\nfrom  x  import  y  as  z\n") == [
            from("a.b", ["c", "e"], line: 1), from("x", ["y"], line: 2),
        ])
    }

    @Test func parenthesizedNamesSpanLinesWithCommentsAndTrailingComma() {
        let source = """
            from a import (  # comment (
                b as bee,  # )
                c
                ,
            )
            import d
            """
        #expect(pythonImports(source) == [from("a", ["b", "c"], line: 1), plain("d", line: 6)])
    }

    @Test func starImports() {
        #expect(pythonImports("from a import *\nfrom . import*\n") == [
            from("a", ["*"], line: 1), from("", level: 1, ["*"], line: 2),
        ])
    }

    @Test func relativeImportsCountTheirDots() {
        let source = "from . import x\nfrom .a import y\nfrom ..a.b import z\nfrom ... import w\nfrom .import v\nfrom . . c import u\n"
        #expect(pythonImports(source) == [
            from("", level: 1, ["x"], line: 1), from("a", level: 1, ["y"], line: 2),
            from("a.b", level: 2, ["z"], line: 3), from("", level: 3, ["w"], line: 4),
            from("", level: 1, ["v"], line: 5), from("c", level: 2, ["u"], line: 6),
        ])
    }

    @Test func importsAtAnyDepth() {
        let source = """
            def f():
                import a
                class C:
                    import b
                    def g(self):
                        from c import d
            try:
                import e
            except ImportError:
                import f
            else:
                import g
            finally:
                import h
            with open("x") as handle:
                import i
            for _ in []:
                import j
            while False:
                import k
            match x:
                case {"a": 1}:
                    import l
            """
        #expect(pythonImports(source).map(\.line) == [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 23])
        #expect(pythonImports(source).map(\.module) == ["a", "b", "c", "e", "f", "g", "h", "i", "j", "k", "l"])
    }

    @Test func statementsAfterSemicolonsAndCompoundHeaders() {
        let source = """
            import a; import b ;from c import d
            class C: import e
            def f(): import g
            try: import h
            except ImportError: import i
            x: int = 1; import j
            f = lambda: 0; import k
            if (n := 10) > 5: import l
            """
        #expect(pythonImports(source) == [
            plain("a", line: 1), plain("b", line: 1), from("c", ["d"], line: 1), plain("e", line: 2),
            plain("g", line: 3), plain("h", line: 4), plain("i", line: 5), plain("j", line: 6),
            plain("k", line: 7), plain("l", line: 8),
        ])
    }

    @Test func lazyImports() {
        #expect(pythonImports("lazy import a\nlazy from b import c\nlazy = 1\nlazy.x = import_y\n") == [
            plain("a", line: 1, lazy: true), from("b", ["c"], line: 2, lazy: true),
        ])
    }

    @Test func namesThatAreNotImportStatements() {
        let source = """
            __import__("a")
            importlib.import_module("b")
            imports = 1; from_ = 2; x.import_c = 3
            def gen():
                yield from d
                raise E from e
            """
        #expect(pythonImports(source) == [])
    }
}

@Suite struct PythonLexicalTests {
    @Test func commentsHideImports() {
        #expect(pythonImports("# import a\nimport b  # import c\n   # from d import e\n") == [plain("b", line: 2)])
    }

    @Test func stringsOfEveryPrefixHideImports() {
        let source = """
            a = "import x"; b = 'import x'; c = r"import x"; d = b'import x'; e = u"import x"
            f = Rb"import x" + BR'x' + rB"x" + fR"{1} import x" + rf'{2}' + t"{3} import x" + Tr"{4}"
            import y
            """
        #expect(pythonImports(source) == [plain("y", line: 3)])
    }

    @Test func escapedQuotesDoNotEndStrings() {
        let source = #"""
            a = "say \"import x\"" ; import b
            c = 'it\'s ; import x' ; import d
            e = r'\' ; import x' ; import f
            g = "\\" ; import h
            """#
        #expect(pythonImports(source) == [plain("b", line: 1), plain("d", line: 2), plain("f", line: 3), plain("h", line: 4)])
    }

    @Test func hashInsideAStringIsNotAComment() {
        #expect(pythonImports("print('#'); import a\n") == [plain("a", line: 1)])
    }

    @Test func tripleQuotedStringsAndDocstrings() {
        let source = #"""
            """Module docstring.
            import x
            """
            s = '''it's
            import x
            '''
            t = """a "" b ""\""""; import b
            def f():
                """
            import y
                """
                import c
            """#
        #expect(pythonImports(source) == [plain("b", line: 7), plain("c", line: 12)])
    }

    @Test func fStringsWithNestedSameQuotes() {
        let source = #"""
            a = f"{'import x'}" f'{"\'"}' ; import b
            c = f"{f"{f"{1}"}"}" ; import d
            e = f'{f'{f'{1}'}'}' ; import f
            g = f"{'"'}" ; import h
            """#
        #expect(pythonImports(source) == [plain("b", line: 1), plain("d", line: 2), plain("f", line: 3), plain("h", line: 4)])
    }

    @Test func fStringFormatSpecsBracesAndEscapes() {
        let source = #"""
            a = f"{w:{'>'}{10}}" f"{w!r:>{w}}" f"{'{'}" f"{{import x}}" f"{ {'}': 1}['}'] }" ; import b
            c = f"\N{EM DASH}{w}\N{LEFT CURLY BRACKET}" f"{(lambda: 1)()}" f"{w=}" f"{w = !r:^20}" ; import d
            e = f"{x:=10}" ; import f
            g = rf"\{w}" ; import h
            i = f"{1:{2}.{3}f}" f"{[1, 2][0]:>{4}}" ; import j
            """#
        #expect(pythonImports(source) == [
            plain("b", line: 1), plain("d", line: 2), plain("f", line: 3), plain("h", line: 4), plain("j", line: 5),
        ])
    }

    @Test func fStringFieldsSpanLinesWithComments() {
        let source = #"""
            a = f"""{
                w  # a comment } with a brace
                + 1
            }""" ; import b
            c = f"{'''
            import x
            '''}" ; import d
            e = f"{", ".join([
                'a',  # comment
            ])}" ; import f
            """#
        #expect(pythonImports(source) == [plain("b", line: 4), plain("d", line: 7), plain("f", line: 10)])
    }

    @Test func lineContinuations() {
        let source = "import a, \\\n    b\nfrom c \\\n    import d\nx = 1 + \\\n  2; import e\n"
        #expect(pythonImports(source) == [
            plain("a", line: 1), plain("b", line: 1), from("c", ["d"], line: 3), plain("e", line: 6),
        ])
    }

    @Test func bracketsSpanningLinesDoNotStartStatements() {
        let source = "x = [\n    1,\n    2,\n]\nimport a\ny = foo(a,\n  b)\nimport c\n"
        #expect(pythonImports(source) == [plain("a", line: 5), plain("c", line: 8)])
    }

    @Test func lineEndsCRLFAndCR() {
        #expect(pythonImports("import a\r\n\r\nimport b\r\n") == [plain("a", line: 1), plain("b", line: 3)])
        #expect(pythonImports("import a\r\rimport b\r") == [plain("a", line: 1), plain("b", line: 3)])
        #expect(pythonImports("s = '''\r\n\r\r'''\rimport a\n") == [plain("a", line: 5)])
    }

    @Test func byteOrderMarkIsSkipped() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("import a\n".utf8)
        #expect(PythonImportScanner.scan(bytes).imports == [plain("a", line: 1)])
    }

    @Test func tabsAndFormFeedsAreWhitespace() {
        #expect(pythonImports("\timport a\n\u{0C}import b\nimport\tc\u{0C}, d\n") == [
            plain("a", line: 1), plain("b", line: 2), plain("c", line: 3), plain("d", line: 3),
        ])
    }

    @Test func nonASCIINamesAndStrings() {
        #expect(pythonImports("s = 'é import x'\nimport modulé\nfrom café import thé\n") == [
            plain("modulé", line: 2), from("café", ["thé"], line: 3),
        ])
    }

    @Test func unterminatedOneLineStringEndsAtTheLineEnd() {
        let scan = PythonImportScanner.scan(Array("x = 'oops\nimport a\n".utf8))
        #expect(scan.imports == [plain("a", line: 2)])
        #expect(scan.problems == [PythonSourceProblem(line: 1, message: "unterminated string")])
    }

    @Test func unterminatedTripleQuotedStringIsReported() {
        let scan = PythonImportScanner.scan(Array("import a\nx = '''\nimport b\n".utf8))
        #expect(scan.imports == [plain("a", line: 1)])
        #expect(scan.problems == [PythonSourceProblem(line: 2, message: "unterminated triple-quoted string")])
    }

    @Test func emptyAndImportlessFiles() {
        #expect(pythonImports("") == [])
        #expect(pythonImports("\n\n   \n# only a comment") == [])
        #expect(pythonImports("import a") == [plain("a", line: 1)])
    }

    @Test func malformedStatementsDoNotStopScanning() {
        #expect(pythonImports("import\nfrom import x\nfrom a import\nimport b\n") == [plain("b", line: 4)])
    }
}

@Suite struct PythonScannerRobustnessTests {
    /// Every prefix of tricky source (cut inside strings, f-string fields, brackets…) scans
    /// without crashing, and never reports an import past the last line.
    @Test func everyPrefixOfTrickySourceScans() {
        let source = Array(#"""
            if TYPE_CHECKING:
                from .a import (b,
                    c)
            x = f"{f'{y!r:>{w}}'}" rb'\'' """doc
            """ ; import d
            e = f"{ {'k': [1, (2,)]}['k'] }\N{DASH}" ; lazy from ..f import *
            """#.utf8)
        for length in 0...source.count {
            let scan = PythonImportScanner.scan(Array(source[..<length]))
            let lines = source[..<length].filter { $0 == UInt8(ascii: "\n") }.count + 1
            #expect(scan.imports.allSatisfy { $0.line >= 1 && $0.line <= lines })
        }
    }

    /// Arbitrary bytes never crash the scanner.
    @Test func randomBytesScan() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet = Array("import from if TYPE_CHECKING: \n\r\t\\'\"#()[]{};.,f rb*".utf8) + [0, 0xC3, 0xA9, 0xFF]
        for _ in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<400 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            let scan = PythonImportScanner.scan(bytes)
            #expect(scan.imports.allSatisfy { $0.line >= 1 })
        }
    }

    /// Hostile nesting cannot exhaust the stack: f-string fields deeper than CPython allows are
    /// read as text.
    @Test func deeplyNestedFStringsScan() {
        let depth = 5_000
        let source = String(repeating: "f'{", count: depth) + String(repeating: "}'", count: depth) + "\nimport a\n"
        let scan = PythonImportScanner.scan(Array(source.utf8))
        #expect(scan.imports == [plain("a", line: 2)])
        #expect(scan.problems == [])
    }
}

@Suite struct PythonLastImportWordTests {
    private func end(_ text: String) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { PythonTokenizer.endOfLastImportWord(in: $0) }
    }

    @Test func findsTheLastOccurrenceAtEveryOffset() {
        #expect(end("") == nil)
        #expect(end("impor") == nil)
        #expect(end("x = 1\nimpo rt\n") == nil)
        #expect(end("import") == 6)
        // Every position, so both the sixteen-wide windows and the scalar tail are crossed.
        for padding in 0..<40 {
            let text = "import a\n" + String(repeating: "x", count: padding) + "# import\n" + String(repeating: "y", count: 40 - padding)
            #expect(end(text) == 9 + padding + 8)
        }
    }

    @Test func scanningStopsAfterTheLastImportWordAndMissesNothing() {
        let tail = String(repeating: "x = f(y, 'z')  # comment\n", count: 50)
        #expect(pythonImports("from a import (\n    b,\n    c,\n)\n" + tail) == [from("a", ["b", "c"], line: 1)])
        #expect(pythonImports(tail + "from a import b") == [from("a", ["b"], line: 51)])
        #expect(pythonImports(tail + "x = 'import'\n" + tail) == [])
    }
}
