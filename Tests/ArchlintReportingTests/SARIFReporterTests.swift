import ArchlintContracts
import ArchlintGraph
import ArchlintReporting
import Testing

@Suite struct SARIFReporterTests {
    private func render(line: Int, imported: ModuleName = "requests", path: String = "src/a.py",
                        known: Set<DirectImportKey>? = nil, prefix: String = "") -> String {
        let result = ContractResult(
            metadata: ContractMetadata(id: "pure", name: "Pure", type: "forbidden"),
            violations: [Violation(importer: "a", imported: imported, chains: [[SampleReport.link("a", "\(imported)", path, [line])]])])
        return SARIFReporter(toolVersion: "9", pathPrefix: prefix)
            .render(Report(summary: .init(files: 1, modules: 1, imports: 1), results: [result],
                           baseline: known.map { BaselineMarks(known: $0) }))
    }

    private func fingerprint(_ sarif: String) -> Substring? {
        guard let key = sarif.range(of: "\"archlintViolation/v1\": \"") else { return nil }
        return sarif[key.upperBound...].prefix(16)
    }

    @Test func fingerprintIgnoresLinesButNotTheViolation() throws {
        let original = try #require(fingerprint(render(line: 3)))
        #expect(fingerprint(render(line: 40, path: "src/a.py")) == original)
        #expect(fingerprint(render(line: 3, imported: "httpx")) != original)
        #expect(render(line: 3) != render(line: 40))
    }

    @Test func onlyBaselinedViolationsAreSuppressed() {
        #expect(!render(line: 1).contains("suppressions"))
        #expect(!render(line: 1).contains("baselineState"))
        let other = render(line: 1, known: [DirectImportKey(contractID: "other", importer: "a", imported: "requests")])
        #expect(!other.contains("suppressions"))
        #expect(other.contains("\"baselineState\": \"new\""))
        let suppressed = render(line: 1, known: [DirectImportKey(contractID: "pure", importer: "a", imported: "requests")])
        #expect(suppressed.contains("\"baselineState\": \"unchanged\",\n          \"suppressions\": [\n            {\n              \"kind\": \"external\""))
    }

    @Test func pathsArePrefixedAndPercentEncoded() {
        let sarif = render(line: 1, path: "My App/ä #1?.swift", prefix: "repo:sub/")
        #expect(sarif.contains("\"uri\": \"repo%3Asub/My%20App/%C3%A4%20%231%3F.swift\""))
    }

    @Test func keysSortByContractImporterImported() {
        let keys = [DirectImportKey(contractID: "b", importer: "a", imported: "a"),
                    DirectImportKey(contractID: "a", importer: "b", imported: "a"),
                    DirectImportKey(contractID: "a", importer: "a", imported: "b")]
        #expect(keys.sorted().map { "\($0.contractID) \($0.importer) \($0.imported)" } == ["a a b", "a b a", "b a a"])
    }
}
