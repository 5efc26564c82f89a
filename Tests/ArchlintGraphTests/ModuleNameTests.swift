import Testing
@testable import ArchlintGraph

@Suite struct ModuleNameTests {
    @Test func parentAndRoot() {
        #expect(ModuleName("a.b.c").parent == "a.b")
        #expect(ModuleName("a").parent == nil)
        #expect(ModuleName("a.b.c").root == "a")
        #expect(ModuleName("a.b.c").depth == 3)
    }

    @Test func descendantNeedsADotBoundary() {
        #expect(ModuleName("a.b.c").isDescendant(of: "a.b"))
        #expect(!ModuleName("a.bc").isDescendant(of: "a.b"))
        #expect(!ModuleName("a.b").isDescendant(of: "a.b"))
        #expect(ModuleName("a.b").isSelfOrDescendant(of: "a.b"))
    }
}
