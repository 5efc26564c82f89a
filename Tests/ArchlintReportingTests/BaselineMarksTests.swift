import ArchlintContracts
import ArchlintGraph
import ArchlintReporting
import Testing

@Suite struct BaselineMarksTests {
    private let metadata = ContractMetadata(id: "features", name: "Features", type: "independence")

    @Test func aViolationIsNewWhenAnyOfItsFirstLinksIsNew() {
        let known = SampleReport.link("a.views", "b.search", "a/views.py", [1])
        let new = SampleReport.link("a.models", "b.prices", "a/models.py", [1])
        let violation = Violation(importer: "a", imported: "b", chains: [[known], [new]])
        let marks = BaselineMarks(known: [DirectImportKey(contractID: "features", link: known)])
        #expect(marks.isNew(violation, contractID: "features"))
        #expect(!marks.isNew(Violation(importer: "a", imported: "b", chains: [[known]]), contractID: "features"))
        #expect(marks.isNew(Violation(importer: "a", imported: "b", chains: [[known]]), contractID: "other"))

        let reported = marks.newOnly(ContractResult(metadata: metadata, violations: [violation]))
        #expect(reported.violations.map(\.chains) == [[[new]]])
    }

    @Test func onlyTheFirstLinkCounts() {
        // The same first import reaching further through another module is still the known import.
        let first = SampleReport.link("a.views", "c.util", "a/views.py", [1])
        let marks = BaselineMarks(known: [DirectImportKey(contractID: "features", link: first)])
        let longer = Violation(importer: "a", imported: "b", chains: [[first, SampleReport.link("c.util", "b.api", "c/util.py", [4])]])
        #expect(!marks.isNew(longer, contractID: "features"))
        #expect(Report(summary: .init(files: 1, modules: 1, imports: 1), results: [ContractResult(metadata: metadata, violations: [longer])],
                       baseline: marks).brokenCount == 0)
    }
}
