import Testing
@testable import ArchlintScanning

/// The scan's own representation: one byte arena holding every module and name, normalized, and
/// one fixed record per imported object.
@Suite struct PythonScanRecordTests {
    private func scan(_ source: String) -> PythonScan { PythonImportScanner.scan(Array(source.utf8)) }

    private func names(_ scan: PythonScan) -> [String] {
        scan.records.map { scan.text($0.module) + ($0.isFrom ? ":" + scan.text($0.name) : "") }
    }

    @Test func eachDottedNameAndEachFromNameIsOneRecordOverOneArena() {
        let found = scan("import a.b as c, d\nfrom ..x.y import (p, q as r)\nfrom . import *\n")
        #expect(String(decoding: found.nameBytes, as: UTF8.self) == "a.bdx.ypq*")
        #expect(found.records == [
            PythonImportRecord(moduleStart: 0, moduleCount: 3, nameStart: 3, nameCount: 0, line: 1, level: 0,
                               flags: [.startsStatement]),
            PythonImportRecord(moduleStart: 3, moduleCount: 1, nameStart: 4, nameCount: 0, line: 1, level: 0,
                               flags: [.startsStatement]),
            PythonImportRecord(moduleStart: 4, moduleCount: 3, nameStart: 7, nameCount: 1, line: 2, level: 2,
                               flags: [.from, .startsStatement]),
            PythonImportRecord(moduleStart: 4, moduleCount: 3, nameStart: 8, nameCount: 1, line: 2, level: 2, flags: [.from]),
            PythonImportRecord(moduleStart: 9, moduleCount: 0, nameStart: 9, nameCount: 1, line: 3, level: 1,
                               flags: [.from, .startsStatement]),
        ])
    }

    @Test func namesAreStoredNormalizedAndSpacedDottedNamesJoined() {
        let found = scan("import ａ . ｂ.c\nfrom ﬁle import ｘ, y\nif TYPE_CHECKING:\n    lazy from m import n, o\n")
        #expect(names(found) == ["a.b.c", "file:x", "file:y", "m:n", "m:o"])
        #expect(found.records.suffix(2).allSatisfy { $0.isTypeChecking && $0.isLazy })
        #expect(found.records.prefix(3).allSatisfy { !$0.isTypeChecking && !$0.isLazy })
    }

    @Test func refusedStatementsLeaveNoBytesBehind() {
        let found = scan("from a.b\nfrom c.d import (\n)\nimport e\n")
        #expect(String(decoding: found.nameBytes, as: UTF8.self) == "e")
        #expect(names(found) == ["e"])
        #expect(found.problems.count == 2)
    }

    @Test func theImportsViewMakesTheVeryRecordsBack() {
        let found = scan("import a, b.c\nfrom . import x, y as z\nfrom ...p.q import *\nfrom m import (n,\n  o)\n")
        let rebuilt = PythonScan(imports: found.imports)
        #expect(rebuilt.records == found.records)
        #expect(rebuilt.nameBytes == found.nameBytes)
        #expect(found.imports == [
            PythonImport(form: .plain, module: "a", line: 1), PythonImport(form: .plain, module: "b.c", line: 1),
            PythonImport(form: .from, level: 1, module: "", names: ["x", "y"], line: 2),
            PythonImport(form: .from, level: 3, module: "p.q", names: ["*"], line: 3),
            PythonImport(form: .from, module: "m", names: ["n", "o"], line: 4),
        ])
    }

    @Test func validationKeepsWholeStatementsInsideTheArena() {
        let found = scan("import a\nfrom b import c, d\n")
        #expect(PythonScan(validating: found.nameBytes, records: found.records, problems: []) != nil)
        func refused(_ change: (inout [PythonImportRecord]) -> Void) -> Bool {
            var records = found.records
            change(&records)
            return PythonScan(validating: found.nameBytes, records: records, problems: []) == nil
        }
        #expect(refused { $0[0].moduleCount = 50 })  // past the arena
        #expect(refused { $0[2].nameStart = UInt32.max })
        #expect(refused { $0[0].flags.insert(PythonImportRecord.Flags(rawValue: 1 << 6)) })  // unknown bit
        #expect(refused { $0[0].nameCount = 1 })  // a plain import with a name
        #expect(refused { $0[1].nameCount = 0 })  // a `from` name that is empty
        #expect(refused { $0.removeFirst(2) })  // a statement's second name first
        #expect(refused { $0[2].line = 9 })  // a second name of another line
        #expect(refused { $0[2].moduleStart = 0 })  // … or of another module
        #expect(PythonScan(validating: [], records: [], problems: []) != nil)
    }
}
