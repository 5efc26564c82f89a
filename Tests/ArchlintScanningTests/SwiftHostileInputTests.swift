import ArchlintGraph
import Testing
@testable import ArchlintScanning

/// Input no compiler accepts, which must still scan in time linear in its size, keep every import
/// and say what is wrong (issue 15).
@Suite struct SwiftHostileInputTests {
    /// Each further `#else` once doubled the stored condition: 40 of them hung.
    @Test func furtherElseClausesAreReportedAndDoNotGrowTheCondition() {
        let source = "#if A\nimport X\n#else\nimport Y\n#else\nimport Z\n#elseif B\nimport W\n#else\nimport V\n#endif\n"
        let scan = SwiftImportScanner.scan(Array(source.utf8))
        #expect(scan.imports.map { "\($0.line) \($0.module) \($0.condition ?? "-")" } == [
            "2 X A", "4 Y !(A)", "6 Z !(A)", "8 W B", "10 V !(A)",
        ])
        let unreachable = "further conditions after #else are unreachable"
        #expect(scan.problems == [
            SwiftLexProblem(line: 5, message: unreachable),
            SwiftLexProblem(line: 7, message: unreachable),
            SwiftLexProblem(line: 9, message: unreachable),
        ])
    }

    @Test func tenThousandElseClausesScanWhole() {
        let branches = 10_000
        var source = "#if os(Linux) || os(Android)\nimport First\n"
        for index in 0..<branches { source += "#else\nimport M\(index)\n" }
        source += "#endif\nimport After\n"
        let scan = SwiftImportScanner.scan(Array(source.utf8))
        #expect(scan.imports.count == branches + 2)
        #expect(scan.imports.first?.condition == "os(Linux) || os(Android)")
        #expect(scan.imports[1].condition == "!(os(Linux) || os(Android))")
        #expect(scan.imports[branches].module == "M\(branches - 1)")
        #expect(scan.imports[branches].line == 2 * branches + 2)
        #expect(scan.imports[branches].condition == "!(os(Linux) || os(Android))")
        #expect(scan.imports.last.map { "\($0.line) \($0.module) \($0.isConditional)" } == "\(2 * branches + 4) After false")
        #expect(scan.problems.count == branches - 1)
    }

    /// A closing bracket that matches nothing open once searched the whole stack of open ones.
    @Test func closingBracketsThatMatchNothingOpenCostNoSearch() {
        let count = 50_000
        let source = "let x = " + String(repeating: "(", count: count) + String(repeating: "]", count: count) + "\nimport A\n"
        let scan = SwiftImportScanner.scan(Array(source.utf8))
        #expect(scan.imports.map { "\($0.line) \($0.module)" } == ["2 A"])
        #expect(scan.problems.isEmpty)
    }

    /// A long `#elseif` chain is ordinary Swift: its `#else` negates every clause before it, once.
    @Test func longElseifChainNegatesEveryClauseOnce() {
        let clauses = 2_000
        var source = "#if C0\nimport M0\n"
        for index in 1..<clauses { source += "#elseif C\(index)\nimport M\(index)\n" }
        source += "#else\nimport Last\n#endif\n"
        let scan = SwiftImportScanner.scan(Array(source.utf8))
        #expect(scan.imports.count == clauses + 1)
        #expect(scan.imports[clauses - 1].condition == "C\(clauses - 1)")
        #expect(scan.imports.last?.condition == (0..<clauses).map { "!(C\($0))" }.joined(separator: " && "))
        #expect(scan.problems.isEmpty)
    }
}
