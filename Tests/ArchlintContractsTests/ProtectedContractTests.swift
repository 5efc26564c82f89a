import ArchlintContracts
import ArchlintGraph
import Testing

@Suite struct ProtectedContractTests {
    let graph = TestGraph.make(
        ["s", "s.core", "s.core.models", "s.core.models.user", "s.core.api", "s.web", "s.web.views", "s.admin", "s.jobs", "s.jobs.x"],
        ["s.web.views -> s.core.models:1", "s.web.views -> s.core.models:4", "s.admin -> s.core.models.user:2",
         "s.core.api -> s.core.models:3", "s.jobs.x -> s.core:5", "s.web -> s.core.api:6", "s.jobs -> s.core.models.user:7",
         "s.core.models.user -> s.core.models:8"]
    )

    func protected(_ modules: [String], allowed: [String], asPackages: Bool = true, ignore: [String] = []) -> ProtectedContract {
        ProtectedContract(
            metadata: TestGraph.metadata("protected", ignore: ignore),
            protectedModules: TestGraph.expressions(modules),
            allowedImporters: TestGraph.expressions(allowed),
            asPackages: asPackages
        )
    }

    @Test func onlyAllowedImportersAndThePackageItselfMayImport() {
        let result = protected(["s.core.models"], allowed: ["s.admin"]).check(graph)
        #expect(result.violations.map(describe) == [
            "s.core.api => s.core.models: s.core.api->s.core.models(3)",
            "s.web.views => s.core.models: s.web.views->s.core.models(1,4)",
            "s.jobs => s.core.models.user: s.jobs->s.core.models.user(7)",
        ])
    }

    @Test func asPackagesFalseProtectsAndAllowsTheNamedModulesOnly() {
        let result = protected(["s.core.models"], allowed: ["s.admin", "s.core.api"], asPackages: false).check(graph)
        // s.core.models.user is not protected itself, but it is not an allowed importer either.
        #expect(pairs(result) == ["s.core.models.user => s.core.models", "s.web.views => s.core.models"])
        let allowedPackage = protected(["s.core.models"], allowed: ["s.web"], asPackages: false).check(graph)
        #expect(pairs(allowedPackage) == ["s.core.api => s.core.models", "s.core.models.user => s.core.models", "s.web.views => s.core.models"])
    }

    @Test func overlappingExpressionsReportEachImportOnce() {
        let result = protected(["s.core.*", "s.core"], allowed: ["s.web"]).check(graph)
        #expect(pairs(result) == [
            "s.core.api => s.core.models", "s.admin => s.core.models.user", "s.jobs => s.core.models.user", "s.jobs.x => s.core",
        ])
    }

    @Test func ignoredImportsAndErrors() {
        let result = protected(["s.core.models"], allowed: ["s.jobs"], ignore: ["s.web.* -> s.core.**"]).check(graph)
        #expect(result.ignoredImports == 1)
        #expect(pairs(result) == ["s.core.api => s.core.models", "s.admin => s.core.models.user"])
        let missing = protected(["s.core.gone"], allowed: ["s.nobody.*"]).check(graph)
        #expect(missing.errors == ["The expression 's.nobody.*' did not match any modules.", "Module 's.core.gone' does not exist."])
        #expect(protected(["s.web"], allowed: ["s.admin"]).check(graph).status == .kept)
    }
}
