import Testing
@testable import ArchlintConfigSyntax

/// Parses `text`, failing the test on an error.
private func parse(_ text: String) throws -> TOMLTable {
    try TOMLReader.parse(text)
}

/// The error `text` is refused with.
private func error(_ text: String) -> TOMLSyntaxError? {
    do {
        _ = try TOMLReader.parse(text)
        return nil
    } catch {
        return error
    }
}

@Suite struct TOMLReaderTests {
    @Test func readsScalarsWithPositions() throws {
        let root = try parse("a = 1\n  b = \"two\"\nc = true\n")
        #expect(root.keys == ["a", "b", "c"])
        #expect(root["a"]?.integer == 1)
        #expect(root["a"]?.position == TextPosition(line: 1, column: 5))
        #expect(root.member("b")?.keyPosition == TextPosition(line: 2, column: 3))
        #expect(root["b"]?.position == TextPosition(line: 2, column: 7))
        #expect(root["c"]?.bool == true)
    }

    @Test func readsImportLinterSection() throws {
        let root = try parse("""
            [tool.importlinter]
            root_packages = ["shop", "billing"]

            [[tool.importlinter.contracts]]
            name = "Layers"
            layers = [
                "interface",  # top
                "domain",
            ]

            [[tool.importlinter.contracts]]
            name = "Second"
            """)
        let linter = try #require(root["tool"]?.table?["importlinter"]?.table)
        #expect(linter["root_packages"]?.array?.compactMap(\.string) == ["shop", "billing"])
        let contracts = try #require(linter["contracts"]?.array)
        #expect(contracts.count == 2)
        #expect(contracts[0].position == TextPosition(line: 4, column: 1))
        #expect(contracts[0].table?["layers"]?.array?.map(\.position.line) == [7, 8])
        #expect(contracts[1].table?["name"]?.string == "Second")
    }

    @Test func quotedAndDottedKeys() throws {
        let root = try parse("a . \"b.c\" . 'd' = 1\n\"\" = 2\n")
        let b = try #require(root["a"]?.table?["b.c"]?.table)
        #expect(b["d"]?.integer == 1)
        #expect(root[""]?.integer == 2)
        #expect(root["a"]?.table?.member("b.c")?.keyPosition == TextPosition(line: 1, column: 5))
    }

