import ArchlintContracts
import ArchlintGraph
import ArchlintReporting
import ArchlintWorkspace

/// `archlint graph`: the import graph in JSON, or drawn (DOT, Mermaid, the HTML explorer) with
/// the configured contracts evaluated as `check` evaluates them.
package enum GraphCommand {
    package static func run(_ options: GraphOptions) -> CommandOutcome {
        do throws(RunError) {
            guard options.format != .json else { return try json(options) }
            // Pictures show the verdicts of `check`: the same run, on the whole graph.
            let run = try CheckRun.perform(source: options.source, contractIDs: [], cache: options.cache,
                                           requiringContracts: false)
            let graph = try restricted(run.workspace.graph, to: options.modules)
            let layersContracts = run.configuration.contracts.compactMap { $0 as? LayersContract }
            let stacks = LayerStack.stacks(of: layersContracts, in: run.workspace.graph)
            let text: String
            if options.format == .html {
                let report = Report(
                    summary: Report.Summary(files: run.workspace.fileCount, modules: run.workspace.graph.moduleCount,
                                            imports: run.workspace.graph.statementCount),
                    results: run.results)
                let title = run.configuration.baseDirectory.split(separator: "/").last.map(String.init) ?? "archlint"
                text = HTMLExplorerRenderer(title: title).render(graph: graph, report: report, layers: stacks)
            } else {
                let externals: GraphPicture.Externals = switch options.externals {
                case .show: .show
                case .hide: .hide
                case nil: .automatic
                }
                let picture = GraphPicture(graph: graph, depth: options.depth, results: run.results, layers: stacks,
                                           externals: externals)
                text = options.format == .dot ? DotRenderer().render(picture) : MermaidRenderer().render(picture)
            }
            return CommandOutcome(stdout: text, stderr: run.diagnosticsText, exitCode: 0, heldUntilExit: run)
        } catch {
            return .failure(error)
        }
    }

    private static func json(_ options: GraphOptions) throws(RunError) -> CommandOutcome {
        var clock = PhaseClock()
        let configuration = try options.source.loadForRun()
        let workspace = try Workspace.loadForRun(configuration, cacheOptions: options.cache,
                                                 workingDirectory: options.source.workingDirectory, clock: &clock)
        let graph = try restricted(workspace.graph, to: options.modules)
        let stderr = (workspace.cacheWarnings + workspace.diagnostics.map(\.description)).map { "\($0)\n" }.joined()
        return CommandOutcome(stdout: GraphJSONRenderer().render(graph), stderr: stderr, exitCode: 0, heldUntilExit: workspace)
    }

    /// The part of `graph` inside the `--module` names or expressions (`*`, `**` as in contracts).
    private static func restricted(_ graph: ImportGraph, to modules: [String]) throws(RunError) -> ImportGraph {
        guard !modules.isEmpty else { return graph }
        var roots: [ModuleName] = []
        var errors: [String] = []
        for text in modules {
            let expression = ModuleExpression(text)
            if expression.hasWildcard {
                let matched = expression.matchingModules(in: graph)
                if matched.isEmpty { errors.append("error: --module \(text): the expression matches no module in the graph") }
                roots += matched
            } else {
                let name = ModuleName(text)
                if !graph.contains(name) && graph.descendants(of: name).isEmpty {
                    errors.append("error: --module \(text): no such module in the graph")
                }
                roots.append(name)
            }
        }
        guard errors.isEmpty else { throw RunError(messages: errors) }
        return graph.restricted(to: roots)
    }
}
