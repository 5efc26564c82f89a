import ArchlintGraph
import ArchlintReporting
import ArchlintWorkspace

/// `archlint graph`: the import graph in JSON (and, later, DOT or Mermaid).
package enum GraphCommand {
    package static func run(_ options: GraphOptions) -> CommandOutcome {
        var clock = PhaseClock()
        do throws(RunError) {
            let configuration = try options.source.loadForRun()
            let workspace = try Workspace.loadForRun(configuration, cacheOptions: options.cache,
                                               workingDirectory: options.source.workingDirectory, clock: &clock)
            var graph = workspace.graph
            if !options.modules.isEmpty {
                let roots = options.modules.map { ModuleName($0) }
                let unknown = roots.filter { !graph.contains($0) && graph.descendants(of: $0).isEmpty }
                guard unknown.isEmpty else {
                    throw RunError(messages: unknown.map { "error: --module \($0): no such module in the graph" })
                }
                graph = graph.restricted(to: roots)
            }
            let stderr = (workspace.cacheWarnings + workspace.diagnostics.map(\.description)).map { "\($0)\n" }.joined()
            switch options.format {
            case .json:
                return CommandOutcome(stdout: GraphJSONRenderer().render(graph), stderr: stderr, exitCode: 0, heldUntilExit: workspace)
            case .dot, .mermaid:
                // Edges that break a contract are drawn red: check the contracts on the whole graph.
                let results = configuration.contracts.map { $0.check(workspace.graph) }
                let view = GraphView(graph: graph, depth: options.depth, results: results)
                let text = options.format == .dot ? DotRenderer().render(view) : MermaidRenderer().render(view)
                return CommandOutcome(stdout: text, stderr: stderr, exitCode: 0, heldUntilExit: workspace)
            }
        } catch {
            return .failure(error)
        }
    }
}
