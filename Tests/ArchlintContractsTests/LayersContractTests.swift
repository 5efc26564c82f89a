import ArchlintContracts
import ArchlintGraph
import Testing

@Suite struct LayersContractTests {
    /// low reaches high directly (l1 -> h1), through the unlayered app.util.u (from l1 and l2, to
    /// h1 and h2), and through the mid layer (l2 -> m1 -> h2); high imports low (allowed downwards).
    let graph = TestGraph.make(
        ["app", "app.high", "app.high.h1", "app.high.h2", "app.mid", "app.mid.m1", "app.low", "app.low.l1",
         "app.low.l2", "app.util", "app.util.u"],
        ["app.low.l1 -> app.high.h1:1", "app.low.l2 -> app.util.u:2", "app.low.l1 -> app.util.u:3",
         "app.util.u -> app.high.h1:4", "app.util.u -> app.high.h2:5", "app.low.l2 -> app.mid.m1:6",
         "app.mid.m1 -> app.high.h2:7", "app.high -> app.low:8", "app.mid.m1 -> app.util.u:9"]
    )

    func layers(_ lines: [String], closed: Set<String> = [], containers: [String] = [], exhaustive: Bool = false,
                exhaustiveIgnores: [String] = [], ignore: [String] = []) -> LayersContract {
        LayersContract(
            metadata: TestGraph.metadata("layers", ignore: ignore),
            layers: lines.map { try! LayersContract.parseLayerLine($0, isClosed: closed.contains($0)).get() },
            containers: TestGraph.expressions(containers),
            exhaustive: exhaustive,
            exhaustiveIgnores: exhaustiveIgnores
        )
    }

