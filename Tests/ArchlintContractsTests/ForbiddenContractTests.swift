import ArchlintContracts
import ArchlintGraph
import Testing

@Suite struct ForbiddenContractTests {
    /// p.a reaches p.b directly (two imports) and through p.m; p.c imports p.a.x.
    let graph = TestGraph.make(
        ["p", "p.a", "p.a.x", "p.b", "p.b.y", "p.c", "p.c.z", "p.m"],
        ["p.a.x -> p.m:1", "p.m -> p.b.y:2", "p.a -> p.b:3", "p.a -> p.b.y:4", "p.a -> p.b.y:9",
         "p.b.y -> p.c.z:5", "p.c -> p.a.x:6", "p.m -> requests(requests.adapters):7", "p.c -> requests:8"]
    )

    func contract(
        _ sources: [String], _ forbidden: [String], indirect: Bool = false, asPackages: Bool = true,
        ignore: [String] = [], alerting: UnmatchedIgnoreAlerting = .error
    ) -> ForbiddenContract {
        ForbiddenContract(
            metadata: TestGraph.metadata("forbidden", ignore: ignore, alerting: alerting),
            sourceModules: TestGraph.expressions(sources),
            forbiddenModules: TestGraph.expressions(forbidden),
            allowIndirectImports: indirect,
            asPackages: asPackages
        )
    }

    @Test func reportsEveryShortestChainSortedAsImportLinter() {
        let result = contract(["p.a"], ["p.b"]).check(graph)
        #expect(result.status == .broken)
        #expect(result.errors.isEmpty)
        #expect(describe(result) == [
            "p.a => p.b: p.a->p.b(3) | p.a->p.b.y(4,9) | p.a.x->p.m(1) p.m->p.b.y(2)",
        ])
        #expect(result.violations[0].chains[2][0].path == "p/a/x.py")
    }

    @Test func indirectChainsThroughSeveralModules() {
        // p.c -> p.a.x -> p.m -> p.b.y -> p.c.z: p.c reaches p.b in three links.
        let result = contract(["p.c"], ["p.b", "p.m"]).check(graph)
        #expect(describe(result) == [
            "p.c => p.b: p.c->p.a.x(6) p.a.x->p.m(1) p.m->p.b.y(2)",
            "p.c => p.m: p.c->p.a.x(6) p.a.x->p.m(1)",
        ])
    }

    @Test func allowIndirectImportsKeepsOnlyDirectOnes() {
        let result = contract(["p.a", "p.c"], ["p.b"], indirect: true).check(graph)
        #expect(describe(result) == ["p.a => p.b: p.a->p.b(3) | p.a->p.b.y(4,9)"])
    }

    @Test func asPackagesFalseLooksAtTheNamedModulesOnly() {
        #expect(describe(contract(["p.a"], ["p.b"], asPackages: false).check(graph)) == ["p.a => p.b: p.a->p.b(3)"])
        #expect(contract(["p.a.x"], ["p.b"], asPackages: false).check(graph).status == .kept)
        #expect(describe(contract(["p.a.x"], ["p.b.y"], asPackages: false).check(graph)) == ["p.a.x => p.b.y: p.a.x->p.m(1) p.m->p.b.y(2)"])
        #expect(contract(["p.c.z"], ["p.a"], asPackages: false).check(graph).status == .kept)
    }

    @Test func overlappingSourceAndForbiddenPairsAreSkipped() {
        // p.* matches p.b itself and p.a; only p.a -> p.b counts. As packages, p.a.x inside p.a is skipped too.
        let result = contract(["p.*"], ["p.b", "p.a.x"]).check(graph)
        #expect(result.violations.map { "\($0.importer)=>\($0.imported)" } == ["p.c=>p.a.x", "p.a=>p.b", "p.c=>p.b", "p.m=>p.b"])
    }

    @Test func externalPackagesAndTheirSubmodules() {
        let whole = contract(["p.a"], ["requests"]).check(graph)
        #expect(describe(whole) == ["p.a => requests: p.a.x->p.m(1) p.m->requests(7)"])
        let adapters = contract(["p.a", "p.c"], ["requests.adapters"]).check(graph)
        // p.c's own import of plain `requests` is not of `requests.adapters`: only its chain via p.m counts.
        #expect(describe(adapters) == [
            "p.a => requests.adapters: p.a.x->p.m(1) p.m->requests.adapters(7)",
            "p.c => requests.adapters: p.c->p.a.x(6) p.a.x->p.m(1) p.m->requests.adapters(7)",
        ])
        let sessions = contract(["p.a", "p.c"], ["requests.sessions"]).check(graph)
        #expect(sessions.status == .kept)
        #expect(sessions.errors.isEmpty)
    }

    @Test func missingExternalModuleIsKeptButMissingInternalOneIsAnError() {
        let external = contract(["p.a"], ["sqlalchemy"]).check(graph)
        #expect(external.status == .kept)
        #expect(external.errors.isEmpty)
        let misspelt = contract(["p.a", "p.nope"], ["p.gone", "p.zz.*"]).check(graph)
        #expect(misspelt.errors == [
            "Module 'p.nope' does not exist.",
            "Module 'p.gone' does not exist.",
            "The expression 'p.zz.*' did not match any modules.",
        ])
        #expect(misspelt.violations.isEmpty)
    }

    @Test func ignoredImportsAreRemovedBeforeChecking() {
        let result = contract(["p.a"], ["p.b"], ignore: ["p.a -> p.b.*", "p.*.x -> p.m"]).check(graph)
        #expect(describe(result) == ["p.a => p.b: p.a->p.b(3)"])
        #expect(result.ignoredImports == 2)
        let all = contract(["p.a"], ["p.b"], ignore: ["p.** -> p.b", "p.a -> p.b.y", "p.m -> p.**"]).check(graph)
        #expect(all.status == .kept)
        #expect(all.ignoredImports == 3)
    }

    @Test func ignoringAnExternalSubmoduleRemovesOnlyThoseStatements() {
        let result = contract(["p.a", "p.c"], ["requests"], ignore: ["p.m -> requests.adapters"]).check(graph)
        #expect(describe(result) == ["p.c => requests: p.c->requests(8)"])
        #expect(result.ignoredImports == 1)
    }

    @Test func unmatchedIgnoresFollowTheirAlerting() {
        let lines = ["p.a -> p.c", "p.x.** -> p.b", "p.a -> p.c"]
        let error = contract(["p.a"], ["p.b"], ignore: lines).check(graph)
        #expect(error.errors == ["No matches for ignored import p.a -> p.c.", "No matches for ignored import p.x.** -> p.b."])
        let warn = contract(["p.a"], ["p.b"], ignore: lines, alerting: .warn).check(graph)
        #expect(warn.errors.isEmpty)
        #expect(warn.warnings == ["No matches for ignored import p.a -> p.c.", "No matches for ignored import p.x.** -> p.b."])
        #expect(warn.status == .broken)
        let none = contract(["p.a"], ["p.b"], ignore: lines, alerting: .none).check(graph)
        #expect(none.errors.isEmpty && none.warnings.isEmpty)
    }

    @Test func keptWhenNothingReachesTheForbiddenModules() {
        let result = contract(["p.b"], ["p.a"]).check(graph)
        #expect(result.status == .kept)
        #expect(result.violations.isEmpty)
    }
}
