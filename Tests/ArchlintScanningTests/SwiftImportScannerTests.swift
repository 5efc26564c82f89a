import ArchlintGraph
import Testing
@testable import ArchlintScanning

/// Each case's expected imports were checked against SwiftSyntax 603 (the oracle in
/// ../shared/oracles/swift-imports).
@Suite struct SwiftImportScannerTests {
    private func scan(_ source: String) -> [SwiftImport] { SwiftImportScanner.scan(Array(source.utf8)).imports }

    /// `line path` per import, the compact form most cases compare.
    private func lines(_ source: String) -> [String] { scan(source).map { "\($0.line) \($0.fullPath)" } }

    @Test func plainAndDottedImportsKeepTheFullPath() {
        let found = scan("import A\nimport A.B.C\n")
        #expect(found.map(\.module) == ["A", "A"])
        #expect(found.map(\.fullPath) == ["A", "A.B.C"])
        #expect(found.map(\.line) == [1, 2])
        #expect(found.filter { $0.kind != nil || !$0.attributes.isEmpty || $0.accessLevel != nil || $0.isConditional }.isEmpty)
    }

    @Test func everyImportKind() {
        let source = """
            import struct A.S
            import class A.C
            import enum A.E
            import protocol A.P
            import func A.f
            import var A.v
            import let A.l
            import typealias A.T
            import func A.+
            """
        let found = scan(source)
        #expect(found.map { $0.kind?.rawValue ?? "" } == ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias", "func"])
        // `.+` lexes as one operator, so SwiftSyntax's path stops at `A`.
        #expect(found.map(\.fullPath) == ["A.S", "A.C", "A.E", "A.P", "A.f", "A.v", "A.l", "A.T", "A"])
    }

    @Test func attributesAreRecordedByNameAndAsFlags() {
        let source = """
            @testable import T
            @_exported public import E
            @_implementationOnly import I
            @preconcurrency import P
            @_spi(Secret) @_spi(Other) package import S
            @_weakLinked internal import W
            @_documentation(visibility: internal) @_exported import D
            @available(*, deprecated)
            import X
            """
        let found = scan(source)
        #expect(found.map(\.attributes) == [.testable, .exported, .implementationOnly, .preconcurrency, .spi, .weakLinked, .exported, []])
        #expect(found[4].attributeNames == ["_spi", "_spi"])
        #expect(found[6].attributeNames == ["_documentation", "_exported"])
        #expect(found[7].attributeNames == ["available"])
        #expect(found[7].line == 9)
        #expect(found[0].attributes.contains(.testable))
    }

    @Test func accessLevels() {
        let source = "public import A\npackage import B\ninternal import C\nfileprivate import D\nprivate import E\nopen import F\nimport G\n"
        #expect(scan(source).map(\.accessLevel) == [.public, .package, .internal, .fileprivate, .private, .open, nil])
    }

    @Test func severalPerLineAfterSemicolons() {
        #expect(lines("import A; import B;import C\nlet x = 1; import D\n") == ["1 A", "1 B", "1 C", "2 D"])
    }

    @Test func keywordAndNameOnDifferentLinesTakeTheKeywordsLine() {
        #expect(lines("import\n  A\n@testable\nimport\nB\nimport C\n  .D\n") == ["1 A", "4 B", "6 C.D"])
        #expect(scan("@testable\nimport\nB\n").first?.attributes == .testable)
    }

