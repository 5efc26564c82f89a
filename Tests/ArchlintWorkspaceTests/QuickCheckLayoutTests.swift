import Foundation
import Testing
@testable import ArchlintWorkspace

/// The quick check's block, read where it lies: it holds while nothing changes, fails when a
/// file or folder changes, and a damaged block is refused rather than trusted or crashed on.
@Suite struct QuickCheckLayoutTests {
    private func block(_ folder: String, files: [String], loose: [String] = []) -> [UInt8] {
        let folders = [(path: folder, modified: ScanCache.stamp(of: folder)!.modified),
                       (path: folder + "/empty", modified: ScanCache.stamp(of: folder + "/empty")?.modified ?? -1)]
        let paths = (files.map { folder + "/" + $0 } + loose).map { (path: $0, stamp: ScanCache.stamp(of: $0)) }
        var writer = ByteWriter()
        WorkspaceSnapshot.Validation(settingsKey: 7, folders: folders, filePaths: paths).write(into: &writer)
        return writer.bytes
    }

    private func holds(_ bytes: [UInt8]) -> Bool {
        var reader = ByteReader(bytes)
        guard let block = reader.readBytes() else { return false }
        return WorkspaceSnapshot.Validation.holds(bytes, block: block.indices)
    }

    @Test func theBlockHoldsUntilAFileOrFolderChanges() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-quick-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["a.py", "b.py"] { try "import os\n".write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        let loose = folder + "/empty/../a.py"
        let bytes = block(folder, files: ["a.py", "b.py", "gone.py"], loose: [loose])
        #expect(holds(bytes))
        // Every shorter block, and every block with one byte damaged in its header or records, is
        // refused or still answers without crashing.
        var reader = ByteReader(bytes)
        let read = reader.readBytes()
        let whole = try #require(read)
        for count in 0..<whole.count {
            var truncated = ByteWriter()
            truncated.write(Array(whole.prefix(count)))
            #expect(!holds(truncated.bytes), "a block cut to \(count) bytes was trusted")
        }
        for index in bytes.indices {
            var damaged = bytes
            damaged[index] ^= 0x80
            _ = holds(damaged)
        }
        // A file that appears where the record had none.
        try "x".write(toFile: folder + "/gone.py", atomically: true, encoding: .utf8)
        #expect(!holds(bytes))
        try FileManager.default.removeItem(atPath: folder + "/gone.py")
        // The folder's time moved back to what it was is not enough when a file's stamp moved.
        let fresh = block(folder, files: ["a.py", "b.py"], loose: [loose])
        #expect(holds(fresh))
        try "import sys\n".write(toFile: folder + "/b.py", atomically: false, encoding: .utf8)
        #expect(!holds(fresh))
        let again = block(folder, files: ["a.py", "b.py"], loose: [loose])
        #expect(holds(again))
        try FileManager.default.removeItem(atPath: folder + "/empty")
        #expect(!holds(again))
    }
}
