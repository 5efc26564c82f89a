import Foundation
import Testing

/// The end-to-end goldens run cold (see `ArchlintProcess.run`); this suite checks the other half:
/// on a private copy of every fixture and example that has goldens, a first run (which fills the
/// cache), a second run (which reads it) and a `--no-cache` run print the same bytes and exit
/// the same way, for the text and JSON reports and the graph.
@Suite struct WarmEqualsColdTests {
    static let folders = [
        "Examples/python-shop", "Examples/SwiftApp", "Tests/Fixtures/python-forbidden", "Tests/Fixtures/python-contracts",
        "Tests/Fixtures/swift-declared",
    ]

    /// A copy whose files are dated an hour back, so the cache trusts them (see `ScanCache.Stamp.isSettled`).
    private func copy(_ relativePath: String) throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-warm-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: ArchlintProcess.packageRoot.appendingPathComponent(relativePath), to: target)
        try? FileManager.default.removeItem(at: target.appendingPathComponent(".archlint_cache"))
        let past = Date(timeIntervalSinceNow: -3600)
        let items = FileManager.default.enumerator(at: target, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
        for item in items + [target] { try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: item.path) }
        return target
    }

    @Test(arguments: folders)
    func aWarmRunPrintsWhatAColdRunPrints(folder: String) throws {
        let copy = try copy(folder)
        defer { try? FileManager.default.removeItem(at: copy) }
        for arguments in [["check"], ["check", "--format", "json"], ["graph"]] {
            let cold = try ArchlintProcess.run(arguments + ["--no-cache"], in: copy)
            let filling = try ArchlintProcess.run(arguments, in: copy)
            let warm = try ArchlintProcess.run(arguments, in: copy)
            #expect(cold.exitCode != 2, "\(arguments) failed in \(folder): \(cold.stderr)")
            #expect(filling == cold, "\(arguments) in \(folder): the run that fills the cache differs from a cold one")
            #expect(warm == cold, "\(arguments) in \(folder): the run from the cache differs from a cold one")
        }
        #expect(FileManager.default.fileExists(atPath: copy.appendingPathComponent(".archlint_cache").path))
    }
}
