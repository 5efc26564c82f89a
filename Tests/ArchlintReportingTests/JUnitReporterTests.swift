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
        #expect(xml.contains("<testcase classname=\"i&quot;d\" name=\"a -&gt; b (p.py:2)\" file=\"p.py\">"))
        #expect(xml.contains("\n\nbell\\u{7} cr&#13; tab\t ]]&gt; end</failure>"))
    }
}

@Suite struct JUnitTimeAndFileTests {
    @Test func timeHasMillisecondPrecisionAndFileIsFromTheRepositoryRoot() {
        let result = ContractResult(
            metadata: ContractMetadata(id: "pure", name: "Pure", type: "forbidden"),
            violations: [Violation(importer: "a", imported: "b", chains: [[SampleReport.link("a", "b", "src/a.py", [2])]])])
        let xml = JUnitReporter(pathPrefix: "service/").render(
            Report(summary: .init(files: 1, modules: 2, imports: 1), results: [result, SampleReport.protectedDB],
                   seconds: ["pure": 1.23456, "protected-db": 0.0005]))
        #expect(xml.contains("<testsuites name=\"archlint\" tests=\"2\" failures=\"1\" errors=\"0\" time=\"1.235\">"))
        #expect(xml.contains("failures=\"1\" errors=\"0\" skipped=\"0\" time=\"1.235\">"))
        #expect(xml.contains("<testcase classname=\"pure\" name=\"a -&gt; b (src/a.py:2)\" file=\"service/src/a.py\">"))
        #expect(xml.contains("name=\"Only &lt;repositories&gt; &amp; &apos;migrations&apos; touch &quot;db&quot;\" time=\"0.001\"/>"))
    }

    @Test func withoutMeasurementsThereIsNoTime() {
        #expect(!JUnitReporter().render(SampleReport.report).contains("time="))
    }
}
