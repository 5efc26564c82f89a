import Foundation
import Testing

/// The command line itself: version, help, usage errors and their exit codes.
@Suite struct CommandLineTests {
    private let here = ArchlintProcess.packageRoot

    @Test func versionPrintsTheVersion() throws {
        let outcome = try ArchlintProcess.run(["--version"], in: here)
        #expect(outcome == .init(stdout: "archlint 0.1.0\n", stderr: "", exitCode: 0))
    }

    @Test func everyCommandHasHelpWithExamples() throws {
        for command in ["check", "graph", "baseline", "init"] {
            let outcome = try ArchlintProcess.run([command, "--help"], in: here)
            #expect(outcome.exitCode == 0)
            #expect(outcome.stdout.hasPrefix("USAGE: archlint \(command)"))
            #expect(outcome.stdout.contains("EXAMPLES:"))
        }
    }

    @Test func aBareArchlintIsAUsageError() throws {
        let outcome = try ArchlintProcess.run([], in: here)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr.contains("USAGE: archlint <command> [options]"))
        #expect(outcome.exitCode == 2)
    }

    @Test func helpStillGoesToStandardOutput() throws {
        let outcome = try ArchlintProcess.run(["--help"], in: here)
        #expect(outcome.stdout.contains("USAGE: archlint <command> [options]"))
        #expect(outcome == .init(stdout: outcome.stdout, stderr: "", exitCode: 0))
    }

    @Test func unknownOptionsSuggestTheRightOne() throws {
        let outcome = try ArchlintProcess.run(["check", "--formt", "json"], in: here)
        #expect(outcome == .init(stdout: "", stderr: "error: unknown option '--formt'; did you mean '--format'?\nSee 'archlint check --help'.\n", exitCode: 2))
    }

    @Test func badChoicesListTheValidOnes() throws {
        let outcome = try ArchlintProcess.run(["check", "--format", "xml"], in: here)
        #expect(outcome.stderr == "error: option --format: 'xml' is not one of text, json, github, sarif, junit\nSee 'archlint check --help'.\n")
        #expect(outcome.exitCode == 2)
    }

    @Test func unknownCommandsAreUsageErrors() throws {
        let outcome = try ArchlintProcess.run(["chekc"], in: here)
        #expect(outcome.exitCode == 2)
        #expect(outcome.stderr.hasPrefix("error: unknown command 'chekc'"))
    }

    @Test func aMissingConfigurationIsAnError() throws {
        let outcome = try ArchlintProcess.run(["check", "--config", "does-not-exist.json"], in: here)
        #expect(outcome == .init(stdout: "", stderr: "error: configuration file does-not-exist.json does not exist\n", exitCode: 2))
    }
}

/// Terminal manners and graph selection, through the built executable.
@Suite struct TerminalAndSelectionTests {
    private let folder = ArchlintProcess.fixture("python-forbidden")

    @Test func colourOnlyWhenAskedOrOnATerminal() throws {
        let piped = try ArchlintProcess.run(["check"], in: folder)
        #expect(!piped.stdout.contains("\u{1B}["))
        let forced = try ArchlintProcess.run(["check", "--color", "always"], in: folder)
        #expect(forced.stdout.contains("\u{1B}[31mBROKEN\u{1B}[0m"))
        #expect(forced.stdout.contains("\u{1B}[32mKEPT\u{1B}[0m"))
        let never = try ArchlintProcess.run(["check", "--color", "never"], in: folder, environment: ["TERM": "xterm"])
        #expect(never.stdout == piped.stdout)
    }

    @Test func graphModuleKeepsThatPackageOnly() throws {
        let outcome = try ArchlintProcess.run(["graph", "--module", "ledger.core"], in: folder)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.contains("\"name\": \"ledger.core.rules\""))
        #expect(!outcome.stdout.contains("\"name\": \"ledger.api"))
        #expect(!outcome.stdout.contains("\"imported\": \"ledger.storage"))
        let unknown = try ArchlintProcess.run(["graph", "--module", "ledger.nope"], in: folder)
        #expect(unknown == .init(stdout: "", stderr: "error: --module ledger.nope: no such module in the graph\n", exitCode: 2))
    }

    @Test func timingsGoToStandardError() throws {
        let outcome = try ArchlintProcess.run(["check", "--show-timings", "--no-cache"], in: folder)
        #expect(outcome.stdout == (try ArchlintProcess.run(["check"], in: folder)).stdout)
        #expect(outcome.stderr.contains("scanning (8 scanned, 0 from cache)"))
        #expect(outcome.stderr.contains("contracts (in parallel)"))
    }
}

/// Where `archlint` finds its configuration.
@Suite struct ConfigurationLookupTests {
    @Test func theNearestParentConfigurationIsUsed() throws {
        let nested = ArchlintProcess.packageRoot.appendingPathComponent("Examples/python-shop/src/shop/domain")
        let fromInside = try ArchlintProcess.run(["check"], in: nested)
        let fromRoot = try ArchlintProcess.run(["check"], in: ArchlintProcess.packageRoot.appendingPathComponent("Examples/python-shop"))
        #expect(fromInside.exitCode == 1)
        // Paths in the report stay relative to the configuration's folder, wherever archlint runs.
        #expect(fromInside.stdout == fromRoot.stdout)
    }

    @Test func withoutAConfigurationArchlintSaysHowToWriteOne() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-noconfig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty.appendingPathComponent(".git"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let outcome = try ArchlintProcess.run(["check"], in: empty)
        #expect(outcome.exitCode == 2)
        #expect(outcome.stderr.hasSuffix("hint: run `archlint init` to write a starter file, or pass --config PATH\n"))
    }
}
