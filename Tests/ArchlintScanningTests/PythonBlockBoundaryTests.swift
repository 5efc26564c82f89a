import Testing
@testable import ArchlintScanning

/// The scanner and the source check read 16 and 64 bytes at a time and finish the last bytes one
/// by one: every construct below is shifted through every offset of a block (and past the
/// block-sized tail), so each byte that matters lands on each lane and on each side of a block
/// edge. The buffer handed over is a prefix of a larger one whose extra bytes would change the
/// result if they were read.
@Suite struct PythonBlockBoundaryTests {
    /// Scans `source` as the first bytes of a buffer followed by `tail`.
    private func scan(_ source: String, tail: String = "\"\"\"'(import z\n") -> PythonScan {
        let bytes = Array(source.utf8) + Array(tail.utf8)
        return bytes.withUnsafeBufferPointer {
            PythonImportScanner.scan(UnsafeBufferPointer(rebasing: $0.prefix(source.utf8.count)))
        }
    }

    private func problems(_ scan: PythonScan) -> [String] { scan.problems.map { "\($0.line): \($0.message)" } }

    /// Offsets that put the next byte on every lane of a 64-byte group and beyond it.
    private static let shifts = Array(0...140)

    @Test(arguments: shifts)
    func tripleQuotedStringsCountTheirLinesAndStopAtEscapesAndQuotes(shift: Int) {
        let filler = String(repeating: "a", count: shift)
        let body = "\(filler)\\\"\"\"\n\(filler)\"\"\n\(filler)\r\n\(filler)\r\(filler)\"\n"
        let result = scan("x = \"\"\"\(body)\"\"\"\nimport a\n")
        #expect(result.imports == [plain("a", line: 7)])
        #expect(result.problems.isEmpty)
    }

    @Test(arguments: shifts)
    func longDocstringsOfManyLines(shift: Int) {
        let line = String(repeating: "d", count: shift % 70) + "\n"
        let result = scan("'''\(String(repeating: line, count: 30))'''\nfrom b import c\n")
        #expect(result.imports == [from("b", ["c"], line: 32)])
    }

    @Test(arguments: shifts)
    func oneLineStringsWithBackslashesAndLineEnds(shift: Int) {
        let filler = String(repeating: "s", count: shift)
        let result = scan("x = '\(filler)\\'\(filler)\\\\' + \"\(filler)\\\n\(filler)\"\nimport b\n")
        #expect(result.imports == [plain("b", line: 3)])
        #expect(result.problems.isEmpty)
    }

    @Test(arguments: shifts)
    func unterminatedOneLineStringEndsAtTheLineEnd(shift: Int) {
        let filler = String(repeating: "u", count: shift)
        let result = scan("x = '\(filler)\nimport c\ny = \"\(filler)\r\nimport d\n")
        #expect(result.imports == [plain("c", line: 2), plain("d", line: 4)])
        #expect(problems(result) == ["1: unterminated string", "3: unterminated string"])
    }

    @Test(arguments: shifts)
    func unterminatedTripleQuotedStringAtTheEndOfTheInput(shift: Int) {
        let filler = String(repeating: "t", count: shift)
        let result = scan("import e\nx = \"\"\"\(filler)\n\(filler)# import")
        #expect(result.imports == [plain("e", line: 1)])
        #expect(problems(result) == ["2: unterminated triple-quoted string"])
    }

    @Test(arguments: shifts)
    func commentsEndAtEitherLineEnd(shift: Int) {
        let filler = String(repeating: "c", count: shift)
        let result = scan("# \(filler)\nimport f  # \(filler)\r\nimport g # \(filler)\rimport h")
        #expect(result.imports == [plain("f", line: 2), plain("g", line: 3), plain("h", line: 4)])
    }

    @Test(arguments: shifts)
    func longRunsInsideStatements(shift: Int) {
        let name = String(repeating: "n", count: shift + 1)
        let source = "x = \(name) + \(name)(\n\(name)\n)\ny = \(name); import i\nz = \(name) \\\n + 1\nimport j\n"
        let result = scan(source)
        #expect(result.imports == [plain("i", line: 4), plain("j", line: 7)])
        #expect(result.problems.isEmpty)
    }

    @Test(arguments: shifts)
    func everySignificantByteEndsARunMidStatement(shift: Int) {
        let run = String(repeating: "r", count: shift)
        for stop in ["(", "[", "{", ")", "]", "}", ":", ";", "#", "\\", "'", "\"", "\n", "\r"] {
            let result = scan("x = \(run)\(stop)\(run) import k\nimport l\n")
            // Whatever the stop does, the scan reads it where a byte-by-byte reading would.
            let reference = scan("x = \(stop)\(run) import k\nimport l\n")
            #expect(result.imports == reference.imports, "stop \(stop.debugDescription)")
            #expect(result.problems == reference.problems, "stop \(stop.debugDescription)")
        }
    }

