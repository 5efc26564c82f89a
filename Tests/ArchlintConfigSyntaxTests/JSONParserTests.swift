import Testing
@testable import ArchlintConfigSyntax

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    @Test func stringsDecodeEveryEscape() throws {
        let value = try parse(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#)
        guard case .string(let text) = value.kind else { Issue.record("not a string"); return }
        #expect(text == "a\"b\\c/d\n\té😀")
    }

    @Test func valuesRememberTheirPosition() throws {
        let value = try parse("{\n  \"a\": [1,\n    true]\n}")
        guard case .object(let members) = value.kind, case .array(let items) = members[0].value.kind else {
            Issue.record("unexpected shape"); return
        }
        #expect((members[0].value.line, members[0].value.column) == (2, 8))
        #expect((items[1].line, items[1].column) == (3, 5))
    }

    @Test func malformedDocumentsAreRejectedWithAPosition() {
        let cases: [(String, String)] = [
            ("[01]", "1:3: unexpected '1', expected ',' or ']'"),
            ("\"\\x\"", "1:2: invalid escape '\\x' in string"),
            ("\"a\nb\"", "1:3: unterminated string (strings cannot span lines)"),
            ("{\"a\" 1}", "1:6: unexpected '1', expected ':' after the key"),
            ("[\"\\ud800\"]", "1:9: unpaired surrogate in \\u escape"),
            ("nul", "1:1: unexpected 'n', expected a value"),
            (String(repeating: "[", count: 600), "1:513: nesting deeper than 512 levels"),
        ]
        for (text, expected) in cases {
            do {
                _ = try JSONParser.parse(Array(text.utf8))
                Issue.record("accepted \(text)")
            } catch {
                #expect("\(error.line):\(error.column): \(error.message)" == expected)
            }
        }
    }

    @Test func aByteOrderMarkIsTolerated() throws {
        let value = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8))
        guard case .object(let members) = value.kind else { Issue.record("not an object"); return }
        #expect(members.isEmpty)
    }
}
