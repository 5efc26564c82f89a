import ArchlintContracts
import ArchlintReporting
import Testing

@Suite struct JUnitReporterTests {
    @Test func escapesAttributesTextAndCharactersXMLForbids() {
        let result = ContractResult(
            metadata: ContractMetadata(id: "i\"d", name: "a\tb\nc\r'd'", type: "forbidden",
                                       brokenContractGuidance: "bell\u{7} cr\r tab\t ]]> end"),
            violations: [Violation(importer: "a", imported: "b", chains: [[SampleReport.link("a", "b", "p.py", [2])]])])
        let xml = JUnitReporter().render(Report(summary: .init(files: 1, modules: 2, imports: 1), results: [result]))
        #expect(xml.contains("<testsuite name=\"a&#9;b&#10;c&#13;&apos;d&apos;\" tests=\"1\" failures=\"1\""))
        #expect(xml.contains("<testcase classname=\"i&quot;d\" name=\"a -&gt; b (p.py:2)\">"))
        #expect(xml.contains("\n\nbell\\u{7} cr&#13; tab\t ]]&gt; end</failure>"))
    }
}
