import ArchlintContracts
import ArchlintGraph
import ArchlintReporting

/// `archlint check`: load the configuration, scan, evaluate the contracts, render the report.
public enum CheckCommand {
    public static func run(_ options: CheckOptions, environment: [String: String], stdoutIsTerminal: Bool) -> CommandOutcome {
        var clock = PhaseClock()
        do throws(RunError) {
            let configuration = try options.source.load()
            let contracts = try select(configuration.contracts, ids: options.contractIDs, file: configuration.displayPath)
            clock.lap("configuration")
            let workspace = try Workspace.load(configuration, clock: &clock)
            var results: [ContractResult] = []
            for contract in contracts {
                results.append(contract.check(workspace.graph))
                clock.lap("contract \(contract.metadata.id)")
            }
            var stderr = workspace.diagnostics.map { "\($0)\n" }.joined()
            let errors = results.flatMap { result in result.errors.map { "\(configuration.displayPath): error: contract \"\(result.metadata.id)\": \($0)" } }
            guard errors.isEmpty else {
                stderr += errors.joined(separator: "\n") + "\n"
                return CommandOutcome(stderr: stderr, exitCode: CommandOutcome.errorExitCode)
            }
            let report = Report(
                summary: Report.Summary(files: workspace.fileCount, modules: workspace.graph.moduleCount,
                                        imports: workspace.graph.statementCount),
                results: results)
            let useColor = Terminal.useColor(options.color, environment: environment, isTerminal: stdoutIsTerminal)
            var stdout = ""
            switch options.format ?? (environment["GITHUB_ACTIONS"] == "true" ? .github : .text) {
            case .text: stdout = TextReporter(useColor: useColor).render(report)
            case .json: stdout = JSONReporter().render(report)
            case .github, .sarif, .junit:
                return CommandOutcome(stderr: "error: this format is not implemented yet\n", exitCode: CommandOutcome.errorExitCode)
            }
            clock.lap("report")
            if options.showTimings { stderr += clock.rendered + "\n" }
            let code = report.brokenCount > 0 ? CommandOutcome.brokenExitCode : CommandOutcome.keptExitCode
            return CommandOutcome(stdout: stdout, stderr: stderr, exitCode: code)
        } catch {
            return .failure(error)
        }
    }

    /// The contracts named by `--contract` (all when none is named); unknown ids are an error.
    private static func select(_ contracts: [any Contract], ids: [String], file: String) throws(RunError) -> [any Contract] {
        if contracts.isEmpty {
            throw RunError(messages: ["\(file): error: no contracts to check; add at least one to \"contracts\""])
        }
        guard !ids.isEmpty else { return contracts }
        let known = contracts.map(\.metadata.id)
        let unknown = ids.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw RunError(messages: unknown.map { id in
                var message = "error: --contract \(id): no contract has this id (ids: \(known.joined(separator: ", ")))"
                if let near = ObjectReader.closest(to: id, among: known) { message += "; did you mean \"\(near)\"?" }
                return message
            })
        }
        return contracts.filter { ids.contains($0.metadata.id) }
    }
}
