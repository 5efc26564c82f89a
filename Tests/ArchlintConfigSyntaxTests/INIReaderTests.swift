import Testing
@testable import ArchlintConfigSyntax

private func parse(_ text: String) throws -> INIDocument {
    try INIReader.parse(text)
}

private func error(_ text: String) -> INISyntaxError? {
    do {
        _ = try INIReader.parse(text)
        return nil
    } catch {
        return error
    }
}

/// Every interpolated key and value of a section.
private func items(_ document: INIDocument, _ section: String) throws -> [String] {
    try (document.items(in: section) ?? []).map { "\($0.key)=\($0.value)" }
}

@Suite struct INIReaderTests {
    @Test func sectionsKeysAndValuesWithPositions() throws {
        let document = try parse("[importlinter]\n  root_package = shop\n  Include_External_Packages: True\n")
        #expect(document.sections.map(\.name) == ["importlinter"])
        let section = try #require(document.section("importlinter"))
        #expect(section.position == TextPosition(line: 1, column: 1))
        #expect(section.options.map(\.key) == ["root_package", "include_external_packages"])
        let option = section.options[1]
        #expect(option.keyPosition == TextPosition(line: 3, column: 3))
        #expect(option.valuePosition == TextPosition(line: 3, column: 30))
        #expect(option.rawValue == "True")
    }

    @Test func deeperIndentedKeyContinuesTheValueAbove() throws {
        // configparser's rule, however odd: any deeper line continues, even one with a delimiter.
        let section = try #require(try parse("[s]\nroot = shop\n  other: True\n").section("s"))
        #expect(section.options.map(\.key) == ["root"])
        #expect(section.options[0].rawValue == "shop\nother: True")
    }

    @Test func firstDelimiterWins() throws {
        let section = try #require(try parse("[s]\na = b: c\nd: e = f\n").section("s"))
        #expect(section.option("a")?.rawValue == "b: c")
        #expect(section.option("d")?.rawValue == "e = f")
    }

    @Test func multilineValuesAsImportLinterSplitsThem() throws {
        let document = try parse("[s]\nlayers =\n    high\n\n    low # kept\n    ; dropped comment\n\n\nnext = 1\n")
        let layers = try #require(try document.item("layers", in: "s"))
        #expect(layers.value == "\nhigh\n\nlow # kept")
        #expect(layers.lines == ["high", "", "low # kept"])
        #expect(layers.option.lines.map(\.position.line) == [2, 3, 4, 5])
        #expect(try document.item("next", in: "s")?.lines == nil)
    }

    @Test func continuationNeedsDeeperIndentThanItsKey() throws {
        let section = try #require(try parse("[s]\n  a = 1\n  b = 2\n    more\n").section("s"))
        #expect(section.option("a")?.rawValue == "1")
        #expect(section.option("b")?.rawValue == "2\nmore")
    }

    @Test func indentedHeaderIsAContinuation() throws {
        let document = try parse("[s]\na = 1\n  [t]\n")
        #expect(document.sections.map(\.name) == ["s"])
        #expect(document.section("s")?.option("a")?.rawValue == "1\n[t]")
    }

    @Test func headerRunsToTheLastBracketAndIgnoresTheRest() throws {
        let document = try parse("[a] b] trailing\nx = 1\n[ spaced ]\n")
        #expect(document.sections.map(\.name) == ["a] b", " spaced "])
    }

    @Test func inlineCommentsAreKept() throws {
        let section = try #require(try parse("[s]\na = 1 # no\nb = 2 ; no\n").section("s"))
        #expect(section.options.map(\.rawValue) == ["1 # no", "2 ; no"])
    }

    @Test func defaultSectionIsInherited() throws {
        let document = try parse("[DEFAULT]\nroot = shop\nshared = yes\n[s]\nshared = no\nown = 1\n")
        #expect(document.sections.map(\.name) == ["s"])
        #expect(try items(document, "s") == ["shared=no", "own=1", "root=shop"])
        #expect(try items(document, "DEFAULT") == ["root=shop", "shared=yes"])
        #expect(try document.item("ROOT", in: "s")?.option.keyPosition == TextPosition(line: 2, column: 1))
    }

    @Test func basicInterpolation() throws {
        let document = try parse("[DEFAULT]\nroot = shop\n[s]\nmod = %(ROOT)s.domain\npct = 100%%\nnested = %(mod)s.x\n")
        #expect(try items(document, "s") == ["mod=shop.domain", "pct=100%", "nested=shop.domain.x", "root=shop"])
    }

    @Test func crAndCrlfEndLines() throws {
        let document = try parse("[s]\r\na = 1\r  more\rb = 2\r\n")
        #expect(document.section("s")?.option("a")?.rawValue == "1\nmore")
        #expect(document.section("s")?.option("b")?.keyPosition == TextPosition(line: 4, column: 1))
    }