    @Test func conditionalCompilationCountsEveryBranch() {
        let source = """
            #if os(Linux) || os(Android)
            import Glibc
            #elseif canImport(Darwin)
            import Darwin
            #else
            import WinSDK
            #endif
            import Always
            #if DEBUG
            #if canImport(X)
            import X
            #endif
            #endif
            #if compiler(>=6.0) // a comment is not part of the condition
            @preconcurrency import Y
            #else
            import Y
            #endif
            """
        let found = scan(source)
        #expect(found.map { "\($0.line) \($0.fullPath)" } == ["2 Glibc", "4 Darwin", "6 WinSDK", "8 Always", "11 X", "15 Y", "17 Y"])
        #expect(found.map(\.isConditional) == [true, true, true, false, true, true, true])
        #expect(found.map(\.condition) == [
            "os(Linux) || os(Android)", "canImport(Darwin)", "!(os(Linux) || os(Android)) && !(canImport(Darwin))", nil,
            "DEBUG && canImport(X)", "compiler(>=6.0)", "!(compiler(>=6.0))",
        ])
    }

    @Test func nestedConditionsKeepTheParenthesesOfADisjunction() {
        let source = """
            #if c
            #if a || b
            import A
            #else
            import B
            #endif
            #endif
            #if a || b
            #if c
            import C
            #endif
            #endif
            """
        #expect(scan(source).map(\.condition) == ["c && (a || b)", "c && (!(a || b))", "(a || b) && c"])
    }

    @Test func conditionSpanningLinesInsideParentheses() {
        let found = scan("#if (os(Linux) ||\n  os(Android))\nimport Glibc\n#endif\n")
        #expect(found.map(\.line) == [3])
        #expect(found.first?.condition == "(os(Linux) || os(Android))")
    }

    @Test func attributesInsideAnIfBlockDoNotReachTheImportAfterIt() {
        let found = scan("#if compiler(>=5.10)\n@preconcurrency\n#endif\nimport Foo\n")
        #expect(found.map(\.line) == [4])
        #expect(found.first?.attributes == [])
        #expect(found.first?.isConditional == false)
    }

    @Test func commentsHideImports() {
        let source = "// import A\n/// import B\n/* import C /* nested import D */ import E */\nimport F\n/** doc\n import G */\n"
        #expect(lines(source) == ["4 F"])
    }

    @Test func stringLiteralsHideImports() {
        let source = ###"""
            let a = "import A"
            let b = """
            import B
            """
            let c = #"import C "#
            let d = ##"""
            import D
            """#
            import E
            """##
            let e = "\(f("import F"))"
            let g = "\("\("import G")")"
            import H
            """###
        #expect(lines(source) == ["13 H"])
    }

    @Test func singleLineRawStringClosesOnlyAtAQuoteWithItsPounds() {
        #expect(lines(##"let s = #"x " ; import Evil ; "#\##nimport Good\##n"##) == ["2 Good"])
        #expect(lines(###"let s = ##"x "# ; import Evil ; "##\###nimport Good\###n"###) == ["2 Good"])
    }

    @Test func rawStringsAndTheirInterpolation() {
        let source = ##"""
            let a = #"\(x) \#(y) "quoted" import A"#
            let b = #"""#
            import B
            let c = ##"a"#b"##
            import C
            let d = #"\#(g("import D"))"#
            import E
            """##
        #expect(lines(source) == ["3 B", "5 C", "7 E"])
    }

    @Test func interpolationNestsStringsAndClosures() {
        let source = #"""
            let s = "a \(b + "c \(d) \(")") e")"
            import A
            let m = """
              \(x.map { "\($0)" }.joined())
              import NotThis
              """
            import B
            """#
        #expect(lines(source) == ["2 A", "7 B"])
    }

    @Test func regexLiteralsHideImports() {
        let source = """
            let r = /import A/
            let s = #/import B/#
            let t = #/
            import C
            /#
            let u = a / b
            import D
            let v = x.split(separator: /,/)
            import E
            """
        #expect(lines(source) == ["7 D", "9 E"])
    }

    @Test func slashAsAnOperatorIsNotARegex() {
        let source = """
            let a = b / c / d
            import A
            let x = (y) / 2 /
              3
            import B
            let z = [1, 2].reduce(0, /)
            import C
            let w = f(/) // comment
            import D
            prefix func / (x: Int) -> Int { x } // after `func` it is an operator
            import E
            """
        #expect(lines(source) == ["2 A", "5 B", "7 C", "9 D", "11 E"])
    }

    @Test func regexAfterPrefixOperatorsAndTry() {
        let source = "let a = try? /x/.wholeMatch(in: s)\nimport A\nlet b = !/x/.ignoresCase().isEmpty\nimport B\nlet c = x == /a/\nimport C\n"
        #expect(lines(source) == ["2 A", "4 B", "6 C"])
    }

    @Test func importAsANameOrLabelIsNoImport() {
        let source = """
            x.import
            let y = Foo.import(1)
            func f(import: Int) {}
            func g(import x: Int) {}
            f(import: 2)
            let `import` = 3
            func import() {}
            import Real
            struct S { import Inner }
            func h() {
              import Local
            }
            """
        #expect(lines(source) == ["8 Real", "9 Inner", "11 Local"])
    }

    @Test func unicodeIdentifiersAndOperators() {
        #expect(lines("let café = \"é\"\nlet π = 3.14\nlet op = a ∘ b\nimport Ü\nimport A\n") == ["4 Ü", "5 A"])
    }

    @Test func lineBreaksCrLfAndCr() {
        #expect(lines("import A\r\nimport B\r\n/* x\r\n*/ import C\rimport D\r") == ["1 A", "2 B", "4 C", "5 D"])
    }

    @Test func byteOrderMarkAndShebang() {
        #expect(lines("\u{FEFF}import A\n") == ["1 A"])
        #expect(lines("#!/usr/bin/swift\nimport A\n") == ["2 A"])
    }

    @Test func numbersDoNotConfuseTheLexer() {
        #expect(lines("let a = 0x1p3; let b = 1.5e3; let c = 0b1010; let d = 0o17; let e = 1_000\nimport A\nlet f = x.0.1\nimport B\n") == ["2 A", "4 B"])
    }

    @Test func backtickedModuleNameLosesItsBackticks() {
        #expect(scan("import `Foo`\n").map(\.module) == ["Foo"])
    }

    @Test func unterminatedLiteralsAreReportedNotThrown() {
        let result = SwiftImportScanner.scan(Array("import A\n/* never closed\nimport B\n".utf8))
        #expect(result.imports.map(\.module) == ["A"])
        #expect(result.problems == [SwiftLexProblem(line: 2, message: "unterminated '/*' comment")])
        let string = SwiftImportScanner.scan(Array("let s = \"\"\"\nimport B\n".utf8))
        #expect(string.imports.isEmpty)
        #expect(string.problems == [SwiftLexProblem(line: 1, message: "unterminated multi-line string literal")])
        #expect(SwiftImportScanner.scan(Array("#if X\nimport A\n".utf8)).problems.map(\.message) == ["'#if' without '#endif'"])
    }

    @Test func unclosedParenthesesDoNotSwallowTheRestOfTheFile() {
        // SwiftSyntax recovers at a declaration that starts inside unclosed brackets.
        #expect(lines("foo(1,\nimport A\n") == ["2 A"])
    }
}
