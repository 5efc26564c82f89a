import ArchlintContracts
import ArchlintGraph
import Testing

/// `declared_dependencies` on small SwiftPM-like graphs: targets with their manifest entries,
/// imports written `"Importer -> Imported:line"` (file `Sources/Importer/a.swift`, or the file
/// after `@` in `"Importer@b.swift -> Imported:line"`), `!` before the imported name for `@_exported`.
@Suite struct DeclaredDependenciesContractTests {
    static func target(_ name: String, _ dependencies: [DeclaredDependency] = [], unread: [Int] = [], sources: Bool = true) -> Module {
        Module(name: ModuleName(name), language: .swift, kind: .module, path: "Sources/\(name)",
               declaredDependencies: DeclaredDependencies(target: SourceLocation(path: "Package.swift", line: 10),
                                                          dependencies: dependencies, unreadLines: unread, hasSwiftSources: sources))
    }

    static func on(_ name: String, line: Int = 11, importable: Bool = true) -> DeclaredDependency {
        DeclaredDependency(kind: .target, name: name, modules: [ModuleName(name)], location: SourceLocation(path: "Package.swift", line: line),
                           isImportable: importable)
    }

    static func product(_ name: String, modules: [String]? = nil, line: Int = 12) -> DeclaredDependency {
        DeclaredDependency(kind: .product, name: name, package: "pkg", modules: (modules ?? [name]).map { ModuleName($0) },
                           location: SourceLocation(path: "Package.swift", line: line),
                           productManifest: modules == nil ? nil : ".build/checkouts/pkg/Package.swift")
    }

    static func graph(_ modules: [Module], _ imports: [String]) -> ImportGraph {
        let statements = imports.map { text -> ImportStatement in
            let sides = text.split(separator: " -> ").map(String.init)
            let importer = sides[0].split(separator: "@").map(String.init)
            var imported = sides[1].split(separator: ":").map(String.init)
            let exported = imported[0].hasPrefix("!")
            if exported { imported[0].removeFirst() }
            return ImportStatement(
                importer: ModuleName(importer[0]), imported: ModuleName(imported[0]),
                location: SourceLocation(path: "Sources/\(importer[0])/\(importer.count > 1 ? importer[1] : "a.swift")", line: Int(imported[1])!),
                attributes: exported ? .exported : [])
        }
        return ImportGraph(modules: modules, imports: statements)
    }

    func check(_ graph: ImportGraph, modules: [String] = [], unused: DeclaredDependenciesContract.UnusedAlerting = .error,
               ignore: [String] = []) -> ContractResult {
        DeclaredDependenciesContract(metadata: TestGraph.metadata("declared_dependencies", ignore: ignore),
                                     modules: TestGraph.expressions(modules), unused: unused).check(graph)
    }

    func kinds(_ result: ContractResult) -> [String] {
        result.violations.map { "\($0.kind.rawValue) \($0.importer) => \($0.imported)" }
    }

