import Foundation
import Testing

/// Compares rendered output with a file in Tests/Fixtures/reporting-golden/.
/// `ARCHLINT_UPDATE_GOLDEN=1 swift test --filter ArchlintReportingTests` rewrites the files instead;
/// review the diff before committing.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/reporting-golden")

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = url(name)
        if try GoldenUpdate.rewrite(url, with: actual, sourceLocation: sourceLocation) { return }
        let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(actual == expected, "output differs from \(name); rerun with ARCHLINT_UPDATE_GOLDEN=1 to update it", sourceLocation: sourceLocation)
    }
}
