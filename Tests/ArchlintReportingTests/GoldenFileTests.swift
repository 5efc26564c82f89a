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
        let reporter = SARIFReporter(toolVersion: "1.2.3", informationURI: "https://example.com/archlint")
        try Golden.check(reporter.render(SampleReport.baselinedReport), against: "sarif.json")
    }

    @Test func junit() throws {
        try Golden.check(JUnitReporter(pathPrefix: "app").render(SampleReport.timedReport), against: "junit.xml")
    }

    @Test func xcode() throws {
        try Golden.check(XcodeReporter(pathPrefix: "app").render(SampleReport.report), against: "xcode.txt")
    }

    @Test func gitlab() throws {
        try Golden.check(GitLabReporter(pathPrefix: "app").render(SampleReport.report), against: "gitlab.json")
    }

    /// With a baseline, text marks new imports and names stale entries; JSON marks every violation.
    @Test func baselined() throws {
        try Golden.check(TextReporter().render(SampleReport.baselinedReport), against: "text.baseline.txt")
        try Golden.check(JSONReporter().render(SampleReport.baselinedReport), against: "json.baseline.json")
    }

    @Test func quietText() throws {
        try Golden.check(TextReporter(quiet: true).render(SampleReport.report), against: "text.quiet.txt")
    }
}
