import ArchlintFiles
import ArchlintConfiguration
import ArchlintWorkspace

/// `archlint baseline`: writes today's violations to a baseline file, so `check --baseline`
/// reports only new ones. It never edits the baseline during `check`.
package enum BaselineCommand {
    package static func run(_ options: BaselineOptions) -> CommandOutcome {
        let source = options.source, output = options.output
        do throws(RunError) {
            let run = try CheckRun.perform(source: source, contractIDs: [], cache: options.cache)
            let baseline = Baseline(results: run.results)
            let display = output ?? Baseline.defaultFileName
            // Default: next to the configuration file, where `check --baseline` users keep it.
            let path: String
            if let output { path = output.hasPrefix("/") ? output : source.workingDirectory + "/" + output } else {
                path = run.configuration.baseDirectory + "/" + Baseline.defaultFileName
            }
            if case .failure(let failure) = FileWriter.writeAtomically(Array(baseline.rendered().utf8), to: path) {
                throw RunError(messages: ["error: cannot write baseline \(display): \(failure)"])
            }
            let count = baseline.entries.count
            let message = "Wrote \(count) violating import\(count == 1 ? "" : "s") of \(run.results.count) contracts to \(display).\n"
            return CommandOutcome(stdout: message, stderr: run.diagnosticsText, exitCode: CommandOutcome.keptExitCode)
        } catch {
            return .failure(error)
        }
    }
}
