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
            var marks: BaselineMarks?
            if let baselinePath = options.baselinePath {
                let absolute = absolutePath(baselinePath, options)
                marks = try Baseline.read(path: absolute, displayPath: baselinePath)
                    .marks(for: run.results, contractIDs: Set(run.configuration.contracts.map(\.metadata.id)))
            }
            let report = Report(
                summary: Report.Summary(files: run.workspace.fileCount, modules: run.workspace.graph.moduleCount,
                                        imports: run.workspace.graph.statementCount),
                results: run.results, baseline: marks, seconds: run.seconds)
            let toTerminal = options.outputPath == nil && stdoutIsTerminal
            let useColor = Terminal.useColor(options.color, environment: environment, isTerminal: toTerminal)
            let text = TextReporter(useColor: useColor, quiet: options.quiet)
            var stderr = run.diagnosticsText
            let rendered: String
            switch options.format ?? (environment["GITHUB_ACTIONS"] == "true" ? .github : .text) {
            case .text: rendered = text.render(report)
            case .json: rendered = JSONReporter().render(report)
            case .github: rendered = GitHubReporter(text: text, pathPrefix: prefix(run)).render(report)
            case .sarif:
                let sarif = SARIFReporter(toolVersion: ArchlintVersion.current, pathPrefix: prefix(run))
                rendered = sarif.render(report)
                let omitted = sarif.omittedCount(report)
                if omitted > 0 {
                    let total = report.checked.reduce(0) { $0 + $1.violations.count }
                    stderr += "warning: " + SARIFReporter.truncationMessage(omitted: omitted, total: total, limit: sarif.maxResults) + "\n"
                }
            case .junit: rendered = JUnitReporter(pathPrefix: prefix(run)).render(report)
            case .xcode: rendered = XcodeReporter(pathPrefix: prefix(run)).render(report)
            case .gitlab:
                let file = run.configuration.displayPath.split(separator: "/").last.map(String.init) ?? "contracts.json"
                rendered = GitLabReporter(pathPrefix: prefix(run), configurationFile: file).render(report)
            }
            var stdout = rendered
            if let outputPath = options.outputPath {
                if case .failure(let failure) = FileWriter.writeAtomically(Array(rendered.utf8), to: absolutePath(outputPath, options)) {
                    throw RunError(messages: ["error: cannot write report \(outputPath): \(failure)"])
                }
                stdout = ""
            }
            clock.lap("report")
            if options.showTimings { stderr += clock.rendered + "\n" }
            let code = report.brokenCount > 0 ? CommandOutcome.brokenExitCode : CommandOutcome.keptExitCode
            return CommandOutcome(stdout: stdout, stderr: stderr, exitCode: code, heldUntilExit: run)
                .strict(options.strict, diagnosticCount: run.workspace.diagnostics.count)
        } catch {
            return .failure(error)
        }
    }

    private static func absolutePath(_ path: String, _ options: CheckOptions) -> String {
        path.hasPrefix("/") ? path : options.source.workingDirectory + "/" + path
    }

    /// The configuration folder relative to the repository root (`""` at the root), so GitHub
    /// annotations and SARIF locations name files from the root as those tools expect.
    private static func prefix(_ run: CheckRun) -> String {
        RepositoryRoot.prefix(of: run.configuration.baseDirectory)
    }
}
