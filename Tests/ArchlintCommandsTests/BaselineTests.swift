import Foundation
import Testing

/// The baseline round trip a team goes through when adopting archlint on a codebase that
/// already breaks its contracts.
@Suite struct BaselineTests {
    /// A private copy of the python-contracts fixture, so the test can edit its code.
    private func copyOfFixture() throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-baseline-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: ArchlintProcess.fixture("python-contracts"), to: target)
        try? FileManager.default.removeItem(at: target.appendingPathComponent("expected"))
        try? FileManager.default.removeItem(at: target.appendingPathComponent(".archlint_cache"))
        return target
    }

    @Test func roundTrip() throws {
        let folder = try copyOfFixture()
        defer { try? FileManager.default.removeItem(at: folder) }

        let written = try ArchlintProcess.run(["baseline"], in: folder)
        #expect(written == .init(stdout: "Wrote 8 violating imports of 6 contracts to archlint-baseline.json.\n", stderr: "", exitCode: 0))
        let baseline = try String(contentsOf: folder.appendingPathComponent("archlint-baseline.json"), encoding: .utf8)
        #expect(baseline.hasPrefix("{\n  \"version\": 2,\n  \"imports\": [\n"))
        #expect(baseline.contains("\"contract\": \"layers\",\n      \"importer\": \"bank.models.account\",\n      \"imported\": \"bank.util.text\"\n"))
        #expect(!baseline.contains("line"))

        // Everything known: the check passes.
        let clean = try ArchlintProcess.run(["check", "--baseline", "archlint-baseline.json"], in: folder)
        #expect(clean.exitCode == 0)
        #expect(clean.stdout.contains("8 known imports left out by the baseline."))

        // A new import: exit 1, naming only the new one, marked new.
        let util = folder.appendingPathComponent("src/bank/util/text.py")
        try (try String(contentsOf: util, encoding: .utf8) + "from bank.web import views\n").write(to: util, atomically: true, encoding: .utf8)
        let broken = try ArchlintProcess.run(["check", "--baseline", "archlint-baseline.json"], in: folder)
        #expect(broken.exitCode == 1)
        #expect(broken.stdout.contains("bank.util is not allowed to import bank.web:"))
        #expect(broken.stdout.contains("- bank.util.text -> bank.web.views (src/bank/util/text.py:4) [new]"))
        // models -> web (layers) now exists too, but through bank.models.account -> bank.util.text, a
        // direct import the baseline accepts: the import to change is the new one reported above.
        #expect(!broken.stdout.contains("bank.models is not allowed to import bank.web"))
        #expect(!broken.stdout.contains("bank.models is not allowed to import bank.services"))
        #expect(!broken.stdout.contains("bank.plugins"))
        #expect(broken.stdout.hasSuffix("Contracts: 5 kept, 1 broken.\n"))

        // Undo it and fix a known one: the check passes and names the stale entry.
        try String(try String(contentsOf: util, encoding: .utf8).dropLast("from bank.web import views\n".count))
            .write(to: util, atomically: true, encoding: .utf8)
        try "".write(to: folder.appendingPathComponent("src/bank/web/admin.py"), atomically: true, encoding: .utf8)
        let fixed = try ArchlintProcess.run(["check", "--baseline", "archlint-baseline.json"], in: folder)
        #expect(fixed.exitCode == 0)
        #expect(fixed.stdout.contains("Stale baseline entries (remove them with `archlint baseline`):\n- models-protected: bank.web.admin -> bank.models.account (fixed)\n"))

        // SARIF keeps baselined violations, marked as suppressed, for code scanning.
        let sarif = try ArchlintProcess.run(["check", "--baseline", "archlint-baseline.json", "--format", "sarif"], in: folder)
        #expect(sarif.exitCode == 0)
        #expect(sarif.stdout.components(separatedBy: "\"suppressions\"").count - 1 == 5)

        // check never rewrites the baseline by itself.
        #expect(try String(contentsOf: folder.appendingPathComponent("archlint-baseline.json"), encoding: .utf8) == baseline)
    }

    @Test func aBrokenBaselineFileIsAnError() throws {
        let folder = try copyOfFixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{\"version\": 2, \"imports\": [{\"contract\": \"x\"}]}".write(
            to: folder.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
        let outcome = try ArchlintProcess.run(["check", "--baseline", "b.json"], in: folder)
        #expect(outcome.exitCode == 2)
        #expect(outcome.stderr == """
            b.json:1:28: error: imports[0]: missing required key "importer"
            b.json:1:28: error: imports[0]: missing required key "imported"

            """)
        let missing = try ArchlintProcess.run(["check", "--baseline", "nope.json"], in: folder)
        #expect(missing.exitCode == 2)
        #expect(missing.stderr == "nope.json: error: cannot read baseline: cannot open file: No such file or directory\n")
    }
}
