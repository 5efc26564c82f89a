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
    /// Per-file diagnostics, one line each, for stderr.
    let diagnosticsText: String
    let clock: PhaseClock

    /// `requiringContracts: false` (graph pictures) accepts a configuration without contracts.
    static func perform(source: ConfigurationSource, contractIDs: [String], cache: CacheOptions,
                        requiringContracts: Bool = true) throws(RunError) -> CheckRun {
        var clock = PhaseClock()
        let configuration = try source.loadForRun()
        let contracts = requiringContracts || !configuration.contracts.isEmpty
            ? try select(configuration.contracts, ids: contractIDs, file: configuration.displayPath) : []
        clock.lap("configuration")
        let workspace = try Workspace.loadForRun(configuration, cacheOptions: cache, workingDirectory: source.workingDirectory,
                                           clock: &clock)
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
        var diagnostics = (workspace.cacheWarnings + workspace.diagnostics.map(\.description)).map { "\($0)\n" }.joined()
        let errors = results.flatMap { result in
            result.errors.map { configuration.contractError(result.metadata.id, $0) }
        }
        guard errors.isEmpty else {
            diagnostics += errors.joined(separator: "\n")
            throw RunError(messages: [diagnostics])
        }
        return CheckRun(configuration: configuration, workspace: workspace, results: results,
                        diagnosticsText: diagnostics, clock: clock)
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
                if let near = NameSuggestion.closest(to: id, among: known) { message += "; did you mean \"\(near)\"?" }
                return message
            })
        }
        return contracts.filter { ids.contains($0.metadata.id) }
    }
}
