import Foundation

/// `archlint baseline`: writes today's violations to a baseline file, so `check --baseline`
/// reports only new ones. It never edits the baseline during `check`.
public enum BaselineCommand {
    public static func run(source: ConfigurationSource, output: String?) -> CommandOutcome {
        do throws(RunError) {
            let run = try CheckRun.perform(source: source, contractIDs: [])
            let baseline = Baseline(results: run.results)
            let display = output ?? Baseline.defaultFileName
            // Default: next to the configuration file, where `check --baseline` users keep it.
            let path: String
            if let output { path = output.hasPrefix("/") ? output : source.workingDirectory + "/" + output } else {
                path = run.configuration.baseDirectory + "/" + Baseline.defaultFileName
            }
            do {
                try Data(baseline.rendered().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw RunError(messages: ["error: cannot write baseline \(display): \(error.localizedDescription)"])
            }
            let count = baseline.entries.count
            let message = "Wrote \(count) violation\(count == 1 ? "" : "s") of \(run.results.count) contracts to \(display).\n"
            return CommandOutcome(stdout: message, stderr: run.diagnosticsText, exitCode: CommandOutcome.keptExitCode)
        } catch {
            return .failure(error)
        }
    }
}
