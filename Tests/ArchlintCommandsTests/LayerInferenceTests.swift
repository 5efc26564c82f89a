import ArchlintGraph
import Testing
@testable import ArchlintCommands

@Suite struct LayerInferenceTests {
    private func graph(_ edges: [(String, String)], modules: [String]) -> ImportGraph {
        ImportGraph(
            modules: modules.map { Module(name: ModuleName($0), language: .python, kind: .module, path: "\($0).py") },
            imports: edges.enumerated().map { index, edge in
                ImportStatement(importer: ModuleName(edge.0), imported: ModuleName(edge.1),
                                location: SourceLocation(path: "\(edge.0).py", line: index + 1))
            })
    }

    @Test func modulesAreOrderedByTheirLongestImportChain() {
        let modules = ["app", "app.ui", "app.ui.views", "app.logic", "app.db", "app.util"]
        let g = graph([("app.ui.views", "app.logic"), ("app.logic", "app.db"), ("app.db", "app.util"), ("app.ui", "app.util")],
                      modules: modules)
        let layers = LayerInference.layers(of: ["app.ui", "app.logic", "app.db", "app.util"], in: g, prefix: "app")
        #expect(layers == ["ui", "logic", "db", "util"])
    }

    @Test func unrelatedModulesShareAnIndependentLayer() {
        let g = graph([("A", "Core"), ("B", "Core")], modules: ["A", "B", "Core"])
        #expect(LayerInference.layers(of: ["A", "B", "Core"], in: g) == ["A | B", "Core"])
    }

    @Test func aCycleSharesANonIndependentLayer() {
        let g = graph([("A", "B"), ("B", "A"), ("A", "Core")], modules: ["A", "B", "Core"])
        #expect(LayerInference.layers(of: ["A", "B", "Core"], in: g) == ["A : B", "Core"])
    }
}
