import Foundation
import Testing

/// `ARCHLINT_UPDATE_GOLDEN=1` rewrites golden files instead of comparing them. A rewrite that
/// changes a file is recorded as a failure (review the diff, then run again), so an update run
/// never passes silently; under CI (`CI=true`) the variable is refused outright.
enum GoldenUpdate {
    /// True when the golden file was handled here (update mode); false to compare as usual.
    static func rewrite(_ golden: URL, with actual: String, sourceLocation: SourceLocation) throws -> Bool {
        let environment = ProcessInfo.processInfo.environment
        guard environment["ARCHLINT_UPDATE_GOLDEN"] == "1" else { return false }
        if environment["CI"] == "true" {
            Issue.record("ARCHLINT_UPDATE_GOLDEN=1 is refused in CI: golden files are compared, never rewritten there",
                         sourceLocation: sourceLocation)
            return true
        }
        let old = try? Data(contentsOf: golden)
        guard old != Data(actual.utf8) else { return true }
        try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: golden)
        Issue.record("rewrote golden file \(golden.path); review the diff and run the tests again", sourceLocation: sourceLocation)
        return true
    }
}