    @Test func chainsThroughAnotherLayerBelongToThatLayer() {
        let result = layers(["app.high", "app.mid", "app.low"]).check(graph)
        #expect(result.errors.isEmpty)
        #expect(pairs(result) == ["app.low => app.high", "app.low => app.mid", "app.mid => app.high"])
        // The route through app.util.u fans in from both low modules and out to both high ones.
        #expect(paths(result.violations[0]) == [
            "app.low.l1->app.high.h1",
            "app.low.l1->app.util.u app.util.u->app.high.h1",
            "app.low.l1->app.util.u app.util.u->app.high.h2",
            "app.low.l2->app.util.u app.util.u->app.high.h1",
            "app.low.l2->app.util.u app.util.u->app.high.h2",
        ])
        #expect(paths(result.violations[1]) == ["app.low.l2->app.mid.m1"])
        #expect(paths(result.violations[2]) == [
            "app.mid.m1->app.high.h2",
            "app.mid.m1->app.util.u app.util.u->app.high.h1",
            "app.mid.m1->app.util.u app.util.u->app.high.h2",
        ])
        #expect(result.violations[0].chains[1].map(\.lines) == [[3], [4]])
        #expect(result.violations[0].chains[1][0].path == "app/low/l1.py")
    }

    @Test func independentSiblingsMayNotImportEachOther() {
        let result = layers(["app.high", "app.mid | app.util", "app.low"]).check(graph)
        #expect(pairs(result) == [
            "app.low => app.high", "app.low => app.mid", "app.low => app.util",
            "app.mid => app.high", "app.mid => app.util", "app.util => app.high",
        ])
        #expect(paths(result.violations[0]) == ["app.low.l1->app.high.h1"])
        #expect(paths(result.violations[2]) == ["app.low.l1->app.util.u", "app.low.l2->app.util.u"])
        #expect(paths(result.violations[4]) == ["app.mid.m1->app.util.u"])
        // Between siblings of one layer the rule broken is their independence, not the order.
        #expect(result.violations.map(\.kind) == [.imports, .imports, .imports, .imports, .independentSibling, .imports])
    }

    @Test func nonIndependentSiblingsMayImportEachOther() {
        let result = layers(["app.high", "app.mid : app.util", "app.low"]).check(graph)
        #expect(pairs(result) == [
            "app.low => app.high", "app.low => app.mid", "app.low => app.util", "app.mid => app.high", "app.util => app.high",
        ])
    }

    @Test func optionalLayersMayBeMissingRequiredOnesMayNot() {
        let optional = layers(["app.high", "(app.missing)", "app.low"]).check(graph)
        #expect(optional.errors.isEmpty)
        #expect(pairs(optional) == ["app.low => app.high"])
        #expect(paths(optional.violations[0]) == [
            "app.low.l1->app.high.h1",
            "app.low.l1->app.util.u app.util.u->app.high.h1",
            "app.low.l1->app.util.u app.util.u->app.high.h2",
            "app.low.l2->app.util.u app.util.u->app.high.h1",
            "app.low.l2->app.util.u app.util.u->app.high.h2",
            // Chains sharing a middle stay together, routes in the order of their first chain.
            "app.low.l2->app.mid.m1 app.mid.m1->app.high.h2",
        ])
        let required = layers(["app.high", "app.missing", "app.low"]).check(graph)
        #expect(required.errors == ["Missing layer 'app.missing': module app.missing does not exist."])
        #expect(required.violations.isEmpty)
    }

    @Test func closedLayersMayNotBeBypassed() {
        let open = layers(["app.high", "app.mid", "app.low"]).check(graph)
        #expect(!pairs(open).contains("app.high => app.low"))
        let result = layers(["app.high", "app.mid", "app.low"], closed: ["app.mid"]).check(graph)
        #expect(pairs(result) == ["app.high => app.low", "app.low => app.high", "app.low => app.mid", "app.mid => app.high"])
        #expect(describe(result.violations[0]) == "app.high => app.low: app.high->app.low(8)")
        #expect(result.violations[0].note == "app.low lies below the closed layer app.mid, which app.high may not bypass.")
        #expect(result.violations[1...].allSatisfy { $0.note == nil })
        // A closed top layer closes nothing above it.
        let top = layers(["app.high", "app.mid", "app.low"], closed: ["app.high"]).check(graph)
        #expect(!pairs(top).contains("app.high => app.low"))
    }

    @Test func ignoredImportsAreRemovedFirst() {
        let result = layers(["app.high", "app.mid", "app.low"], ignore: ["app.low.* -> app.util.u"]).check(graph)
        #expect(result.ignoredImports == 2)
        #expect(pairs(result) == ["app.low => app.high", "app.low => app.mid", "app.mid => app.high"])
        #expect(paths(result.violations[0]) == ["app.low.l1->app.high.h1"])
    }

    /// Two containers with the same layers; c2 has no `db`. c1.core reaches c1.api through c2.core,
    /// which is not one of c1's layers.
    let containerGraph = TestGraph.make(
        ["c1", "c1.api", "c1.core", "c1.db", "c1.extra", "c1.tests", "c2", "c2.api", "c2.core"],
        ["c1.core -> c2.core:1", "c2.core -> c1.api:2", "c1.db -> c1.core:3", "c2.core -> c2.api:4", "c1.api -> c1.db:5"]
    )

    @Test func containersEachHoldTheLayers() {
        let contract = layers(["api", "core", "(db)"], containers: ["c1", "c2"])
        let result = contract.check(containerGraph)
        #expect(result.errors.isEmpty)
        #expect(pairs(result) == ["c1.core => c1.api", "c1.db => c1.core", "c2.core => c2.api"])
        #expect(paths(result.violations[0]) == ["c1.core->c2.core c2.core->c1.api"])
        let wildcard = layers(["api", "core", "(db)"], containers: ["c*"]).check(containerGraph)
        #expect(pairs(wildcard) == pairs(result))
    }

    @Test func missingLayerInAContainerIsAnError() {
        let result = layers(["api", "core", "db"], containers: ["c1", "c2", "c3"]).check(containerGraph)
        #expect(result.errors == [
            "Module 'c3' does not exist.",
            "Missing layer in container 'c2': module c2.db does not exist.",
        ])
    }

    @Test func exhaustiveContractsListEveryChild() {
        let result = layers(["api", "core", "(db)"], containers: ["c1", "c2"], exhaustive: true, exhaustiveIgnores: ["tests"]).check(containerGraph)
        #expect(pairs(result) == ["c1.core => c1.api", "c1.db => c1.core", "c2.core => c2.api", "c1.extra => c1"])
        #expect(result.violations.map(\.kind) == [.imports, .imports, .imports, .undeclaredModule])
        #expect(result.violations[3].chains.isEmpty)
        let kept = layers(["api", "core", "(db)"], containers: ["c1", "c2"], exhaustive: true, exhaustiveIgnores: ["tests", "extra"])
        #expect(kept.check(TestGraph.make(["c1", "c1.api", "c1.core", "c1.extra", "c1.tests", "c2", "c2.api", "c2.core"], [])).status == .kept)
        let noContainers = layers(["app.high", "app.low"], exhaustive: true).check(graph)
        #expect(noContainers.errors == ["The exhaustive option is not supported for contracts without containers."])
    }

    @Test func aModuleInTwoLayersIsAnError() {
        #expect(LayersContract.optionErrors(
            layers: [try! LayersContract.parseLayerLine("a | b").get(), try! LayersContract.parseLayerLine("(b)").get(),
                     try! LayersContract.parseLayerLine("a").get()],
            containers: [], exhaustive: false
        ) == ["Modules cannot be in more than one layer: 'a', 'b'."])
    }

    @Test func layersContainingOneAnotherAreAnError() {
        let result = layers(["app.high", "app.high.h1"]).check(graph)
        #expect(result.errors == ["Layers cannot contain one another: 'app.high.h1' is inside 'app.high'."])
    }

    @Test func keptWhenEveryImportGoesDown() {
        let result = layers(["app.util", "app.high", "app.low"]).check(graph)
        // util -> high is allowed (downwards); low -> util is not.
        #expect(pairs(result) == ["app.low => app.high", "app.low => app.util"])
        #expect(layers(["app.high", "app.low"]).check(TestGraph.make(["app", "app.high", "app.low"], ["app.high -> app.low:1"])).status == .kept)
    }
}