    @Test func aTargetImportedThroughAnotherTargetsDependencyIsUndeclaredOncePerFile() {
        let graph = Self.graph(
            [Self.target("App", [Self.on("Core")]), Self.target("Core", [Self.on("Net")]), Self.target("Net")],
            ["App -> Core:1", "App -> Net:2", "App@b.swift -> Net:1", "App@b.swift -> Net:4", "Core -> Net:1"])
        let result = check(graph)
        #expect(kinds(result) == ["undeclared App => Net"])
        #expect(result.violations[0].chains.map { $0.map { "\($0.path):\($0.lines)" } } == [
            ["Sources/App/a.swift:[2]"], ["Sources/App/b.swift:[1, 4]"],
        ])
        #expect(result.violations[0].note == "Add it to the dependencies of App (Package.swift:10).")
        #expect(result.metadata.wording.headline(result.violations[0]) == "App imports Net without declaring it in its dependencies:")
    }

    @Test func aDeclaredDependencyNothingImportsIsUnusedAtItsManifestLine() {
        let graph = Self.graph([Self.target("App", [Self.on("Core", line: 7), Self.on("Util", line: 8)]), Self.target("Core"), Self.target("Util")],
                               ["App -> Core:1"])
        let result = check(graph)
        #expect(kinds(result) == ["unused App => Util"])
        let link = result.violations[0].chains[0][0]
        #expect((link.path, link.lines) == ("Package.swift", [8]))
        #expect(result.metadata.wording.headline(result.violations[0])
            == "App declares a dependency on Util that none of its files imports:")
    }

    @Test func unusedCanWarnOrBeLeftUnchecked() {
        let graph = Self.graph([Self.target("App", [Self.on("Util", line: 8)]), Self.target("Util")], [])
        let warned = check(graph, unused: .warn)
        #expect(warned.status == .kept)
        #expect(warned.warnings == ["Package.swift:8: App declares a dependency on Util that none of its files imports."])
        let none = check(graph, unused: .none)
        #expect(none.status == .kept && none.warnings.isEmpty)
    }

    @Test func productModulesAreCheckedAndToolchainModulesAreNot() {
        let graph = Self.graph(
            [Self.target("App", [Self.product("Collections", modules: ["Collections", "DequeModule"])]),
             Self.target("Net", [Self.product("NIOCore")]), Self.target("Other")],
            ["App -> DequeModule:1", "App -> NIOCore:2", "App -> Foundation:3", "App -> XCTest:4", "App -> UIKit:5", "Net -> NIOCore:1"])
        let result = check(graph)
        // UIKit is no target and no declared product's module: an SDK module, not checked.
        #expect(kinds(result) == ["undeclared App => NIOCore"])
        #expect(result.violations[0].note == "It is a module of the product 'NIOCore', which Net declares (Package.swift:12): "
            + "add .product(name: \"NIOCore\", package: \"pkg\") to the dependencies of App (Package.swift:10).")
    }

    @Test func aProductsNoteSaysWhereItsModulesCameFrom() {
        let graph = Self.graph([Self.target("App", [Self.product("Logging"), Self.product("Collections", modules: ["Collections", "DequeModule"])])], [])
        let notes = check(graph).violations.map(\.note)
        #expect(notes == [
            "Product 'Logging': its package has no checkout in .build/checkouts, so its module is taken to be its name "
                + "(`swift package resolve` fetches the manifest that names its modules).",
            "Product 'Collections' has the modules Collections, DequeModule (read from .build/checkouts/pkg/Package.swift).",
        ])
    }

    @Test func reExportedModulesAreAvailableTransitively() {
        let graph = Self.graph(
            [Self.target("App", [Self.on("Core")]), Self.target("Core", [Self.on("Model")]), Self.target("Model", [Self.on("Base")]),
             Self.target("Base")],
            ["App -> Core:1", "App -> Model:2", "App -> Base:3", "Core -> !Model:1", "Model -> !Base:1"])
        #expect(check(graph).violations.isEmpty)
    }

    @Test func aDependencyUsedOnlyThroughWhatItReExportsIsUsed() {
        let graph = Self.graph([Self.target("App", [Self.on("Core")]), Self.target("Core", [Self.on("Model")]), Self.target("Model")],
                               ["App -> Model:1", "Core -> !Model:1"])
        #expect(check(graph).violations.isEmpty)
    }

    @Test func macrosPluginsAndTargetsWithoutSwiftSourcesAreNeverUnused() {
        let graph = Self.graph(
            [Self.target("App", [Self.on("Macros", importable: false)]), Self.target("Macros"),
             Self.target("CLib", [Self.on("Other")], sources: false), Self.target("Other")],
            [])
        #expect(check(graph).violations.isEmpty)
    }

    @Test func unreadDependenciesLeaveUndeclaredUncheckedWithAWarning() {
        let graph = Self.graph([Self.target("App", [Self.on("Util")], unread: [14]), Self.target("Net"), Self.target("Util")],
                               ["App -> Net:1"])
        let result = check(graph)
        #expect(kinds(result) == ["unused App => Util"])
        #expect(result.warnings == ["App: dependencies on line 14 of Package.swift could not be read; "
            + "its imports are not checked for undeclared modules."])
    }

    @Test func modulesChooseTheTargetsAndIgnoreImportsRemovesUndeclaredOnes() {
        let graph = Self.graph([Self.target("App"), Self.target("AppTests"), Self.target("Net")],
                               ["App -> Net:1", "AppTests -> Net:1"])
        #expect(kinds(check(graph, modules: ["AppTests"])) == ["undeclared AppTests => Net"])
        let ignored = check(graph, ignore: ["App -> Net"])
        #expect(kinds(ignored) == ["undeclared AppTests => Net"])
        #expect(ignored.ignoredImports == 1)
    }

    @Test func aModuleThatIsNoTargetOrNoTargetAtAllIsAnError() {
        let graph = Self.graph([Self.target("App")], ["App -> Foundation:1"])
        #expect(check(graph, modules: ["Foundation"]).errors
            == ["Module 'Foundation' is not a SwiftPM target: it declares no dependencies to check."])
        #expect(check(graph, modules: ["Missing"]).errors == ["Module 'Missing' does not exist."])
        let python = TestGraph.make(["a"], [])
        #expect(check(python).errors == ["No SwiftPM target to check: the workspace has no Package.swift target."])
    }
}
