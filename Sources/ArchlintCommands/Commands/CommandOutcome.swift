/// What a command prints and how it exits; the executable only writes these out.
package struct CommandOutcome: Sendable, Equatable {
    package var stdout: String
    package var stderr: String
    package var exitCode: Int32
    /// What the command built (the import graph), for the executable to hold until it exits:
    /// the process's end releases it at once, where freeing its many small objects one by one
    /// took 5–10 ms on a 15,000-module workspace. Not part of equality.
    package var heldUntilExit: (any Sendable)?

    package init(stdout: String = "", stderr: String = "", exitCode: Int32, heldUntilExit: (any Sendable)? = nil) {
        self.stdout = stdout
        self.stderr = stderr
        self.exitCode = exitCode
        self.heldUntilExit = heldUntilExit
    }

    package static func == (lhs: CommandOutcome, rhs: CommandOutcome) -> Bool {
        lhs.stdout == rhs.stdout && lhs.stderr == rhs.stderr && lhs.exitCode == rhs.exitCode
    }

    /// Every contract kept.
    package static let keptExitCode: Int32 = 0
    /// At least one contract broken.
    package static let brokenExitCode: Int32 = 1
    /// archlint could not check: usage, configuration or input error.
    package static let errorExitCode: Int32 = 2

    /// With `--strict`, an outcome whose scan gave `diagnosticCount` per-file diagnostics exits
    /// 2 (what it printed stays): an incomplete scan fails CI. Without, it is unchanged.
    func strict(_ isStrict: Bool, diagnosticCount: Int) -> CommandOutcome {
        guard isStrict, diagnosticCount > 0 else { return self }
        var outcome = self
        outcome.exitCode = Self.errorExitCode
        let what = diagnosticCount == 1 ? "1 warning" : "\(diagnosticCount) warnings"
        outcome.stderr += "error: --strict: \(what) above; the scan is incomplete\n"
        return outcome
    }

    /// An outcome for a `RunError`: its messages on stderr, exit 2.
    static func failure(_ error: RunError) -> CommandOutcome {
        CommandOutcome(stderr: error.messages.joined(separator: "\n") + "\n", exitCode: errorExitCode)
    }
}