@Suite struct LayerLineTests {
    @Test func parsesEachForm() throws {
        let single = try LayersContract.parseLayerLine("  domain ").get()
        #expect(single == LayersContract.Layer(members: [.init(name: "domain")], isIndependent: true))
        let independent = try LayersContract.parseLayerLine("domain | catalog").get()
        #expect(independent.members.map(\.name) == ["domain", "catalog"])
        #expect(independent.isIndependent)
        let siblings = try LayersContract.parseLayerLine("a : (b)").get()
        #expect(siblings.members == [.init(name: "a"), .init(name: "b", isOptional: true)])
        #expect(!siblings.isIndependent)
        let optional = try LayersContract.parseLayerLine("(infrastructure)", isClosed: true).get()
        #expect(optional.members == [.init(name: "infrastructure", isOptional: true)])
        #expect(optional.isClosed)
    }

    @Test func rejectsMixedSeparatorsRepeatsAndEmptyNames() {
        #expect(LayersContract.parseLayerLine("a | b : c") == .failure(.mixedSeparators))
        #expect(LayersContract.LayerSyntaxError.mixedSeparators.description
            == "Layer cannot have a mixture of independent and non-independent elements.")
        #expect(LayersContract.parseLayerLine("b | a | (b) | a") == .failure(.repeatedModules(["a", "b"])))
        #expect(LayersContract.LayerSyntaxError.repeatedModules(["a", "b"]).description
            == "Modules cannot be repeated in a layer: 'a', 'b'.")
        #expect(LayersContract.parseLayerLine("a | ") == .failure(.emptyModuleName))
        #expect(LayersContract.parseLayerLine("") == .failure(.emptyModuleName))
        #expect(LayersContract.parseLayerLine("()") == .failure(.emptyModuleName))
    }
}

@Suite struct ChainRouteTests {
    @Test func chainsSharingAMiddleCollapseIntoOneRoute() {
        let result = LayersContractTests().layers(["app.high", "app.mid", "app.low"]).check(LayersContractTests().graph)
        let routes = result.violations[0].routes
        #expect(routes.count == 2)
        #expect(routes[0] == ChainRoute(chain: result.violations[0].chains[0]))
        #expect(routes[1].chain.map { "\($0.importer)->\($0.imported)" } == ["app.low.l1->app.util.u", "app.util.u->app.high.h1"])
        #expect(routes[1].extraFirsts.map { "\($0.importer)->\($0.imported)" } == ["app.low.l2->app.util.u"])
        #expect(routes[1].extraLasts.map { "\($0.importer)->\($0.imported)" } == ["app.util.u->app.high.h2"])
        #expect(routes[1].extraFirsts[0].lines == [2])
    }
}
