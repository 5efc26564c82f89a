import ArchlintContracts
import ArchlintGraph
import Testing

@Suite struct IndependenceContractTests {
    /// Same graph as the layers tests.
    let graph = LayersContractTests().graph

    func independence(_ modules: [String], ignore: [String] = [], alerting: UnmatchedIgnoreAlerting = .error) -> IndependenceContract {
        IndependenceContract(metadata: TestGraph.metadata("independence", ignore: ignore, alerting: alerting), modules: TestGraph.expressions(modules))
    }

    @Test func chainsThroughAnotherOfTheModulesBelongToThatModule() {
        let result = independence(["app.high", "app.mid", "app.low"]).check(graph)
        #expect(pairs(result) == ["app.high => app.low", "app.low => app.high", "app.low => app.mid", "app.mid => app.high"])
        #expect(paths(result.violations[1]) == [
            "app.low.l1->app.high.h1",
            "app.low.l1->app.util.u app.util.u->app.high.h1",
            "app.low.l1->app.util.u app.util.u->app.high.h2",
            "app.low.l2->app.util.u app.util.u->app.high.h1",
            "app.low.l2->app.util.u app.util.u->app.high.h2",
        ])
        #expect(describe(result.violations[0]) == "app.high => app.low: app.high->app.low(8)")
    }

    @Test func wildcardsMakeEveryChildIndependent() {
        let result = independence(["app.*"]).check(graph)
        #expect(pairs(result) == [
            "app.high => app.low", "app.low => app.high", "app.low => app.mid", "app.low => app.util",
            "app.mid => app.high", "app.mid => app.util", "app.util => app.high",
        ])
        // With app.util independent too, low reaches high only directly.
        #expect(paths(result.violations[1]) == ["app.low.l1->app.high.h1"])
    }

    @Test func keptWhenNoModuleReachesAnother() {
        let result = independence(["app.high.h1", "app.high.h2"]).check(graph)
        #expect(result.status == .kept)
        #expect(result.errors.isEmpty)
    }

    @Test func ignoredImports() {
        let result = independence(["app.high", "app.low"], ignore: ["app.low.** -> app.**", "app.high -> app.low"]).check(graph)
        #expect(result.status == .kept)
        #expect(result.ignoredImports == 5)
        let partly = independence(["app.high", "app.low"], ignore: ["app.util.u -> app.high.*"]).check(graph)
        #expect(pairs(partly) == ["app.high => app.low", "app.low => app.high"])
        #expect(paths(partly.violations[1]) == ["app.low.l1->app.high.h1", "app.low.l2->app.mid.m1 app.mid.m1->app.high.h2"])
    }

    @Test func missingAndNestedModulesAreErrors() {
        let missing = independence(["app.high", "app.gone", "app.nothing.*"]).check(graph)
        #expect(missing.errors == ["Module 'app.gone' does not exist.", "The expression 'app.nothing.*' did not match any modules."])
        let nested = independence(["app.high", "app.high.h1"]).check(graph)
        #expect(nested.errors == ["Independent modules cannot contain one another: 'app.high.h1' is inside 'app.high'."])
        let unmatched = independence(["app.high", "app.low"], ignore: ["app.x -> app.y"], alerting: .warn).check(graph)
        #expect(unmatched.warnings == ["No matches for ignored import app.x -> app.y."])
        #expect(unmatched.status == .broken)
    }
}
