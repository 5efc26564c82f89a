import ArchlintScanning
import Foundation
import Testing

/// The NFKC table of the Python scanner against Python's own normalisation (kept here, where
/// tests may read files, so the scanner's tests stay free of Foundation).
@Suite struct PythonIdentifierTableTests {
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

}
