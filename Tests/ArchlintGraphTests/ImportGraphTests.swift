import Testing
@testable import ArchlintGraph

@Suite struct ImportGraphTests {
    private func statement(_ from: ModuleName, _ to: ModuleName, line: Int) -> ImportStatement {
        ImportStatement(importer: from, imported: to, location: SourceLocation(path: "\(from).py", line: line))
    }

    private var graph: ImportGraph {
        let modules: [Module] = ["a", "a.b", "a.b.c", "a.bc", "z"].map {
            Module(name: ModuleName($0), language: .python, kind: .module, path: "\($0).py")
        }
        return ImportGraph(modules: modules, imports: [
            statement("a.b.c", "a.bc", line: 3),
            statement("a.b.c", "a.bc", line: 1),
            statement("a.bc", "z", line: 2),
            statement("z", "requests", line: 9),
        ])
    }

    @Test func unknownImportedModulesBecomeExternal() {
        #expect(graph.module(named: "requests")?.kind == .external)
        #expect(graph.moduleCount == 6)
        #expect(graph.edgeCount == 3)
        #expect(graph.statementCount == 4)
    }

    @Test func descendantsStopAtTheDotBoundary() {
        #expect(graph.descendants(of: "a.b") == ["a.b.c"])
        #expect(graph.descendants(of: "a") == ["a.b", "a.b.c", "a.bc"])
        #expect(graph.children(of: "a") == ["a.b", "a.bc"])
    }

    @Test func descendantsAreFoundAmongNamesSharingTheirBytes() {
        // Names that start with the same bytes but are not inside `a.b`: `a.b0` and `a.b_c`
        // sort after `a.b.`'s descendants, `a.b` itself before them.
        let names = ["a", "a.b", "a.b.c", "a.b.c.d", "a.b.e", "a.b0", "a.b_c", "a.bz", "b", "b.a"]
        let graph = ImportGraph(modules: names.map { Module(name: ModuleName($0), language: .python, kind: .module, path: "\($0).py") },
                                imports: [])
        #expect(graph.descendants(of: "a.b") == ["a.b.c", "a.b.c.d", "a.b.e"])
        #expect(graph.descendants(of: "a.b.c.d").isEmpty)
        #expect(graph.descendants(of: "b") == ["b.a"])
        #expect(graph.descendants(of: "c").isEmpty)
        #expect(graph.descendants(of: "a") == ["a.b", "a.b.c", "a.b.c.d", "a.b.e", "a.b0", "a.b_c", "a.bz"])
        // A name the graph lacks (a namespace) still has its descendants.
        #expect(graph.descendants(of: "a.b.c.d.e").isEmpty)
        let namespace = ImportGraph(modules: ["ns.x", "ns.y.z", "nsa"].map {
            Module(name: ModuleName($0), language: .python, kind: .module, path: "\($0).py")
        }, imports: [])
        #expect(namespace.descendants(of: "ns") == ["ns.x", "ns.y.z"])
    }

    @Test func statementsAreSortedByLine() {
        #expect(graph.statements(importer: "a.b.c", imported: "a.bc").map(\.location.line) == [1, 3])
    }

    @Test func shortestChainFollowsImports() throws {
        let from = try #require(graph.id(of: "a.b.c")), to = try #require(graph.id(of: "requests"))
        var finder = ChainFinder(graph: graph)
        let found = finder.shortestChain(from: [from], to: [to])
        let chain = try #require(found)
        #expect(chain.map { graph.name(of: $0) } == ["a.b.c", "a.bc", "z", "requests"])
        let blocked = try #require(graph.id(of: "z"))
        #expect(finder.shortestChain(from: [from], to: [to], blocked: [blocked]) == nil)
    }

    @Test func theFirstModuleOfANameWinsAndStatementsOfUnknownImportersAreDropped() throws {
        let modules = [
            Module(name: "b", language: .python, kind: .module, path: "b.py"),
            Module(name: "a", language: .python, kind: .package, path: "a/__init__.py"),
            Module(name: "b", language: .swift, kind: .module, path: "Sources/b"),
        ]
        let built = ImportGraph(modules: modules, imports: [
            statement("a", "b", line: 2),
            statement("ghost", "a", line: 1),
            statement("b", "a", line: 5),
            statement("a", "b", line: 1),
        ])
        #expect(built.modules.map(\.name) == ["a", "b"])
        #expect(built.module(named: "b")?.path == "b.py")
        #expect(built.allStatements.map { "\($0.importer)->\($0.imported):\($0.location.line)" } == ["a->b:1", "a->b:2", "b->a:5"])
        #expect(built.importers(of: "a") == ["b"])
        #expect(built.importers(of: "b") == ["a"])
        #expect(!built.contains("ghost"))
    }

    @Test func edgesSortTheSameWhetherPackedIntoOneWordOrNot() {
        var generator = SplitMix64(seed: 0x5EED)
        let moduleCount = 300
        let rank = (0..<moduleCount).map { ImportGraph.ModuleID($0) }.shuffled(using: &generator)
        let endpoints: [(from: ImportGraph.ModuleID, to: ImportGraph.ModuleID)] = (0..<5_000).map { _ in
            (ImportGraph.ModuleID(Int.random(in: -1..<moduleCount, using: &generator)),
             ImportGraph.ModuleID(Int.random(in: 0..<moduleCount, using: &generator)))
        }
        let packed = ImportGraph.sortedByEdge(endpoints, rank: rank)
        let general = ImportGraph.sortedByEdge(endpoints, rank: rank, packing: false)
        #expect(packed.map(\.key) == general.map(\.key))
        #expect(packed.map(\.index) == general.map(\.index))
        #expect(packed.count == endpoints.filter { $0.from >= 0 }.count)
    }

    @Test func removingEdgesKeepsModules() throws {
        let edge = ImportGraph.Edge(importer: try #require(graph.id(of: "a.bc")), imported: try #require(graph.id(of: "z")))
        let smaller = graph.removing(edges: [edge])
        #expect(smaller.edgeCount == 2)
        #expect(smaller.moduleCount == 6)
        #expect(smaller.directImports(of: "a.bc").isEmpty)
    }
}
