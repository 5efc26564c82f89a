import ArchlintGraph
import Testing
@testable import ArchlintWorkspace

/// The workspace snapshot read back: the same graph, and a damaged file refused (nil or
/// `.damaged`) rather than trusted or crashed on, whichever byte the damage hit, even with its
/// checksum made to match.
@Suite struct WorkspaceSnapshotCodingTests {
    private let graph = ImportGraph(
        modules: ["shop", "shop.domain", "shop.domain.order", "shop.api", "shop.api.views"].map {
            Module(name: ModuleName($0), language: .python, kind: $0.contains(".") ? .module : .package, path: $0 + ".py")
        },
        imports: [("shop.api.views", "shop.domain.order", 3), ("shop.api.views", "requests", 4), ("shop.domain.order", "shop.domain", 1)].map {
            ImportStatement(importer: ModuleName($0.0), imported: ModuleName($0.1), location: SourceLocation(path: $0.0 + ".py", line: $0.2))
        })

    private func encoded() -> [UInt8] {
        WorkspaceSnapshot(key: 42, graph: graph, fileCount: 5, diagnostics: [Diagnostic(path: "x.py", line: 2, message: "odd")]).encoded()
    }

    @Test func aSnapshotReadsBackAsTheGraphItSaved() throws {
        guard case .found(let snapshot) = WorkspaceSnapshot.lookup(encoded(), expectedKey: 42) else {
            Issue.record("the snapshot was not read back")
            return
        }
        let loaded = snapshot.graph
        #expect(loaded.modules == graph.modules)
        #expect(loaded.edges == graph.edges)
        #expect(loaded.allStatements == graph.allStatements)
        #expect(loaded.nameSlots == graph.nameSlots)
        for module in graph.modules {
            #expect(loaded.id(of: module.name) == graph.id(of: module.name))
            #expect(loaded.module(named: module.name)?.name.byteHash == module.name.byteHash)
        }
        #expect(loaded.id(of: "shop.nothing") == nil)
        #expect(snapshot.fileCount == 5)
    }

    /// Every byte of the body changed in turn, the checksum recomputed so that the decoding
    /// itself must notice: the hashes, the name table, the strings, the records.
    @Test func anyByteDamagedBehindAMatchingChecksumIsRefusedOrHarmless() {
        let original = encoded()
        let bodyStart = 19 + 8
        for position in bodyStart..<original.count {
            for flip: UInt8 in [0x01, 0x80, 0xFF] {
                var bytes = original
                bytes[position] ^= flip
                var checksum = Checksum.of(bytes[bodyStart...])
                withUnsafeBytes(of: &checksum) { raw in for index in 0..<8 { bytes[19 + index] = raw[index] } }
                if case .found(let snapshot) = WorkspaceSnapshot.lookup(bytes, expectedKey: 42) {
                    // Decoded: everything it holds can be asked for without crashing.
                    _ = snapshot.graph.allStatements
                    for module in snapshot.graph.modules { _ = snapshot.graph.id(of: module.name) }
                }
            }
        }
    }
}
