import Testing
@testable import ArchlintScanning

/// The pieces the scan reads many bytes at a time with: the pass that finds every `import` word
/// while checking the bytes, the identifier-run search and the wide counter sum. Each is held to
/// the plain, byte-by-byte answer.
@Suite struct PythonFusedPassTests {
    /// The starts of `import` byte by byte.
    private func naiveStarts(_ bytes: [UInt8]) -> [Int] {
        guard bytes.count >= 6 else { return [] }
        return (0...(bytes.count - 6)).filter { Array(bytes[$0..<($0 + 6)]) == Array("import".utf8) }
    }

    /// `PythonImportWords(checking:finding:scratch:)` on `bytes`, read as the prefix of a larger buffer.
    private func fused(_ bytes: [UInt8]) -> (starts: [Int], finding: SourceCheck.Finding?) {
        (bytes + Array("import\0\u{FF}".utf8)).withUnsafeBufferPointer { buffer in
            let prefix = UnsafeBufferPointer(rebasing: buffer.prefix(bytes.count))
            // A small scratch, so that files with more words spill to the heap too.
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3) { scratch in
                var finding: SourceCheck.Finding?
                let words = PythonImportWords(checking: prefix, finding: &finding, scratch: scratch)
                return (words.starts, finding)
            }
        }
    }

    private func check(_ bytes: [UInt8]) -> SourceCheck.Finding? { bytes.withUnsafeBufferPointer { SourceCheck.check($0) } }

    @Test(arguments: Array(0...300))
    func findsEveryWordAndTheSameFindingAtEveryOffset(shift: Int) {
        var text = Array((String(repeating: "x", count: shift) + "import a\n" + String(repeating: "y = 1 # import\n", count: 20)).utf8)
        #expect(fused(text).starts == naiveStarts(text))
        #expect(fused(text).finding == nil)
        #expect(fused(Array(text.prefix(shift + 5))).starts == naiveStarts(Array(text.prefix(shift + 5))))
        for bad: [UInt8] in [[0], [0xFF], [0xC3, 0xA9], [0xC3], [0xE2, 0x82, 0xAC], [0x80]] {
            var damaged = text
            damaged.replaceSubrange(shift..<(shift + 1), with: bad)
            #expect(fused(damaged).finding == check(damaged))
            #expect(fused(damaged).starts == naiveStarts(damaged))
        }
        text = Array(text.prefix(shift))
        #expect(fused(text).starts == naiveStarts(text))
    }

    @Test func aCheckedScanMatchesTheCheckAndTheScan() {
        let sources = [
            "import a\nfrom b import c\n", "x = 1\n", "# coding: latin-1\nimport \u{E9}\n", "import a\0\n",
            String(repeating: "z = 'import'\n", count: 40) + "import q\n",
        ]
        for source in sources {
            var bytes = Array(source.utf8)
            if source.hasPrefix("# coding") { bytes[bytes.count - 3] = 0xE9 }
            bytes.withUnsafeBufferPointer { buffer in
                let (finding, scan) = PythonImportScanner.checkAndScan(buffer)
                #expect(finding == PythonSourceCheck.check(buffer))
                if case .binary = finding {
                    #expect(scan == nil)
                } else {
                    #expect(scan?.imports == PythonImportScanner.scan(buffer).imports)
                    #expect(scan?.problems == PythonImportScanner.scan(buffer).problems)
                }
            }
        }
    }

    @Test func identifierLanesMatchTheByteTable() {
        for first in stride(from: 0, to: 256, by: 16) {
            let block = SIMD16<UInt8>((0..<16).map { UInt8(first + $0) })
            let lanes = PythonTokenizer.identifierLanes(block)
            for lane in 0..<16 {
                #expect(lanes[lane] == (PythonByteClass.table[first + lane] == PythonByteClass.identifier), "byte \(first + lane)")
            }
        }
    }

    @Test(arguments: Array(0...40))
    func identifierRunsEndAtTheFirstOtherByte(length: Int) {
        let bytes = Array((String(repeating: "a_Z9", count: 12).prefix(length) + ".x").utf8)
        let end = bytes.withUnsafeBufferPointer { buffer in
            withUnsafeTemporaryAllocation(byteCount: PythonTokenizer.bracketStorage, alignment: 4) { brackets in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 4) { scratch in
                    PythonTokenizer(buffer, importWords: PythonImportWords(in: buffer, scratch: scratch), openBrackets: brackets.baseAddress!)
                        .endOfIdentifier(from: 0)
                }
            }
        }
        #expect(end == length)
    }

    @Test func wideSumAddsFullCounters() {
        #expect(ByteLanes.wideSum(SIMD16<UInt8>(repeating: 255)) == 16 * 255)
        #expect(ByteLanes.wideSum(SIMD16<UInt8>((0..<16).map { UInt8($0 * 17) })) == (0..<16).reduce(0) { $0 + $1 * 17 })
        #expect(ByteLanes.wideSum(SIMD16<UInt8>()) == 0)
    }

    @Test(arguments: Array(0...70))
    func longDocstringsCountLinesPastTheFlush(shift: Int) {
        // 63 blocks of 64 bytes of newlines flush the counters once mid-run.
        let body = String(repeating: "\n", count: 64 * 63 + shift) + "'a' \\' \\\\ '' "
        let bytes = Array(("'''" + body + "'''\nimport a\n").utf8)
        let scan = PythonImportScanner.scan(bytes)
        #expect(scan.imports.map(\.line) == [64 * 63 + shift + 2])
        #expect(scan.problems.isEmpty)
    }
}
