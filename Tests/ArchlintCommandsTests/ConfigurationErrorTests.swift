import Foundation
import Testing

/// Each kind of misuse, through the built executable: the message and exit code 2.
@Suite struct ConfigurationErrorTests {
    /// Runs `archlint check` on a configuration whose contracts are `contracts` (JSON text), over
    /// the python-contracts fixture's code.
    private func check(_ contracts: String) throws -> ArchlintProcess.Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = ArchlintProcess.fixture("python-contracts").appendingPathComponent("src").path
        let text = "{\n  \"python\": {\"source_roots\": [\"\(source)\"], \"root_packages\": [\"bank\"]},\n  \"contracts\": [\n    \(contracts)\n  ]\n}\n"
        try text.write(to: folder.appendingPathComponent("contracts.json"), atomically: true, encoding: .utf8)
        return try ArchlintProcess.run(["check"], in: folder)
    }

    @Test func unknownOption() throws {
        let outcome = try check(#"{"name": "F", "type": "forbidden", "source_modules": ["bank.web"], "forbidden_modules": ["bank.models"], "allow_indirect": true}"#)
        #expect(outcome == .init(stdout: "", stderr: """
            contracts.json:4:128: error: contracts[0].allow_indirect: unknown key "allow_indirect"; did you mean "allow_indirect_imports"?

            """, exitCode: 2))
    }

    @Test func layerListedTwice() throws {
        let outcome = try check(#"{"name": "L", "type": "layers", "containers": ["bank"], "layers": ["web", "models", "models"]}"#)
        #expect(outcome == .init(stdout: "", stderr: """
            contracts.json:4:89: error: contracts[0].layers[2]: layer "models" is listed twice (also at contracts[0].layers[1])

            """, exitCode: 2))
    }

    @Test func missingInternalModule() throws {
        let outcome = try check(#"{"name": "F", "type": "forbidden", "source_modules": ["bank.nope"], "forbidden_modules": ["bank.web"]}"#)
        #expect(outcome == .init(stdout: "", stderr: """
            contracts.json:4:59: error: contracts[0].source_modules[0] ("f"): Module 'bank.nope' does not exist.

            """, exitCode: 2))
    }

    @Test func independentAndNonIndependentSiblingsMixed() throws {
        let outcome = try check(#"{"name": "L", "type": "layers", "containers": ["bank"], "layers": ["web | services : models"]}"#)
        #expect(outcome == .init(stdout: "", stderr: """
            contracts.json:4:72: error: contracts[0].layers[0]: "web | services : models": Layer cannot have a mixture of independent and non-independent elements.

            """, exitCode: 2))
    }

    @Test func badAlertingValue() throws {
        let outcome = try check(#"{"name": "I", "type": "independence", "modules": ["bank.plugins.*"], "unmatched_ignore_imports_alerting": "loud"}"#)
        #expect(outcome == .init(stdout: "", stderr: """
            contracts.json:4:111: error: contracts[0].unmatched_ignore_imports_alerting: "loud" is not one of error, warn, none

            """, exitCode: 2))
    }

    @Test func unmatchedIgnoresNameEveryLineAtOnce() throws {
        let outcome = try check(#"{"name": "I", "type": "independence", "modules": ["bank.plugins.*"], "ignore_imports": ["bank.a -> bank.b", "bank.web.* -> bank.zzz"]}"#)
        #expect(outcome.exitCode == 2)
        #expect(outcome.stderr == """
            contracts.json:4:5: error: contracts[0] ("i"): No matches for ignored import bank.a -> bank.b.
            contracts.json:4:5: error: contracts[0] ("i"): No matches for ignored import bank.web.* -> bank.zzz.

            """)
    }

    @Test func anExpressionMatchingNothingIsAnError() throws {
        let outcome = try check(#"{"name": "I", "type": "independence", "modules": ["bank.nothing.*"]}"#)
        #expect(outcome == .init(stdout: "", stderr: """
            contracts.json:4:55: error: contracts[0].modules[0] ("i"): The expression 'bank.nothing.*' did not match any modules.

            """, exitCode: 2))
    }

    @Test func noContractsAtAll() throws {
        let outcome = try check("")
        #expect(outcome == .init(stdout: "", stderr: "contracts.json:3:16: error: contracts: no contracts to check; add at least one to \"contracts\"\n", exitCode: 2))
    }

    /// Issue 15 #10: a type error in one contract no longer hides what checking finds in another.
    @Test func aTypeErrorAndAMissingModuleAreReportedTogether() throws {
        let outcome = try check("""
            {"name": "L", "type": "layers", "layers": 5},
                {"name": "F", "type": "forbidden", "source_modules": ["bank.nope"], "forbidden_modules": ["bank.web"]}
            """)
        #expect(outcome == .init(stdout: "", stderr: """
            contracts.json:4:47: error: contracts[0].layers: expected an array of layers, found a number
            contracts.json:5:59: error: contracts[1].source_modules[0] ("f"): Module 'bank.nope' does not exist.

            """, exitCode: 2))
    }

    /// Issue 15 #10: errors found while loading the workspace point at the setting's line and column.
    @Test func aSettingThatNamesNothingOnDiskHasItsPosition() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "{\n  \"swift\": {\"packages\": [\"nowhere\"]},\n  \"contracts\": [{\"name\": \"x\", \"type\": \"independence\", \"modules\": [\"A\", \"B\"]}]\n}\n"
        try text.write(to: folder.appendingPathComponent("contracts.json"), atomically: true, encoding: .utf8)
        let outcome = try ArchlintProcess.run(["check"], in: folder)
        #expect(outcome == .init(stdout: "", stderr: """
            contracts.json:2:26: error: swift.packages[0]: package folder 'nowhere' does not exist

            """, exitCode: 2))
    }
}
