import ArchlintContracts
import ArchlintGraph
import ArchlintReporting
import ArchlintFiles

/// `archlint check`: load the configuration, scan, evaluate the contracts, render the report.
package enum CheckCommand {
    package static func run(_ options: CheckOptions, environment: [String: String], stdoutIsTerminal: Bool) -> CommandOutcome {
        do throws(RunError) {
            let run = try CheckRun.perform(source: options.source, contractIDs: options.contractIDs, cache: options.cache,
                                           verbose: options.verbose)
            var clock = run.clock
            var results = run.results
            let unfiltered = run.results
            var baselined: Set<ViolationKey> = []
            var stale: [String] = []
            if let baselinePath = options.baselinePath {
                let absolute = baselinePath.hasPrefix("/") ? baselinePath : options.source.workingDirectory + "/" + baselinePath
                let application = try Baseline.read(path: absolute, displayPath: baselinePath).apply(to: results)
                results = application.results
                baselined = application.suppressed
                stale = application.stale.map(\.label)
            }
            let report = Report(
                summary: Report.Summary(files: run.workspace.fileCount, modules: run.workspace.graph.moduleCount,
                                        imports: run.workspace.graph.statementCount),
                results: results, baselined: baselined, staleBaselineEntries: stale)
            let useColor = Terminal.useColor(options.color, environment: environment, isTerminal: stdoutIsTerminal)
            let stdout: String
            switch options.format ?? (environment["GITHUB_ACTIONS"] == "true" ? .github : .text) {
            case .text: stdout = TextReporter(useColor: useColor).render(report)
            case .json: stdout = JSONReporter().render(report)
            case .github:
                stdout = GitHubReporter(text: TextReporter(useColor: useColor), pathPrefix: prefix(run)).render(report)
            case .sarif:
                // SARIF keeps baselined results, marked as suppressed, so code scanning can show them as such.
                let full = Report(summary: report.summary, results: unfiltered, baselined: baselined,
                                  staleBaselineEntries: stale)
                stdout = SARIFReporter(toolVersion: ArchlintVersion.current, suppressed: baselined, pathPrefix: prefix(run)).render(full)
            case .junit: stdout = JUnitReporter().render(report)
            }
            clock.lap("report")
            var stderr = run.diagnosticsText
            if options.showTimings { stderr += clock.rendered + "\n" }
            let code = report.brokenCount > 0 ? CommandOutcome.brokenExitCode : CommandOutcome.keptExitCode
            return CommandOutcome(stdout: stdout, stderr: stderr, exitCode: code, heldUntilExit: run)
        } catch {
            return .failure(error)
        }
    }

    /// The configuration folder relative to the repository root (`""` at the root), so GitHub
    /// annotations and SARIF locations name files from the root as those tools expect.
    private static func prefix(_ run: CheckRun) -> String {
        RepositoryRoot.prefix(of: run.configuration.baseDirectory)
    }
}
