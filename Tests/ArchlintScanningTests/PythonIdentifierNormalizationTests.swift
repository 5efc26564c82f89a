import Testing
@testable import ArchlintScanning

/// Identifiers read as Python reads them, in NFKC form.
@Suite struct PythonIdentifierNormalizationTests {
    @Test func aLigatureInAnImportedNameIsItsLetters() {
        #expect(pythonImports("from . import \u{FB01}le\nimport \u{FF53}hop.\u{1D41D}omain\n") == [
            from("", level: 1, ["file"], line: 1), plain("shop.domain", line: 2),
        ])
    }

    @Test func asciiNamesAreLeftAsTheyAre() {
        #expect(PythonIdentifierNormalization.normalized("shop.domain_2") == "shop.domain_2")
        #expect(PythonIdentifierNormalization.normalized("caf\u{E9}") == "caf\u{E9}")
    }
}