    @Test(arguments: shifts)
    func indentationOfSpacesTabsAndFormFeeds(shift: Int) {
        let spaces = String(repeating: " ", count: shift)
        let source = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n\(spaces) import m\n\(spaces)\t import n\n\u{0C}\(spaces)import o\n"
        let result = scan(source)
        #expect(result.imports == [
            from("typing", ["TYPE_CHECKING"], line: 1), plain("m", line: 3, typeChecking: true),
            plain("n", line: 4, typeChecking: true), plain("o", line: 5, typeChecking: shift > 0),
        ])
    }

    @Test(arguments: shifts)
    func importAtTheVeryEndOfTheInput(shift: Int) {
        let filler = String(repeating: "#", count: shift)
        #expect(scan("\(filler)\nimport p").imports == [plain("p", line: 2)])
        #expect(scan("\(filler)\nfrom q import r").imports == [from("q", ["r"], line: 2)])
        #expect(scan("\(filler)\nimport").imports == [])
        #expect(scan(String(filler.prefix(shift % 6))).imports == [])
    }

    @Test(arguments: shifts)
    func theLastImportWordEndsTheScanWhereverItFalls(shift: Int) {
        let filler = String(repeating: "w", count: shift)
        // After the last `import` (here in a comment) nothing is read: the unclosed bracket
        // after it is not reported, the one before it is.
        #expect(problems(scan("import s\n\(filler)  # import\nx = (\n")) == [])
        #expect(problems(scan("import s\nx = (\n\(filler)  # import\n")) == ["2: '(' was never closed"])
        #expect(problems(scan("import s\n\(filler) = 'importer'\nx = '\n")) == [])
    }

    @Test(arguments: shifts)
    func importWordsInsideStatementsAreFoundAtAnyOffset(shift: Int) {
        let filler = String(repeating: "v", count: shift)
        let result = scan("x = \(filler) import t\n# import\ny = \(filler)importer\nimport u\n")
        #expect(result.imports == [plain("u", line: 4)])
        #expect(problems(result) == ["1: invalid syntax: 'import' inside a statement"])
    }

    @Test(arguments: shifts)
    func dottedNamesWrittenWithoutSpacesAndOtherwise(shift: Int) {
        let p = String(repeating: "p", count: shift % 20 + 1)
        let source = """
            from \(p).\(p).\(p) import x
            import \(p).\(p) as y, \(p) . \(p).\(p)
            import \(p).rb"s"
            from \(p).1x import y
            import \(p).\(p).
            import \(p).\u{E9}\(p)
            import \(p).\(p)"s"

            """
        let result = scan(source)
        #expect(
            result.imports == [
                from("\(p).\(p).\(p)", ["x"], line: 1), plain("\(p).\(p)", line: 2), plain("\(p).\(p).\(p)", line: 2),
                plain(p, line: 3), plain("\(p).\(p)", line: 5), plain("\(p).\u{E9}\(p)", line: 6), plain("\(p).\(p)", line: 7),
            ])
        #expect(problems(result) == ["4: invalid syntax: 'from' without 'import'"])
        #expect(scan("import \(p).\(p).").imports == [plain("\(p).\(p)", line: 1)])
        #expect(scan("import \(p).\(p)").imports == [plain("\(p).\(p)", line: 1)])
    }

    @Test(arguments: shifts)
    func namesOfEveryLengthEndAtTheirFirstOtherByte(shift: Int) {
        // Letters of both cases, `_`, digits and a two-byte letter, on every lane of a block.
        let letters = Array("aZ_9\u{E9}x")
        var name = "n"
        while name.utf8.count < shift + 1 { name.append(letters[name.count % letters.count]) }
        let result = scan("from \(name) import \(name) as b\nimport \(name).\(name), \(name)@x\nimport \(name)\n")
        #expect(
            result.imports == [
                from(name, [name], line: 1), plain("\(name).\(name)", line: 2), plain(name, line: 2), plain(name, line: 3),
            ])
        #expect(result.problems.isEmpty)
        #expect(scan("import \(name)").imports == [plain(name, line: 1)])
        #expect(scan("from . import \(name)").imports == [from("", level: 1, [name], line: 1)])
    }

    @Test(arguments: shifts)
    func sourceCheckFindsEachBadByteAtAnyOffset(shift: Int) {
        var text = Array(String(repeating: "import a\n", count: 20).utf8)
        let line = shift / 9 + 1
        func check(_ bytes: [UInt8]) -> SourceCheck.Finding? {
            (bytes + [0, 0xFF]).withUnsafeBufferPointer { SourceCheck.check(UnsafeBufferPointer(rebasing: $0.prefix(bytes.count))) }
        }
        #expect(check(Array(text.prefix(shift))) == nil)
        text[shift] = 0
        #expect(check(text) == .binary(line: line))
        text[shift] = 0xFF
        #expect(check(text) == .invalidUTF8(line: line))
        text[shift] = 0xC3  // then a valid two-byte sequence when followed by a continuation byte
        text[shift + 1] = 0xA9
        #expect(check(text) == nil)
        #expect(check(Array(text.prefix(shift + 1))) == .invalidUTF8(line: line))
        text[shift + 1] = UInt8(ascii: "x")
        #expect(check(text) == .invalidUTF8(line: line))
    }
}
