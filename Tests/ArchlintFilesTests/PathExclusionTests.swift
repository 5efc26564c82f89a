import Testing
@testable import ArchlintFiles

@Suite struct PathExclusionTests {
    @Test func doubleStarMatchesAnyDepth() {
        let exclusion = PathExclusion(["Examples/**", "**/migrations"])
        #expect(exclusion.excludes("Examples/App/main.swift"))
        #expect(exclusion.excludes("shop/orders/migrations/0001.py"))
        #expect(exclusion.excludes("migrations"))
        #expect(!exclusion.excludes("shop/orders/models.py"))
    }

    @Test func singleStarStaysInsideOneSegment() {
        let exclusion = PathExclusion(["src/*_test.py", "./build/"])
        #expect(exclusion.excludes("src/a_test.py"))
        #expect(!exclusion.excludes("src/sub/a_test.py"))
        #expect(exclusion.excludes("build/x/y.py"))
    }

    @Test func aFolderPatternExcludesEverythingBelowIt() {
        let exclusion = PathExclusion(["Tests/Fixtures"])
        #expect(exclusion.excludes("Tests/Fixtures/a/b.swift"))
        #expect(!exclusion.excludes("Tests/FixturesX/b.swift"))
    }
}
