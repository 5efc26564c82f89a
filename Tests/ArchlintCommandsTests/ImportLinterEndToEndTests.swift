import Foundation
import Testing

/// `archlint check` on a FastAPI-shaped service configured only by import-linter's
/// `pyproject.toml`: the report's golden files, and the verdicts and violation pairs that
/// `lint-imports` 2.16 gave on the same folder (its output is kept beside the goldens).
@Suite struct ImportLinterEndToEndTests {
    private let fixture = ArchlintProcess.fixture("importlinter-fastapi")

    private func expected(_ name: String) -> URL {
        fixture.appendingPathComponent("expected").appendingPathComponent(name)
    }

    @Test(arguments: [("text", "check.txt"), ("json", "check.json")])
    func theReportOfAPyprojectConfiguration(format: String, file: String) throws {
        let outcome = try ArchlintProcess.run(["check", "--format", format], in: fixture)
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr == "")
        try ArchlintProcess.expectGolden(outcome.stdout, expected(file))
    }

    @Test func verdictsAndPairsAreLintImportsOwn() throws {
        let outcome = try ArchlintProcess.run(["check", "--format", "json"], in: fixture)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        var archlint: [String: (status: String, pairs: Set<String>)] = [:]
        for case let contract as [String: Any] in report["contracts"] as? [Any] ?? [] {
            let pairs = (contract["violations"] as? [[String: Any]] ?? []).map { "\($0["importer"]!) -> \($0["imported"]!)" }
            archlint[contract["name"] as! String] = ((contract["status"] as! String).uppercased(), Set(pairs))
        }
        let lintImports = try Self.parseLintImports(String(contentsOf: expected("lint-imports-2.16.txt"), encoding: .utf8))
        #expect(lintImports.count == 2)
        for (name, verdict) in lintImports {
            #expect(archlint[name]?.status == verdict.status, "\(name)")
            #expect(archlint[name]?.pairs == verdict.pairs, "\(name)")
        }
    }

    @Test func theLintImportsCommandLineIsAccepted() throws {
        let plain = try ArchlintProcess.run(["check"], in: fixture)
        let flagged = try ArchlintProcess.run(["check", "--config", "pyproject.toml", "--no-logo", "--debug", "--contract",
                                               "features-are-independent", "--contract", "shared-layer-does-not-depend-on-features"],
                                              in: fixture)
        #expect(flagged == plain)
        let verbose = try ArchlintProcess.run(["check", "--verbose"], in: fixture)
        #expect(verbose.stdout == plain.stdout)
        #expect(verbose.stderr.contains("archlint: root package src found in src/\n"))
        #expect(verbose.stderr.contains("archlint: checked Features are independent: BROKEN in "))
    }

    @Test func migrateWritesAContractsJSONThatReportsByteForByteTheSame() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-migrate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: fixture, to: copy)
        try FileManager.default.createDirectory(at: copy.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: copy.appendingPathComponent("expected"))
        let original = try ArchlintProcess.run(["check", "--format", "json", "--no-cache"], in: copy)
        let migrate = try ArchlintProcess.run(["migrate"], in: copy)
        #expect(migrate.exitCode == 0)
        #expect(migrate.stdout.hasPrefix("Wrote contracts.json with 2 contracts from pyproject.toml."))
        let migrated = try ArchlintProcess.run(["check", "--format", "json", "--no-cache"], in: copy)
        #expect(migrated.exitCode == original.exitCode)
        #expect(migrated.stdout == original.stdout)
        // Both files now exist: contracts.json wins, and stderr says which file it left aside.
        #expect(migrated.stderr == "archlint: using contracts.json; the import-linter configuration in pyproject.toml is ignored\n")
        let again = try ArchlintProcess.run(["migrate"], in: copy)
        #expect(again.exitCode == 2)
    }

    @Test func aMisspeltModuleIsNamedWhereItIsWrittenWithTheNearestName() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-typo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: fixture, to: copy)
        let path = copy.appendingPathComponent("pyproject.toml")
        let text = try String(contentsOf: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"src.billing\", \"src.notifications\"]\n\nEOF", with: "")
            .replacingOccurrences(of: "forbidden_modules = [\"src.auth\", \"src.billing\", \"src.notifications\"]",
                                  with: "forbidden_modules = [\"src.auth\", \"src.billing\", \"src.notification\"]").utf8).write(to: path)
        let outcome = try ArchlintProcess.run(["check"], in: copy)
        #expect(outcome.exitCode == 2)
        #expect(outcome.stderr == "pyproject.toml:22:49: error: tool.importlinter.contracts[1].forbidden_modules[2] (\"shared-layer-does-not-depend-on-features\"): Module 'src.notification' does not exist; did you mean 'src.notifications'?\n")
    }

    @Test func aRootPackageThatIsNowhereIsNamedWhereItIsWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-noroot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let ini = "[importlinter]\nroot_package = shop\n\n[importlinter:contract:i]\nname = I\ntype = independence\nmodules = shop.a\n"
        try Data(ini.utf8).write(to: folder.appendingPathComponent(".importlinter"))
        let outcome = try ArchlintProcess.run(["check"], in: folder)
        #expect(outcome.exitCode == 2)
        #expect(outcome.stderr == ".importlinter:2:16: error: [importlinter] root_package: root package 'shop' not found: no folder 'shop' in the source roots '.', 'src'\n")
    }

    /// Each contract's verdict line (`NAME KEPT|BROKEN`) and its `X is not allowed to import Y:` pairs.
    static func parseLintImports(_ text: String) throws -> [String: (status: String, pairs: Set<String>)] {
        var result: [String: (status: String, pairs: Set<String>)] = [:]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var current: String?
        for (index, line) in lines.enumerated() {
            for status in ["KEPT", "BROKEN"] {
                if let range = line.range(of: " \(status)"), !line.hasPrefix("-") {
                    let name = String(line[..<range.lowerBound])
                    if result[name] == nil, !name.isEmpty, !name.contains(" is not allowed") { result[name] = (status, []) }
                }
            }
            if index + 1 < lines.count, !line.isEmpty, lines[index + 1] == String(repeating: "-", count: line.count),
               result[line] != nil {
                current = line
            }
            if let current, line.hasSuffix(":"), let range = line.range(of: " is not allowed to import ") {
                let pair = "\(line[..<range.lowerBound]) -> \(line[range.upperBound...].dropLast())"
                result[current]?.pairs.insert(pair)
            }
        }
        return result
    }
}