    @Test func basicStringEscapes() throws {
        let root = try parse(#"s = "tab\there \"q\" \\ \u00e9 \U0001F600 \b\f\r\n""#)
        #expect(root["s"]?.string == "tab\there \"q\" \\ é 😀 \u{08}\u{0C}\r\n")
    }

    @Test func multilineStrings() throws {
        let root = try parse("a = \"\"\"\nline1\r\nline2 \\\n     joined\"\"\"\nb = '''\nraw \\n'''\nc = \"\"\"two quotes \"\"\"\"\"\n")
        #expect(root["a"]?.string == "line1\nline2 joined")
        #expect(root["b"]?.string == "raw \\n")
        #expect(root["c"]?.string == "two quotes \"\"")
    }

    @Test func integers() throws {
        let root = try parse("a = +1_000\nb = -0\nc = 0xDEAD_beef\nd = 0o755\ne = 0b1010\nf = -9223372036854775808\ng = 9223372036854775807\n")
        #expect(root.members.map { $0.value.integer } == [1000, 0, 0xDEADBEEF, 0o755, 10, Int64.min, Int64.max])
    }

    @Test func floats() throws {
        let root = try parse("a = 1.5\nb = -2e-3\nc = 6.626_070e+34\nd = inf\ne = -inf\nf = nan\ng = 1e0_1\n")
        let values = root.members.compactMap { value -> Double? in
            if case .float(let number) = value.value.kind { return number }
            return nil
        }
        #expect(values.count == 7)
        #expect(values[0] == 1.5 && values[1] == -0.002 && values[2] == 6.626070e34)
        #expect(values[3] == .infinity && values[4] == -.infinity && values[5].isNaN && values[6] == 10)
    }

    @Test func dateTimes() throws {
        let root = try parse("a = 1979-05-27T07:32:00Z\nb = 1979-05-27 00:32:00.999-07:00\nc = 1979-05-27t07:32:00\nd = 2024-02-29\ne = 07:32:00.5\n")
        let values = root.members.compactMap { member -> TOMLDateTime? in
            if case .dateTime(let value) = member.value.kind { return value }
            return nil
        }
        #expect(values.map(\.kind) == [.offsetDateTime, .offsetDateTime, .localDateTime, .localDate, .localTime])
        #expect(values.map(\.text) == ["1979-05-27T07:32:00Z", "1979-05-27T00:32:00.999-07:00", "1979-05-27T07:32:00", "2024-02-29", "07:32:00.5"])
    }

    @Test func inlineTablesAndMixedArrays() throws {
        let root = try parse("p = { x = 1, y.z = [1, 'a', { w = true }] }\n")
        let p = try #require(root["p"]?.table)
        #expect(p["x"]?.integer == 1)
        let array = try #require(p["y"]?.table?["z"]?.array)
        #expect(array.count == 3)
        #expect(array[2].table?["w"]?.bool == true)
        #expect(array[1].position == TextPosition(line: 1, column: 24))
    }

    @Test func implicitTableMayBeDefinedLater() throws {
        let root = try parse("[a.b.c]\nx = 1\n[a]\ny = 2\n[a.b.d]\n")
        let a = try #require(root["a"]?.table)
        #expect(a.keys == ["b", "y"])
        #expect(root["a"]?.position == TextPosition(line: 3, column: 1))
    }

    @Test func subtablesUnderDottedKeysAndArraysOfTables() throws {
        let root = try parse("[fruit]\napple.color = 'red'\n[fruit.apple.texture]\nsmooth = true\n[[b]]\n[b.c]\nx = 1\n[[b]]\n")
        #expect(root["fruit"]?.table?["apple"]?.table?["texture"]?.table?["smooth"]?.bool == true)
        #expect(root["b"]?.array?.count == 2)
        #expect(root["b"]?.array?[0].table?["c"]?.table?["x"]?.integer == 1)
    }

    @Test func crlfBomAndComments() throws {
        let root = try parse("\u{FEFF}# comment\r\na = 1 # trailing\r\n\r\n[t] # header comment\r\nb = 2")
        #expect(root["a"]?.position == TextPosition(line: 2, column: 5))
        #expect(root["t"]?.table?["b"]?.integer == 2)
    }

    @Test func emptyDocument() throws {
        #expect(try parse("").isEmpty)
        #expect(try parse("\n# only a comment\n   \n").isEmpty)
    }

    @Test(arguments: [
        ("a = 1\na = 2", 2, 1),
        ("[a]\n[a]", 2, 2),
        ("[a]\nb = 1\n[a.b]", 3, 4),
        ("a = {}\n[a.b]", 2, 2),
        ("a = {b = 1}\na.c = 2", 2, 1),
        ("[a.b]\n[a]\nb.c = 1", 3, 1),
        ("a.b = 1\n[a]", 2, 2),
        ("[[a]]\n[a]", 2, 2),
        ("a = [1]\n[[a]]", 2, 3),
        ("[a]\n[[a]]", 2, 3),
        ("p = { x = 1, x = 2 }", 1, 14),
    ])
    func redefinitionsAreRefused(text: String, line: Int, column: Int) throws {
        let refusal = try #require(error(text))
        #expect(refusal.position == TextPosition(line: line, column: column), "\(refusal)")
    }

    @Test(arguments: [
        ("a = 01", 1, 5),
        ("a = 1__0", 1, 5),
        ("a = 0x", 1, 5),
        ("a = +0x1", 1, 5),
        ("a = 9223372036854775808", 1, 5),
        ("a = 1.", 1, 5),
        ("a = .5", 1, 5),
        ("a = 1e", 1, 5),
        ("a = 2021-02-29", 1, 13),
        ("a = 2021-13-01", 1, 10),
        ("a = 24:00:00", 1, 5),
        ("a = 12:00", 1, 10),
        ("a = 1979-05-27T07:32:00Zx", 1, 25),
        ("a = truex", 1, 9),
    ])
    func badScalarsAreRefused(text: String, line: Int, column: Int) throws {
        let refusal = try #require(error(text))
        #expect(refusal.position == TextPosition(line: line, column: column), "\(refusal)")
    }

    @Test(arguments: [
        ("a = \"unterminated\nb = 1", 1, 18),
        ("a = \"bad \\x escape\"", 1, 10),
        ("a = \"\\uD800\"", 1, 6),
        ("a = 'tab\tok but bell \u{07}'", 1, 22),
        ("a = \"\"\"x\\  y\"\"\"", 1, 9),
        ("\"\"\"k\"\"\" = 1", 1, 1),
        ("a = \"\"\"x\"\"\"\"\"\"", 1, 14),
        ("# bell \u{07}\n", 1, 8),
        ("a = 1\rb = 2", 1, 6),
        ("a = { b = 1, }", 1, 14),
        ("a = { b = 1\n}", 1, 12),
        ("a = [1 2]", 1, 8),
        ("a = 1 b = 2", 1, 7),
        ("[a", 1, 3),
        ("[[a]", 1, 5),
        ("= 1", 1, 1),
        ("a = ", 1, 5),
    ])
    func badSyntaxIsRefused(text: String, line: Int, column: Int) throws {
        let refusal = try #require(error(text))
        #expect(refusal.position == TextPosition(line: line, column: column), "\(refusal)")
    }

    @Test func invalidUTF8IsRefusedWhereItIs() throws {
        let refusal = try #require(throwsError([0x61, 0x3D, 0x22, 0x0A, 0x62, 0x20, 0x3D, 0x20, 0x22, 0xC3, 0x28, 0x22]))
        #expect(refusal.position == TextPosition(line: 2, column: 6))
        #expect(refusal.message == "invalid UTF-8")
    }

    @Test func deepNestingIsRefusedNotCrashing() throws {
        let deep = "a = " + String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(error(deep)?.message.contains("deeper") == true)
        let fine = "a = " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(error(fine) == nil)
        let dotted = "a" + String(repeating: ".a", count: 600) + " = 1"
        #expect(error(dotted)?.message.contains("deeper") == true)
    }

    @Test func largeTablesStayFast() throws {
        var text = "[t]\n"
        for index in 0..<20_000 { text += "k\(index) = \(index)\n" }
        let root = try parse(text)
        #expect(root["t"]?.table?.members.count == 20_000)
        #expect(root["t"]?.table?["k19999"]?.position == TextPosition(line: 20_001, column: 10))
    }

    private func throwsError(_ bytes: [UInt8]) -> TOMLSyntaxError? {
        do {
            _ = try TOMLReader.parse(bytes)
            return nil
        } catch {
            return error
        }
    }
}
