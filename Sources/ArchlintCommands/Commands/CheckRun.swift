import ArchlintContracts
import ArchlintGraph
import Dispatch
import ArchlintConfiguration
import ArchlintFiles
import ArchlintWorkspace

/// The shared core of `check` and `baseline`: configuration, workspace and contract results.
struct CheckRun: Sendable {
    let configuration: Configuration
    let workspace: Workspace
    let results: [ContractResult]
    /// Seconds each contract's check took, by contract id (JUnit's `time`).
    let seconds: [String: Double]
    /// Per-file diagnostics, one line each, for stderr.
    let diagnosticsText: String
    let clock: PhaseClock

    /// `requiringContracts: false` (graph pictures) accepts a configuration without contracts.
    /// `verbose` adds lint-imports' `--verbose` progress lines to the diagnostics.
    static func perform(source: ConfigurationSource, contractIDs: [String], cache: CacheOptions,
                        requiringContracts: Bool = true, verbose: Bool = false) throws(RunError) -> CheckRun {
        var clock = PhaseClock()
        let configuration: Configuration
        do {
            configuration = try source.load()
        } catch {
            throw RunError(messages: error.issues.map(\.description) + laterProblems(of: error.partial))
        }
        var progress = configuration.notices
        if verbose { progress.append(VerboseProgress.configurationLine(configuration)) }
        let graphStart = DispatchTime.now().uptimeNanoseconds
        let contracts = requiringContracts || !configuration.contracts.isEmpty
            ? try select(configuration.contracts, ids: contractIDs, configuration: configuration) : []
        clock.lap("configuration")
        let workspace = try Workspace.loadForRun(configuration, cacheOptions: cache, workingDirectory: source.workingDirectory,
                                           clock: &clock)
        if verbose {
            progress += VerboseProgress.rootPackageLines(configuration, graph: workspace.graph)
            progress += VerboseProgress.productLines(graph: workspace.graph)
            progress.append(VerboseProgress.graphLine(workspace, seconds: Double(DispatchTime.now().uptimeNanoseconds - graphStart) / 1e9))
        }
        // Contracts are independent of each other: check them on every core.
        let graph = workspace.graph
        let timed = ParallelMap.map(contracts) { contract in
            let start = DispatchTime.now().uptimeNanoseconds
            let result = contract.check(graph)
            return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let results = timed.map(\.0)
        clock.lap("contracts (in parallel)")
        for (result, seconds) in timed { clock.record("  contract \(result.metadata.id)", seconds: seconds) }
        if verbose { progress += timed.map { VerboseProgress.contractLine($0.0, seconds: $0.1) } }
        var diagnostics = (progress + workspace.cacheWarnings + workspace.diagnostics.map(\.description)).map { "\($0)\n" }.joined()
        let errors = results.flatMap { result in
            result.errors.map { configuration.contractError(result.metadata.id, $0) }
        }
        guard errors.isEmpty else {
            diagnostics += errors.joined(separator: "\n")
            throw RunError(messages: [diagnostics])
        }
        return CheckRun(configuration: configuration, workspace: workspace, results: results,
                        seconds: Dictionary(timed.map { ($0.0.metadata.id, $0.1) }, uniquingKeysWith: +),
                        diagnosticsText: diagnostics, clock: clock)
    }

    /// What checking would find beyond a configuration's own mistakes (a root package or folder
    /// that does not exist, a contract naming a module that does not), so every mistake is
    /// reported in one run: the partial configuration's workspace is loaded without a cache and
    /// its valid contracts are evaluated only for their errors.
    private static func laterProblems(of partial: Configuration?) -> [String] {
        guard let partial else { return [] }
        var clock = PhaseClock()
        let workspace: Workspace
        do {
            workspace = try Workspace.load(partial, clock: &clock)
        } catch {
            return error.messages.map(partial.positioned)
        }
        let graph = workspace.graph
        return ParallelMap.map(partial.contracts) { $0.check(graph) }.flatMap { result in
            result.errors.map { partial.contractError(result.metadata.id, $0) }
        }
    }

    /// The contracts named by `--contract` (all when none is named); unknown ids are an error.
    private static func select(_ contracts: [any Contract], ids: [String], configuration: Configuration) throws(RunError) -> [any Contract] {
        if contracts.isEmpty { throw RunError(messages: [configuration.noContractsError]) }
        guard !ids.isEmpty else { return contracts }
        let known = contracts.map(\.metadata.id)
        let unknown = ids.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw RunError(messages: unknown.map { id in
                var message = "error: --contract \(id): no contract has this id (ids: \(known.joined(separator: ", ")))"
                if let near = NameSuggestion.closest(to: id, among: known) { message += "; did you mean \"\(near)\"?" }
                return message
            })
        }
        return contracts.filter { ids.contains($0.metadata.id) }
    }
}
