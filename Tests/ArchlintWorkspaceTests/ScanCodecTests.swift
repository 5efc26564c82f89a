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

/// The Python section of a payload: the arena as one block, then the records, refused when a
/// record points outside the arena or a field is out of range.
@Suite struct PythonScanCodecTests {
    private func payload(arena: [UInt8], records: [[Int]]) -> [UInt8] {
        var writer = ByteWriter()
        writer.write(Optional<SourceCheck.Finding>.none)
        writer.write(true)
        writer.write(0)  // no problems
        writer.write(arena)
        writer.write(records.count)
        for record in records { for field in record { writer.write(field) } }
        return writer.bytes
    }

    @Test func scannedRecordsRoundTripAsTheyAre() throws {
        let scan = PythonImportScanner.scan(Array("import a.b\nfrom ..c import (d, e)\nfrom ﬁ import *\n".utf8))
        let decoded = try #require(PythonFileScan(decoding: PythonFileScan(finding: nil, scan: scan).encoded())?.scan)
        #expect(decoded.nameBytes == scan.nameBytes)
        #expect(decoded.records == scan.records)
    }

    @Test func recordsOutsideTheArenaOrOutOfRangeAreRefused() {
        #expect(PythonFileScan(decoding: payload(arena: Array("ab".utf8), records: [[0, 2, 2, 0, 1, 0, 8]])) != nil)
        #expect(PythonFileScan(decoding: payload(arena: Array("ab".utf8), records: [[0, 3, 3, 0, 1, 0, 8]])) == nil)
        #expect(PythonFileScan(decoding: payload(arena: Array("ab".utf8), records: [[1, 1, 2, 1, 1, 0, 9]])) == nil)
        #expect(PythonFileScan(decoding: payload(arena: Array("ab".utf8), records: [[-1, 1, 2, 0, 1, 0, 8]])) == nil)
        #expect(PythonFileScan(decoding: payload(arena: Array("ab".utf8), records: [[0, 1, 1, 0, 1 << 33, 0, 8]])) == nil)
        #expect(PythonFileScan(decoding: payload(arena: Array("ab".utf8), records: [[0, 1, 1, 0, 1, 0, 256]])) == nil)
        #expect(PythonFileScan(decoding: payload(arena: Array("ab".utf8), records: [[0, 1, 1, 1, 1, 0, 1]])) == nil)
    }

    @Test func everyTruncationOrFlippedByteIsRefusedOrDecodedSafely() {
        let scan = PythonImportScanner.scan(Array("import a.b\nfrom ..c import (d, e)\nimport é\n".utf8))
        let payload = PythonFileScan(finding: .invalidUTF8(line: 2), scan: scan).encoded()
        for count in 0..<payload.count { #expect(PythonFileScan(decoding: Array(payload.prefix(count))) == nil) }
        for index in payload.indices {
            for flip: UInt8 in [0x01, 0x80, 0xFF] {
                var damaged = payload
                damaged[index] ^= flip
                if let decoded = PythonFileScan(decoding: damaged)?.scan {
                    _ = decoded.imports  // any decoded scan is safe to read
                    #expect(decoded.records.allSatisfy { $0.module.upperBound <= decoded.nameBytes.count })
                }
            }
        }
    }
}
