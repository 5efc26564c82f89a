/// What a command prints and how it exits; the executable only writes these out.
public struct CommandOutcome: Sendable, Equatable {
    public var stdout: String
    public var stderr: String
    public var exitCode: Int32

    public init(stdout: String = "", stderr: String = "", exitCode: Int32) {
        self.stdout = stdout
        self.stderr = stderr
        self.exitCode = exitCode
    }

    /// Every contract kept.
    public static let keptExitCode: Int32 = 0
    /// At least one contract broken.
    public static let brokenExitCode: Int32 = 1
    /// archlint could not check: usage, configuration or input error.
    public static let errorExitCode: Int32 = 2

    /// An outcome for a `RunError`: its messages on stderr, exit 2.
    static func failure(_ error: RunError) -> CommandOutcome {
        CommandOutcome(stderr: error.messages.joined(separator: "\n") + "\n", exitCode: errorExitCode)
    }
}
