import ArchlintReporting
import Testing

/// Every format rendering the same sample report, compared byte for byte with its golden file.
@Suite struct GoldenFileTests {
    @Test func text() throws {
        try Golden.check(TextReporter().render(SampleReport.report), against: "text.txt")
    }

    @Test func json() throws {
        try Golden.check(JSONReporter().render(SampleReport.report), against: "json.json")
    }

    @Test func github() throws {
        try Golden.check(GitHubReporter().render(SampleReport.report), against: "github.txt")
    }

    @Test func sarif() throws {
        let reporter = SARIFReporter(toolVersion: "1.2.3", informationURI: "https://example.com/archlint",
                                     suppressed: SampleReport.baselined)
        try Golden.check(reporter.render(SampleReport.report), against: "sarif.json")
    }

    @Test func junit() throws {
        try Golden.check(JUnitReporter().render(SampleReport.report), against: "junit.xml")
    }
}
