import Testing
@testable import ArchlintScanning

/// `(module, line, isTypeChecking)` of each import in `source`.
private func flags(_ source: String) -> [String] {
    pythonImports(source).map { "\($0.module):\($0.line):\($0.isTypeChecking ? "TC" : "-")" }
}

@Suite struct PythonTypeCheckingTests {
    @Test func blockBodyIsFlaggedAndEndsAtDedent() {
        let source = """
            from typing import TYPE_CHECKING
            if TYPE_CHECKING:
                import a
                from b import c
            import d
            """
        #expect(flags(source) == ["typing:1:-", "a:3:TC", "b:4:TC", "d:5:-"])
    }

    @Test func elseBranchIsNotFlagged() {
        let source = """
            if TYPE_CHECKING:
                import a
            else:
                import b
            import c
            """
        #expect(flags(source) == ["a:2:TC", "b:4:-", "c:5:-"])
    }

    @Test func elifGuardsAreFlaggedOtherClausesAreNot() {
        let source = """
            if x:
                import a
            elif TYPE_CHECKING:
                import b
            else:
                import c
            if TYPE_CHECKING:
                import d
            elif y:
                import e
            elif typing.TYPE_CHECKING: import f
            else: import g
            """
        #expect(flags(source) == ["a:2:-", "b:4:TC", "c:6:-", "d:8:TC", "e:10:-", "f:11:TC", "g:12:-"])
    }

    @Test func oneLineSuiteIsFlaggedToTheEndOfItsLine() {
        #expect(flags("if TYPE_CHECKING: import a; import b\nimport c\n") == ["a:1:TC", "b:1:TC", "c:2:-"])
    }

    @Test func attributeAndParenthesizedGuards() {
        let source = """
            if typing.TYPE_CHECKING:
                import a
            if t.TYPE_CHECKING :
                import b
            if (TYPE_CHECKING):
                import c
            if (
                TYPE_CHECKING
            ):
                import d
            if f().TYPE_CHECKING:
                import e
            """
        #expect(flags(source) == ["a:2:TC", "b:4:TC", "c:6:TC", "d:10:TC", "e:12:TC"])
    }

    @Test func conditionsThatAreNotGuards() {
        let source = """
            if not TYPE_CHECKING:
                import a
            if TYPE_CHECKING or x:
                import b
            if (TYPE_CHECKING,):
                import c
            if TYPE_CHECKING_X:
                import d
            if TYPE_CHECKING.x:
                import e
            if x := TYPE_CHECKING:
                import f
            if [TYPE_CHECKING]:
                import g
            if typing.TYPE_CHECKING():
                import h
            if typing.TYPE_CHECKING[0]:
                import i
            if TYPE_CHECKING():
                import j
            """
        #expect(flags(source) == [
            "a:2:-", "b:4:-", "c:6:-", "d:8:-", "e:10:-", "f:12:-", "g:14:-", "h:16:-", "i:18:-", "j:20:-",
        ])
    }

    @Test func nestedBlocksAndClausesInsideAGuardStayFlagged() {
        let source = """
            if TYPE_CHECKING:
                def f():
                    import a
                if y:
                    pass
                else:
                    import b
                if TYPE_CHECKING:
                    pass
                else:
                    import c
                import d
            import e
            """
        #expect(flags(source) == ["a:3:TC", "b:7:TC", "c:11:TC", "d:12:TC", "e:13:-"])
    }

    @Test func guardsInsideIndentedCode() {
        let source = """
            class C:
                if TYPE_CHECKING:
                    import a
                    def f(self):
                        import b
                else:
                    import c
                import d
            def g():
                if TYPE_CHECKING:
                    import e
                import f
            """
        #expect(flags(source) == ["a:3:TC", "b:5:TC", "c:7:-", "d:8:-", "e:11:TC", "f:12:-"])
    }

    @Test func blankLinesCommentsAndStringsAtColumnZeroDoNotEndTheBlock() {
        let source = """
            if TYPE_CHECKING:  # comment
                import a

            # a comment at column 0
                import b
                x = (
            1)
                y = '''
            import z
            '''
                import c
            import d
            """
        #expect(flags(source) == ["a:2:TC", "b:5:TC", "c:11:TC", "d:12:-"])
    }

    @Test func tabsFormFeedsAndCRLFInIndentation() {
        let source = "if TYPE_CHECKING:\r\n\timport a\r\n\u{0C}    import b\r\nimport c\r\n"
        #expect(flags(source) == ["a:2:TC", "b:3:TC", "c:4:-"])
    }

    @Test func emptyGuardBodyDoesNotLeakOntoTheNextStatement() {
        #expect(flags("if TYPE_CHECKING: pass\nimport a\nif TYPE_CHECKING:\n    pass\nimport b\n") == ["a:2:-", "b:5:-"])
    }
}
