import ArchlintContracts
import ArchlintGraph
import ArchlintReporting

/// A small layered Python shop (with six externals, so `.automatic` hides them) and a Swift
/// module with a hostile name, checked by a real layers and a real forbidden contract: what the
/// DOT, Mermaid and HTML goldens draw.
enum SamplePicture {
    static let hostile = "Evil\"</script><script>alert(1)</script>&#1;\u{7}\\"

    static let graph: ImportGraph = {
        var modules: [Module] = []
        for name in ["shop", "shop.interface", "shop.application", "shop.domain", "shop.infra"] {
            modules.append(Module(name: ModuleName(name), language: .python, kind: .package,
                                  path: name.split(separator: ".").joined(separator: "/") + "/__init__.py"))
        }
        for name in ["shop.interface.cli", "shop.application.orders", "shop.domain.order", "shop.infra.db", "shop.infra.http"] {
            modules.append(Module(name: ModuleName(name), language: .python, kind: .module,
                                  path: name.split(separator: ".").joined(separator: "/") + ".py"))
        }
        for name in ["json", "os", "requests", "sqlite3", "typing", "urllib"] {
            modules.append(Module(name: ModuleName(name), language: .python, kind: .external))
        }
        modules.append(Module(name: ModuleName(hostile), language: .swift, kind: .module, path: "Sources/Evil"))
        func statement(_ importer: String, _ imported: String, _ line: Int) -> ImportStatement {
            let path = modules.first { $0.name.rawValue == importer }!.path!
            return ImportStatement(importer: ModuleName(importer), imported: ModuleName(imported),
                                   location: SourceLocation(path: path, line: line))
        }
        return ImportGraph(modules: modules, imports: [
            statement("shop.interface.cli", "shop.application.orders", 1),
            statement("shop.application.orders", "shop.domain.order", 2),
            statement("shop.application.orders", "shop.domain.order", 9),
            statement("shop.domain.order", "shop.infra.db", 3),
            statement("shop.domain.order", "shop.interface.cli", 4),
            statement("shop.infra.db", "sqlite3", 1),
            statement("shop.infra.http", "json", 1),
            statement("shop.infra.http", "os", 2),
            statement("shop.infra.http", "requests", 3),
            statement("shop.infra.http", "typing", 4),
            statement("shop.infra.http", "urllib", 5),
            statement(hostile, "os", 1),
        ])
    }()

    static let layersContract = LayersContract(
        metadata: ContractMetadata(id: "layers", name: "Shop \"layers\" <top to bottom>", type: "layers"),
        layers: ["interface", "application", "domain", "infra"].map { LayersContract.Layer(members: [.init(name: $0)]) },
        containers: [ModuleExpression("shop")])

    static let results: [ContractResult] = [
        layersContract.check(graph),
        ForbiddenContract(metadata: ContractMetadata(id: "no-sqlite", name: "The domain does no SQL", type: "forbidden"),
                          sourceModules: [ModuleExpression("shop.domain")],
                          forbiddenModules: [ModuleExpression("sqlite3")]).check(graph),
    ]

    static let layers = LayerStack.stacks(of: [layersContract], in: graph)

    static let report = Report(summary: Report.Summary(files: 11, modules: graph.moduleCount, imports: graph.statementCount),
                               results: results)
}
