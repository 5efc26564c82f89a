import ArchlintContracts
import ArchlintGraph
import ArchlintReporting
import Testing

@Suite struct XcodeReporterTests {
    @Test func oneLinePerStatementOfTheFirstLink() {
        let first = ChainLink(importer: "App", imported: "Core", path: "Sources/App/A.swift", lines: [3],
                              locations: [SourceLocation(path: "Sources/App/A.swift", line: 3),
                                          SourceLocation(path: "Sources/App/B.swift", line: 7)])
        let second = ChainLink(importer: "Core", imported: "Storage", path: "Sources/Core/C.swift", lines: [1])
        let result = ContractResult(
            metadata: ContractMetadata(id: "no-storage", name: "App never\nreaches storage", type: "forbidden"),
            violations: [Violation(importer: "App", imported: "Storage", chains: [[first, second], [first]])],
            warnings: ["unmatched\nignore"])
        let text = XcodeReporter(pathPrefix: "pkg/").render(Report(summary: .init(files: 3, modules: 3, imports: 2), results: [result]))
        #expect(text == """
            pkg/Sources/App/A.swift:3:1: error: App is not allowed to import Storage: App -> Core -> Storage [no-storage]
            pkg/Sources/App/B.swift:7:1: error: App is not allowed to import Storage: App -> Core -> Storage [no-storage]
            warning: App never reaches storage: unmatched ignore [no-storage]

            """)
    }

    @Test func aKeptRunPrintsNothing() {
        #expect(XcodeReporter().render(Report(summary: .init(files: 1, modules: 1, imports: 0), results: [SampleReport.protectedDB])) == "")
    }

    @Test func withABaselineOnlyNewImportsAreErrors() {
        let text = XcodeReporter().render(SampleReport.baselinedReport)
        #expect(!text.contains("FeatureA -> FeatureB ["))
        #expect(text.contains("Sources/FeatureA/Home.swift:4:1: error: FeatureA is not allowed to import FeatureC"))
    }
}
