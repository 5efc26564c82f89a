import Testing
@testable import ArchlintScanning

private func check(_ bytes: [UInt8]) -> PythonSourceCheck.Finding? {
    bytes.withUnsafeBufferPointer { PythonSourceCheck.check($0) }
}

@Suite struct PythonSourceCheckTests {
    @Test func asciiAndUTF8AreFine() {
        #expect(check(Array("import a\nx = 'é ✓ 𝄞'\n".utf8)) == nil)
        #expect(check(Array(String(repeating: "abcdefgh", count: 100).utf8)) == nil)
        #expect(check([]) == nil)
    }

    @Test func nulByteMeansBinary() {
        #expect(check(Array("import a\nimport b\n".utf8) + [0] + Array("rest".utf8)) == .binary(line: 3))
        #expect(check(Array("0123456789abcdef".utf8) + [0]) == .binary(line: 1))
    }

    @Test func invalidUTF8WithoutDeclarationIsReportedWithItsLine() {
        #expect(check(Array("a = 1\r\nb = '".utf8) + [0xE9] + Array("'\n".utf8)) == .invalidUTF8(line: 2))
        // Overlong encodings, surrogates and truncated sequences are not UTF-8.
        #expect(check([0xC0, 0x80]) == .invalidUTF8(line: 1))
        #expect(check([0xED, 0xA0, 0x80]) == .invalidUTF8(line: 1))
        #expect(check(Array("x".utf8) + [0xE2, 0x82]) == .invalidUTF8(line: 1))
    }

    @Test func aDeclaredEncodingOtherThanUTF8AcceptsOtherBytes() {
        let latin1 = Array("# -*- coding: latin-1 -*-\nname = '".utf8) + [0xE9] + Array("'\n".utf8)
        #expect(check(latin1) == nil)
        let secondLine = Array("#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nx = '".utf8) + [0x93] + Array("'\n".utf8)
        #expect(check(secondLine) == nil)
        let declaredUTF8 = Array("# coding: utf-8\nx = '".utf8) + [0xE9] + Array("'\n".utf8)
        #expect(check(declaredUTF8) == .invalidUTF8(line: 2))
    }

    @Test func declarationsCountOnlyOnTheFirstTwoLines() {
        let bytes = Array("x = 1\n# coding: latin-1\n".utf8)
        #expect(bytes.withUnsafeBufferPointer { PythonSourceCheck.declaredEncoding($0) } == nil)
        let third = Array("#\n#\n# coding: latin-1\n".utf8)
        #expect(third.withUnsafeBufferPointer { PythonSourceCheck.declaredEncoding($0) } == nil)
        let first = Array("# -*- coding: iso-8859-15 -*-\n".utf8)
        #expect(first.withUnsafeBufferPointer { PythonSourceCheck.declaredEncoding($0) } == "iso-8859-15")
    }
}
