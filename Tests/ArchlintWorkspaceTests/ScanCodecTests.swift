import ArchlintGraph
import ArchlintScanning
import Testing
@testable import ArchlintWorkspace

/// Every field of a file's scan survives the cache; malformed payloads are refused.
@Suite struct ScanCodecTests {
    @Test func pythonScansRoundTrip() throws {
        let scan = PythonScan(
            imports: [
                PythonImport(form: .plain, module: "a.b", line: 1),
                PythonImport(form: .from, level: 2, module: "", names: ["x", "*"], line: 7, isTypeChecking: true, isLazy: true),
            ],
            problems: [PythonSourceProblem(line: 9, message: "unterminated string")])
        let decoded = try #require(PythonFileScan(decoding: PythonFileScan(finding: .invalidUTF8(line: 3), scan: scan).encoded()))
        #expect(decoded.finding == .invalidUTF8(line: 3))
        #expect(decoded.scan?.imports == scan.imports)
        #expect(decoded.scan?.problems == scan.problems)
        let binary = try #require(PythonFileScan(decoding: PythonFileScan(finding: .binary(line: 2), scan: nil).encoded()))
        #expect(binary.finding == .binary(line: 2))
        #expect(binary.scan == nil)
    }

    @Test func swiftScansRoundTrip() throws {
        let scan = SwiftSourceScan(
            imports: [
                SwiftImport(path: ["Foundation"], line: 1),
                SwiftImport(path: ["Shop", "Cart"], line: 4, kind: .struct, attributes: [.testable, .spi],
                            attributeNames: ["testable", "_spi"], accessLevel: .package, isConditional: true, condition: "!(DEBUG)"),
            ],
            problems: [SwiftLexProblem(line: 5, message: "unterminated comment")])
        let decoded = try #require(SwiftFileScan(decoding: SwiftFileScan(finding: nil, scan: scan).encoded()))
        #expect(decoded.finding == nil)
        #expect(decoded.scan?.imports == scan.imports)
        #expect(decoded.scan?.problems == scan.problems)
    }

    @Test func malformedPayloadsAreRefused() {
        let payload = SwiftFileScan(finding: nil, scan: SwiftSourceScan(imports: [SwiftImport(path: ["A"], line: 1)])).encoded()
        #expect(SwiftFileScan(decoding: Array(payload.dropLast())) == nil)
        #expect(SwiftFileScan(decoding: payload + [0]) == nil)
        #expect(PythonFileScan(decoding: [7]) == nil)
    }
}
