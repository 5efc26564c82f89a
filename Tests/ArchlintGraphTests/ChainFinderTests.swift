import ArchlintGraph
import Testing

@Suite struct ChainFinderTests {
    /// s1 -> a -> t1, s1 -> b -> c -> t1, s2 -> t2, s2 -> a, b -> x (x blocked in some tests).
    let graph: ImportGraph = {
        let edges = [("s1", "a"), ("a", "t1"), ("s1", "b"), ("b", "c"), ("c", "t1"), ("s2", "t2"), ("s2", "a"), ("b", "x"), ("x", "t2")]
        let names = Set(edges.flatMap { [$0.0, $0.1] })
        return ImportGraph(
            modules: names.map { Module(name: ModuleName($0), language: .python, kind: .module, path: "\($0).py") },
            imports: edges.enumerated().map { index, edge in
                ImportStatement(importer: ModuleName(edge.0), imported: ModuleName(edge.1), location: SourceLocation(path: "\(edge.0).py", line: index + 1))
            }
        )
    }()

    func ids(_ names: String...) -> [ImportGraph.ModuleID] { names.map { graph.id(of: ModuleName($0))! } }
    func names(_ chain: [ImportGraph.ModuleID]?) -> [String] { (chain ?? []).map { graph.name(of: $0).rawValue } }

    @Test func shortestChainBetweenSets() {
        var finder = ChainFinder(graph: graph)
        #expect(names(finder.shortestChain(from: ids("s1"), to: ids("t1"))) == ["s1", "a", "t1"])
        #expect(names(finder.shortestChain(from: ids("s1", "s2"), to: ids("t1", "t2"))) == ["s2", "t2"])
        #expect(names(finder.shortestChain(from: ids("s1"), to: ids("t1"), blocked: ids("a"))) == ["s1", "b", "c", "t1"])
        #expect(finder.shortestChain(from: ids("t1"), to: ids("s1")) == nil)
    }

    @Test func shortestChainsExcludeTheImportsAlreadyFound() {
        var finder = ChainFinder(graph: graph)
        // s1 -> b -> c -> t1 and s1 -> b -> x -> t2 tie; only one is reported, as s1 -> b is then taken.
        #expect(finder.shortestChains(from: ids("s1"), to: ids("t1", "t2")).map(names) == [
            ["s1", "a", "t1"], ["s1", "b", "x", "t2"],
        ])
        let both = finder.shortestChains(from: ids("s1", "s2"), to: ids("t1", "t2")).map(names)
        #expect(both.prefix(2) == [["s2", "t2"], ["s1", "a", "t1"]])
        #expect(both.count == 3 && [["s1", "b", "c", "t1"], ["s1", "b", "x", "t2"]].contains(both[2]))
        #expect(finder.shortestChains(from: ids("s1", "s2"), to: ids("t1", "t2")).map(names) == both)
        #expect(finder.shortestChains(from: ids("s1"), to: ids("t2"), blocked: ids("x")).isEmpty)
    }

    @Test func oneStartServesManyTargets() {
        var finder = ChainFinder(graph: graph)
        #expect(names(finder.start(from: ids("s1"), blocked: ids("c", "x"))) == ["a", "b", "c", "t1", "x"])
        #expect(finder.shortestChains(to: ids("t1")).map(names) == [["s1", "a", "t1"]])
        #expect(finder.shortestChains(to: ids("c")).map(names) == [["s1", "b", "c"]])
        #expect(finder.shortestChains(to: ids("t2")).isEmpty)
        #expect(names(finder.shortestChain(to: ids("t1", "x"))) == ["s1", "b", "x"])
    }

    @Test func reachStopsAtBlockedModules() {
        var finder = ChainFinder(graph: graph)
        #expect(names(finder.reach(from: ids("s1"))) == ["a", "b", "c", "t1", "t2", "x"])
        #expect(names(finder.reach(from: ids("s1"), blocked: ids("a", "b"))) == ["a", "b"])
        #expect(names(finder.reach(from: ids("s1", "s2"), blocked: ids("b"))) == ["a", "b", "t1", "t2"])
    }

    /// Modules far apart in id order live in different pages of the finder's nodes; searches
    /// across them, repeated with the same finder, answer the same whether the pages are made
    /// as searches reach them (a large graph) or all at once (a small one).
    @Test(arguments: [0, 1 << 17])
    func chainsAcrossManyPagesOfModules(pagesMadeAtOnceUpTo limit: Int) {
        let count = 3_000
        let names = (0..<count).map { "m" + String(String($0 + 10_000).dropFirst()) }
        // A line m0000 -> m0001 -> ... with a shortcut every 500 modules to the module 700 ahead.
        var edges = (0..<(count - 1)).map { (names[$0], names[$0 + 1]) }
        for start in stride(from: 0, to: count - 700, by: 500) { edges.append((names[start], names[start + 700])) }
        let big = ImportGraph(
            modules: names.map { Module(name: ModuleName($0), language: .python, kind: .module) },
            imports: edges.enumerated().map { index, edge in
                ImportStatement(importer: ModuleName(edge.0), imported: ModuleName(edge.1), location: SourceLocation(path: "\(edge.0).py", line: index + 1))
            })
        func id(_ number: Int) -> ImportGraph.ModuleID { big.id(of: ModuleName(names[number]))! }
        var finder = ChainFinder(graph: big, pagesMadeAtOnceUpTo: limit)
        for _ in 0..<2 {
            let chain = finder.shortestChain(from: [id(0)], to: [id(2_999)])
            // 0 -> 700 -> ... -> 1000 -> 1700 -> ... -> 2000 -> 2700 -> ... -> 2999: 902 imports.
            let shortest = 903
            #expect(chain?.count == shortest)
            #expect(chain?.first == id(0) && chain?.last == id(2_999))
            #expect(finder.reach(from: [id(2_500)]).count == 499)
            #expect(finder.shortestChains(from: [id(1_000)], to: [id(1_700)]).map(\.count) == [2, 701])
        }
    }

    @Test func cycleBreakers() {
        let cyclic = ImportGraph(
            modules: ["p", "p.a", "p.b", "p.b.x", "p.c"].map { Module(name: ModuleName($0), language: .python, kind: .module) },
            imports: [("p.a", "p.b.x"), ("p.b.x", "p.c"), ("p.c", "p.a"), ("p.b", "p.a")].map {
                ImportStatement(importer: ModuleName($0.0), imported: ModuleName($0.1), location: SourceLocation(path: "f.py", line: 1))
            }
        )
        let breakers = cyclic.nominateCycleBreakers(in: "p").map { "\(cyclic.name(of: $0.importer))->\(cyclic.name(of: $0.imported))" }
        // Ordered by out − in: p.b (2 − 1), then p.c, then p.a; only p.a -> p.b.x points backwards (as grimp 3.19 says).
        #expect(breakers == ["p.a->p.b.x"])
        #expect(cyclic.nominateCycleBreakers(in: "p.b").isEmpty)
    }
}
