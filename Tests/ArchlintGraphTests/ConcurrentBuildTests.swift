import Testing
@testable import ArchlintGraph

/// Graphs large enough to be built on both cores give what the definition says: modules in name
/// order, statements by importer, imported and location, externals added, the first of a
/// repeated name kept.
@Suite struct ConcurrentBuildTests {
    private func randomInputs(seed: UInt64, moduleCount: Int, statementCount: Int) -> ([Module], [ImportStatement]) {
        var generator = SplitMix64(seed: seed)
        let names = (0..<moduleCount).map { "pkg.m\($0 % 97).n\($0)" }
        let modules = names.shuffled(using: &generator).map {
            Module(name: ModuleName($0), language: .python, kind: .module, path: $0 + ".py")
        }
        var statements: [ImportStatement] = []
        for _ in 0..<statementCount {
            let importer = names[Int(generator.next() % UInt64(moduleCount))]
            // One in fifty imports something not in the list: an external.
            let imported = generator.next() % 50 == 0
                ? "ext\(generator.next() % 7)" : names[Int(generator.next() % UInt64(moduleCount))]
            statements.append(ImportStatement(importer: ModuleName(importer), imported: ModuleName(imported),
                                              location: SourceLocation(path: importer + ".py", line: Int(generator.next() % 40) + 1)))
        }
        return (modules, statements)
    }

    private func check(_ graph: ImportGraph, modules: [Module], statements: [ImportStatement]) {
        let names = graph.modules.map(\.name.rawValue)
        #expect(names == names.sorted { ByteOrder.precedes($0, $1) })
        #expect(Set(names).count == names.count)
        let known = Set(modules.map(\.name))
        let kept = statements.filter { known.contains($0.importer) }
        #expect(graph.statementCount == kept.count)
        let expected = kept.sorted { lhs, rhs in
            let a = (graph.id(of: lhs.importer)!, graph.id(of: lhs.imported)!), b = (graph.id(of: rhs.importer)!, graph.id(of: rhs.imported)!)
            if a != b { return a < b }
            return lhs.location < rhs.location
        }
        #expect(graph.allStatements.map(\.location) == expected.map(\.location))
        #expect(graph.allStatements.map(\.imported) == expected.map(\.imported))
        for (statement, edge) in zip(graph.allStatements, graph.edgesOfStatements) {
            #expect(graph.name(of: edge.importer) == statement.importer && graph.name(of: edge.imported) == statement.imported)
        }
        for edge in graph.edges {
            #expect(graph.predecessorIDs(of: edge.imported).contains(edge.importer))
            #expect(!graph.statements(edge.importer, edge.imported).isEmpty)
        }
    }

    @Test func aLargeGraphBuildsAsDefined() {
        #expect(3_000 + 15_000 >= ImportGraph.concurrentSize)
        let (modules, statements) = randomInputs(seed: 17, moduleCount: 3_000, statementCount: 15_000)
        let graph = ImportGraph(modules: modules, imports: statements)
        check(graph, modules: modules, statements: statements)
        #expect(graph.modules.contains { $0.name == "ext3" && $0.isExternal })
    }

    @Test func aLargeGraphWithRepeatedNamesKeepsTheFirst() {
        var (modules, statements) = randomInputs(seed: 18, moduleCount: 3_000, statementCount: 15_000)
        modules.append(Module(name: modules[5].name, language: .python, kind: .package, path: "again"))
        // A statement whose importer is not a module is dropped.
        statements.append(ImportStatement(importer: "nowhere", imported: modules[0].name, location: SourceLocation(path: "n.py", line: 1)))
        let graph = ImportGraph(modules: modules, imports: statements)
        check(graph, modules: modules, statements: statements)
        #expect(graph.module(named: modules[5].name)?.path == modules[5].path)
    }

    @Test func radixSortSkipsBitsAlreadyInOrder() {
        var generator = SplitMix64(seed: 0xB175)
        // High bits random, low 12 bits the position: sorting the high bits keeps the low ones rising.
        var words = (0..<3_000).map { UInt64($0) | (generator.next() % 5_000) << 12 }
        let expected = words.sorted()
        RadixSort.sort(&words, significantBits: 25, firstBit: 12)
        #expect(words == expected)
    }

    @Test func bothCoresGivesBothResults() {
        let numbers = Array(1...1_000)
        let (sum, count) = BothCores.run({ numbers.reduce(0, +) }, { numbers.count })
        #expect(sum == 500_500 && count == 1_000)
        let (first, second) = BothCores.run(concurrently: false, { 1 }, { "two" })
        #expect(first == 1 && second == "two")
    }
}
