import ArchlintContracts
import ArchlintGraph
import Testing

@Suite struct AcyclicSiblingsContractTests {
    /// Cycles: a.b -> a.c -> a.b, a.b -> a.c -> a.d -> a.b; in a.e: x -> y -> x; in a.e.x: p <-> q.
    let graph = TestGraph.make(
        ["a", "a.b", "a.b.one", "a.b.two", "a.c", "a.c.one", "a.d", "a.e", "a.e.x", "a.e.x.p", "a.e.x.q", "a.e.y"],
        ["a.b.one -> a.c.one:1", "a.b.two -> a.c:2", "a.c.one -> a.b:3", "a.c -> a.d:4", "a.d -> a.b.two:5",
         "a.e.x.p -> a.e.x.q:6", "a.e.x.q -> a.e.x.p:7", "a.e.x.p -> a.e.y:8", "a.e.y -> a.e.x:9", "a.e -> a.b:10"]
    )

    func acyclic(_ ancestors: [String], depth: Int? = nil, skip: [String] = [], ignore: [String] = []) -> AcyclicSiblingsContract {
        AcyclicSiblingsContract(
            metadata: TestGraph.metadata("acyclic_siblings", ignore: ignore),
            ancestors: TestGraph.expressions(ancestors), depth: depth, skipDescendants: TestGraph.expressions(skip)
        )
    }

    @Test func nominatesDependenciesToRemoveAtEveryDepth() {
        let result = acyclic(["a"]).check(graph)
        #expect(pairs(result) == ["a.c => a.b", "a.d => a.b", "a.e.y => a.e.x", "a.e.x.q => a.e.x.p"])
        #expect(result.violations.allSatisfy { $0.kind == .cycleBreaker })
        #expect(result.violations.map(describe) == [
            "a.c => a.b: a.c.one->a.b(3)",
            "a.d => a.b: a.d->a.b.two(5)",
            "a.e.y => a.e.x: a.e.y->a.e.x(9)",
            "a.e.x.q => a.e.x.p: a.e.x.q->a.e.x.p(7)",
        ])
        #expect(result.violations[0].note
            == "No cycles are allowed in a: this is one of 2 dependencies whose removal would make it acyclic (1 import).")
        #expect(result.violations[2].note
            == "No cycles are allowed in a.e: this is the only dependency whose removal would make it acyclic (1 import).")
    }

    @Test func depthLimitsHowFarDownPackagesAreChecked() {
        #expect(pairs(acyclic(["a"], depth: 0).check(graph)) == ["a.c => a.b", "a.d => a.b"])
        #expect(pairs(acyclic(["a"], depth: 1).check(graph)) == ["a.c => a.b", "a.d => a.b", "a.e.y => a.e.x"])
        #expect(AcyclicSiblingsContract(metadata: TestGraph.metadata("acyclic_siblings"), ancestors: []).depth == 10)
    }

    @Test func skippedDescendantsAreNotDescendedInto() {
        #expect(pairs(acyclic(["a"], skip: ["a.e"]).check(graph)) == ["a.c => a.b", "a.d => a.b"])
        #expect(pairs(acyclic(["a.*"]).check(graph)) == ["a.e.y => a.e.x", "a.e.x.q => a.e.x.p"])
    }

    @Test func countsEveryImportOfADependency() {
        let heavy = TestGraph.make(
            ["k", "k.m", "k.m.a", "k.m.b", "k.n"],
            ["k.m.a -> k.n:1", "k.m.b -> k.n:2", "k.m.b -> k.n:3", "k.n -> k.m:4"]
        )
        let result = acyclic(["k"]).check(heavy)
        // k.m depends on k.n more (2 module imports) than k.n on k.m (1): k.n -> k.m is the one to remove.
        #expect(result.violations.map(describe) == ["k.n => k.m: k.n->k.m(4)"])
        let reversed = TestGraph.make(
            ["k", "k.m", "k.m.a", "k.m.b", "k.n"],
            ["k.n -> k.m.a:1", "k.n -> k.m.b:2", "k.m -> k.n:4"]
        )
        let other = acyclic(["k"]).check(reversed)
        #expect(other.violations.map(describe) == ["k.m => k.n: k.m->k.n(4)"])
        let tie = acyclic(["k"]).check(TestGraph.make(["k", "k.m", "k.n"], ["k.m -> k.n:1", "k.n -> k.m:2"]))
        // Equal weights: the smaller name goes first, so the import back to it is nominated.
        #expect(tie.violations.map(describe) == ["k.n => k.m: k.n->k.m(2)"])
        let many = acyclic(["k"]).check(TestGraph.make(["k", "k.m", "k.m.a", "k.m.b", "k.n", "k.n.c"],
            ["k.n.c -> k.m.a:1", "k.n.c -> k.m.b:2", "k.n -> k.m:3", "k.m.a -> k.n:4", "k.m.a -> k.n.c:5", "k.m -> k.n:6", "k.m.b -> k.n:7"]))
        #expect(many.violations.map(describe) == ["k.n => k.m: k.n->k.m(3) | k.n.c->k.m.a(1) | k.n.c->k.m.b(2)"])
        #expect(many.violations[0].note?.hasSuffix("(3 imports).") == true)
    }

    @Test func ignoredImportsAndErrors() {
        let result = acyclic(["a"], ignore: ["a.c.one -> a.b"]).check(graph)
        #expect(result.ignoredImports == 1)
        #expect(pairs(result) == ["a.d => a.b", "a.e.y => a.e.x", "a.e.x.q => a.e.x.p"])
        #expect(acyclic(["a"], skip: ["a"]).check(graph).errors == ["Cannot skip 'a' as it is also an ancestor."])
        #expect(acyclic(["a.*"], skip: ["a.*"]).check(graph).errors
            == ["Cannot skip descendant 'a.*' as the same expression is in ancestors."])
        #expect(acyclic(["a.zz"], skip: ["a.q.*"]).check(graph).errors
            == ["Module 'a.zz' does not exist.", "The expression 'a.q.*' did not match any modules."])
        #expect(acyclic(["a.b"]).check(graph).status == .kept)
    }
}
