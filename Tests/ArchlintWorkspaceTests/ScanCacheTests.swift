import Foundation
import Testing
@testable import ArchlintWorkspace

@Suite struct ScanCacheTests {
    private func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test func entriesSurviveASaveAndALoad() throws {
        let folder = try temporaryFolder() + "/.archlint_cache"
        var cache = ScanCache(directory: folder)
        #expect(cache.entries.isEmpty)
        #expect(cache.warning == nil)
        let stamp = ScanCache.Stamp(size: 12, modified: 1_700_000_000_123_456_789)
        cache.replaceEntries(["py:a/b.py": .init(stamp: stamp, payload: [1, 2, 3])])
        #expect(cache.save() == nil)
        let reopened = ScanCache(directory: folder)
        #expect(reopened.warning == nil)
        #expect(reopened.payload(for: "py:a/b.py", stamp: stamp) == [1, 2, 3])
        #expect(reopened.payload(for: "py:a/b.py", stamp: .init(size: 13, modified: stamp.modified)) == nil)
    }

    @Test func theCacheFolderIsTaggedAndIgnoredByGit() throws {
        let folder = try temporaryFolder() + "/.archlint_cache"
        #expect(ScanCache(directory: folder).save() == nil)
        let tag = try String(contentsOfFile: folder + "/CACHEDIR.TAG", encoding: .utf8)
        #expect(tag.hasPrefix("Signature: 8a477f597d28d172789f06886806bc55"))
        #expect(try String(contentsOfFile: folder + "/.gitignore", encoding: .utf8).contains("*\n"))
    }

    @Test func aTruncatedCacheIsIgnoredWithAWarning() throws {
        let folder = try temporaryFolder() + "/.archlint_cache"
        var cache = ScanCache(directory: folder)
        cache.replaceEntries(["py:x.py": .init(stamp: .init(size: 1, modified: 2), payload: Array(repeating: 7, count: 100))])
        #expect(cache.save() == nil)
        let path = folder + "/" + ScanCache.fileName
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(bytes.count - 10).write(to: URL(fileURLWithPath: path))
        let reopened = ScanCache(directory: folder)
        #expect(reopened.entries.isEmpty)
        #expect(reopened.warning == "ignoring the cache \(path): it is damaged or not an archlint cache; rebuilding it")
    }

    @Test func aForeignFileIsIgnoredWithAWarning() throws {
        let folder = try temporaryFolder()
        try "not a cache".write(toFile: folder + "/" + ScanCache.fileName, atomically: true, encoding: .utf8)
        let cache = ScanCache(directory: folder)
        #expect(cache.entries.isEmpty)
        #expect(cache.warning != nil)
    }

    @Test func byteCodingRoundTripsAndRejectsGarbage() {
        var writer = ByteWriter()
        writer.write(-5)
        writer.write(300)
        writer.write("héllo")
        writer.write(["a", "b.c"])
        writer.write(true)
        var reader = ByteReader(writer.bytes)
        #expect(reader.readInt() == -5)
        #expect(reader.readInt() == 300)
        #expect(reader.readString() == "héllo")
        #expect(reader.readStrings() == ["a", "b.c"])
        #expect(reader.readBool() == true)
        #expect(reader.isAtEnd)
        var broken = ByteReader([0xFF, 0xFF])
        #expect(broken.readInt() == nil)
        var tooLong = ByteReader([10, 65])
        #expect(tooLong.readString() == nil)
    }
}

@Suite struct ScanCacheVersionTests {
    @Test func aCacheOfAnotherVersionIsReplacedWithoutAWarning() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-cache-version-\(UUID().uuidString)").path
        var cache = ScanCache(directory: folder)
        cache.replaceEntries(["python:a.py": .init(stamp: .init(size: 1, modified: 2), payload: [9])])
        #expect(cache.save() == nil)
        // Rewrite the version string the way an older archlint would have written it.
        let path = folder + "/" + ScanCache.fileName
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let version = Data(ScanCache.formatVersion.utf8)
        let range = try #require(bytes.range(of: version))
        bytes.replaceSubrange(range, with: Data(String(repeating: "0", count: version.count).utf8))
        try bytes.write(to: URL(fileURLWithPath: path))
        let reopened = ScanCache(directory: folder)
        #expect(reopened.warning == nil)
        #expect(reopened.entries.isEmpty)
    }
}
