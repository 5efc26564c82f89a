import ArchlintContracts
import ArchlintGraph
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Timings on a synthetic graph of 65,000 modules and about 220,000 imports. Runs only with
/// `ARCHLINT_PERF=1`, in a release build: `ARCHLINT_PERF=1 swift test -c release --filter PerformanceTests`.
@Suite struct PerformanceTests {
    static var enabled: Bool {
        let on = (getenv("ARCHLINT_PERF").map { String(cString: $0) }) == "1"
        if !on { print("PerformanceTests skipped: set ARCHLINT_PERF=1 and build in release to run them.") }
        return on
    }

    /// Ten layers `syn.l0` (top) … `syn.l9`, each of 50 packages of 100 modules, and `syn.shared`
    /// (15,000 modules) that every layer uses. Imports go within a layer, down the layers and into
    /// `shared`; a few go up (directly, or through `shared`), so the contracts are broken the way
    /// real code breaks them.
    static func syntheticGraph() -> ImportGraph {
        var random = SplitMix(seed: 42)
        var names: [String] = ["syn", "syn.shared"]
        var layerModules: [[String]] = []
        for layer in 0..<10 {
            var modules: [String] = []
            names.append("syn.l\(layer)")
            for package in 0..<50 {
                names.append("syn.l\(layer).p\(package)")
                for module in 0..<99 { modules.append("syn.l\(layer).p\(package).m\(module)") }
            }
            layerModules.append(modules)
            names += modules
        }
        var shared: [String] = []
        for package in 0..<150 {
            names.append("syn.shared.s\(package)")
            for module in 0..<99 { shared.append("syn.shared.s\(package).m\(module)") }
        }
        names += shared
        var imports: [ImportStatement] = []
        func add(_ importer: String, _ imported: String) {
            imports.append(ImportStatement(importer: ModuleName(importer), imported: ModuleName(imported),
                                           location: SourceLocation(path: importer + ".py", line: imports.count % 500 + 1)))
        }
        for (layer, modules) in layerModules.enumerated() {
            for module in modules {
                for _ in 0..<2 { add(module, modules[random.next(modules.count)]) }
                if layer < 9 { add(module, layerModules[layer + 1 + random.next(9 - layer)][random.next(modules.count)]) }
                if random.next(2) == 0 { add(module, shared[random.next(shared.count)]) }
                if random.next(10) == 0 { add(module, "requests") }
            }
        }
        for module in shared {
            for _ in 0..<3 { add(module, shared[random.next(shared.count)]) }
        }
        // The breaches: direct imports up the layers, and shared modules importing upper layers.
        for _ in 0..<40 {
            let layer = 1 + random.next(9)
            add(layerModules[layer][random.next(layerModules[layer].count)], layerModules[random.next(layer)][random.next(4_950)])
        }
        for _ in 0..<20 { add(shared[random.next(shared.count)], layerModules[random.next(10)][random.next(4_950)]) }
        return ImportGraph(modules: names.map { Module(name: ModuleName($0), language: .python, kind: .module) }, imports: imports)
    }

    @Test(.enabled(if: enabled)) func layersAndForbiddenOnALargeGraph() {
        let clock = ContinuousClock()
        var graph: ImportGraph!
        let build = clock.measure { graph = Self.syntheticGraph() }
        print("synthetic graph: \(graph.moduleCount) modules, \(graph.edgeCount) imports, \(graph.statementCount) statements, built in \(build)")
        let layers = LayersContract(
            metadata: ContractMetadata(id: "layers", name: "Layers", type: "layers"),
            layers: (0..<10).map { try! LayersContract.parseLayerLine("syn.l\($0)").get() }
        )
        let containers = LayersContract(
            metadata: ContractMetadata(id: "containers", name: "Containers", type: "layers"),
            layers: ["p0 | p1 | p2", "p3 : p4", "p5", "(p6)"].map { try! LayersContract.parseLayerLine($0).get() },
            containers: [ModuleExpression("syn.l*")]
        )
        let forbidden = ForbiddenContract(
            metadata: ContractMetadata(id: "forbidden", name: "Forbidden", type: "forbidden"),
            sourceModules: [ModuleExpression("syn.l9")],
            forbiddenModules: [ModuleExpression("syn.l0"), ModuleExpression("syn.l1"), ModuleExpression("requests")]
        )
        let independence = IndependenceContract(
            metadata: ContractMetadata(id: "independence", name: "Independence", type: "independence"),
            modules: [ModuleExpression("syn.l5.*")]
        )
        let acyclic = AcyclicSiblingsContract(
            metadata: ContractMetadata(id: "acyclic", name: "Acyclic", type: "acyclic_siblings"),
            ancestors: [ModuleExpression("syn")]
        )
        // Violations and chains per contract, as grimp 3.19 finds them on the same graph: the
        // timings are printed, these counts are what the run checks.
        let expected: [String: (violations: Int, chains: Int)] = [
            "layers": (38, 150), "forbidden": (3, 572), "containers": (230, 35_337), "independence": (2_450, 78_852),
        ]
        // ARCHLINT_PERF_CONTRACTS=layers,forbidden picks some of them.
        let only = getenv("ARCHLINT_PERF_CONTRACTS").map { Set(String(cString: $0).split(separator: ",").map(String.init)) }
        for contract in [layers, containers, forbidden, independence, acyclic] as [any Contract]
        where only?.contains(contract.metadata.id) ?? true {
            var result: ContractResult!
            let time = clock.measure { result = contract.check(graph) }
            let chains = result.violations.reduce(0) { $0 + $1.chains.count }
            print("\(contract.metadata.id): \(result.status), \(result.violations.count) violations, \(chains) chains, errors \(result.errors), in \(time)")
            #expect(result.errors.isEmpty)
            if let counts = expected[contract.metadata.id] {
                #expect(result.violations.count == counts.violations, "\(contract.metadata.id) violations")
                #expect(chains == counts.chains, "\(contract.metadata.id) chains")
            } else {
                #expect(result.violations.count == 21_483, "acyclic: dependencies to remove")
            }
        }
    }
}

/// A small deterministic generator, so the synthetic graph is the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
