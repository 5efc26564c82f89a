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