    @Test func pythonWhitespaceIsStripped() throws {
        let section = try #require(try parse("[s]\nk\u{A0}= v\u{3000}\n\u{2003}w = x\n\u{3000}").section("s"))
        #expect(section.options.map(\.key) == ["k"])
        #expect(section.option("k")?.rawValue == "v\nw = x")
    }

    @Test func indentIsCountedInCharacters() throws {
        // Two em spaces (six bytes) are two characters: deeper than a one-space key, not a new key.
        let section = try #require(try parse("[s]\n a = 1\n\u{2003}\u{2003}b\n").section("s"))
        #expect(section.option("a")?.rawValue == "1\nb")
    }

    @Test func keysAreLowercasedAndStripped() throws {
        let section = try #require(try parse("[s]\n  Mixed Case Key   =  value  \n").section("s"))
        #expect(section.options.map(\.key) == ["mixed case key"])
        #expect(section.options[0].rawValue == "value")
    }

    @Test func emptyValues() throws {
        let section = try #require(try parse("[s]\na =\nb:\n\n").section("s"))
        #expect(section.options.map(\.rawValue) == ["", ""])
        #expect(section.option("a")?.valuePosition == TextPosition(line: 2, column: 4))
    }

    @Test func bomIsSkipped() throws {
        #expect(try parse("\u{FEFF}[s]\na = 1\n").sections.map(\.name) == ["s"])
    }

    @Test(arguments: [
        ("a = 1\n", 1, 1),
        ("[s]\n[t]\n[s]\n", 3, 1),
        ("[s]\na = 1\nA = 2\n", 3, 1),
        ("[DEFAULT]\na = 1\n[DEFAULT]\na = 2\n", 4, 1),
        ("[s]\nwords only\n", 2, 1),
        ("[s]\n  = value\n", 2, 3),
        ("[s]\n[]\n", 2, 1),
        ("[s]\na = \u{FF}\n", 2, 5),
    ])
    func malformedFilesAreRefused(text: String, line: Int, column: Int) throws {
        // The `\u{FF}` case is valid text; make it an invalid byte.
        let input = text.contains("\u{FF}") ? Array("[s]\na = ".utf8) + [0xFF, 0x0A] : Array(text.utf8)
        var refusal: INISyntaxError?
        do { _ = try INIReader.parse(input) } catch { refusal = error }
        let found = try #require(refusal, "\(text)")
        #expect(found.position == TextPosition(line: line, column: column), "\(found)")
    }

    @Test func indentedDuplicateIsAContinuation() throws {
        #expect(error("[s]\na = 1\n  A = 2\n") == nil)
    }

    @Test(arguments: [
        ("[s]\na = 50%\n", 2, 7),
        ("[s]\na = %(b\n", 2, 5),
        ("[s]\na = x %(missing)s\n", 2, 7),
        ("[s]\na =\n  line\n  %(missing)s\n", 4, 3),
        ("[s]\na = %(b)s\nb = %(a)s\n", 2, 5),
        ("[s]\na = %(b)s\nb = %(x\n", 2, 5),
        ("[s]\na = %(b)s\nb = 50%\n", 2, 5),
    ])
    func interpolationErrorsSurfaceWhenRead(text: String, line: Int, column: Int) throws {
        let document = try parse(text)
        var refusal: INISyntaxError?
        do { _ = try document.item("a", in: "s") } catch { refusal = error }
        let found = try #require(refusal, "\(text)")
        #expect(found.position == TextPosition(line: line, column: column), "\(found)")
    }

    @Test func interpolationDepthLimitIsTen() throws {
        var text = "[s]\n"
        for index in 0..<9 { text += "k\(index) = %(k\(index + 1))s\n" }
        text += "k9 = end\n"
        #expect(try parse(text).item("k0", in: "s")?.value == "end")
        text += "k10 = %(k0)s\nk11 = %(k10)s\n"
        // k10 reaches "end" at depth 10; k11 needs an eleventh level.
        #expect(try parse(text).item("k10", in: "s")?.value == "end")
        #expect(throws: INISyntaxError.self) { try parse(text).item("k11", in: "s") }
    }

    @Test func missingSectionIsNil() throws {
        let document = try parse("[s]\n")
        #expect(document.section("t") == nil)
        #expect(try document.items(in: "t") == nil)
        #expect(try document.item("a", in: "s") == nil)
    }
}

@Suite struct INIInterpolationTests {
    @Test func escapedPercentInAReferencedValueIsOnePercent() throws {
        let document = try INIReader.parse("[s]\na = %(b)s\nb = %%(x\n")
        #expect(try document.item("a", in: "s")?.value == "%(x")
        #expect(try document.item("b", in: "s")?.value == "%(x")
    }
}
