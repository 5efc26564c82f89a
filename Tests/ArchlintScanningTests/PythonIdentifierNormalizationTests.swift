import Foundation
import Testing
@testable import ArchlintScanning

/// Identifiers read as Python reads them, in NFKC form.
@Suite struct PythonIdentifierNormalizationTests {
    @Test func aLigatureInAnImportedNameIsItsLetters() {
        #expect(pythonImports("from . import \u{FB01}le\nimport \u{FF53}hop.\u{1D41D}omain\n") == [
            from("", level: 1, ["file"], line: 1), plain("shop.domain", line: 2),
        ])
    }

    /// Every character the table maps, against Python 3.11's `unicodedata.normalize("NFKC", c)`.
    @Test func theTableAgreesWithPython() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/python-nfkc/nfkc-python3.11.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.count > 800)
        for line in lines {
            let fields = line.split(separator: "\t", maxSplits: 1)
            let scalar = try #require(UInt32(fields[0], radix: 16).flatMap(Unicode.Scalar.init))
            #expect(PythonIdentifierNormalization.normalized(String(scalar)) == String(fields[1]), "U+\(fields[0])")
        }
    }

    @Test func asciiNamesAreLeftAsTheyAre() {
        #expect(PythonIdentifierNormalization.normalized("shop.domain_2") == "shop.domain_2")
        #expect(PythonIdentifierNormalization.normalized("caf\u{E9}") == "caf\u{E9}")
    }
}
