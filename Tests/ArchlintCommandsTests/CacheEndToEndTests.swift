import Foundation
import Testing

/// The scan cache through the built executable: after any change to the files, a warm run's
/// graph equals a cold run's, and only what changed is scanned again.
///
/// archlint trusts no file time less than two seconds old (see `ScanCache.Stamp.isSettled`), so
/// the tests date what they write back by an hour, each time a little later than the last.
@Suite struct CacheEndToEndTests {
    private final class Clock: @unchecked Sendable {
        var next = Date(timeIntervalSinceNow: -3600)
    }
    private let clock = Clock()

    /// Sets the modification time of each item to a past time, later than any set before.
    private func backdate(_ items: [URL]) throws {
        clock.next += 1
        for item in items {
            try FileManager.default.setAttributes([.modificationDate: clock.next], ofItemAtPath: item.path)
        }
    }

    /// A private, back-dated copy of `Examples/<example>` (or of any folder given as `source`).
    private func copy(_ example: String, from source: URL? = nil) throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-cache-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source ?? ArchlintProcess.packageRoot.appendingPathComponent("Examples/\(example)"), to: target)
        try? FileManager.default.removeItem(at: target.appendingPathComponent(".archlint_cache"))
        let items = FileManager.default.enumerator(at: target, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
        try backdate(items + [target])
        return target
    }

    /// `N scanned, M from cache` from the timings, or `unchanged` when the whole workspace came
    /// from the cache.
    private func scanned(_ folder: URL) throws -> String {
        let outcome = try ArchlintProcess.run(["check", "--show-timings"], in: folder)
        if outcome.stderr.contains("graph from the workspace cache") { return "unchanged" }
        // (both the quick check and the full key count as unchanged here)
        let line = outcome.stderr.split(separator: "\n").first { $0.hasPrefix("scanning (") } ?? ""
        guard let open = line.firstIndex(of: "("), let close = line.firstIndex(of: ")") else { return String(line) }
        return String(line[line.index(after: open)..<close])
    }

    private func expectWarmEqualsCold(_ folder: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let warm = try ArchlintProcess.run(["graph"], in: folder)
        let cold = try ArchlintProcess.run(["graph", "--no-cache"], in: folder)
        #expect(warm == cold, sourceLocation: sourceLocation)
    }

    private func append(_ text: String, to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        handle.write(Data(text.utf8))
        try handle.close()
    }

    @Test(arguments: ["SwiftApp", "python-shop"])
    func everyKindOfChangeIsRescanned(example: String) throws {
        let folder = try copy(example)
        defer { try? FileManager.default.removeItem(at: folder) }
        let isSwift = example == "SwiftApp"
        let sources = folder.appendingPathComponent(isSwift ? "Sources/Core" : "src/shop/domain")
        let ext = isSwift ? "swift" : "py"
        let total = isSwift ? 7 : 11

        #expect(try scanned(folder) == "\(total) scanned, 0 from cache")
        #expect(try scanned(folder) == "unchanged")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".archlint_cache/CACHEDIR.TAG").path))

        // Changed: one file rescanned, and its new import is in the graph.
        let changed = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(ext) && $0 != "__init__.py" }.sorted()[0]
        try append(isSwift ? "\nimport Dispatch\n" : "\nimport decimal\n", to: sources.appendingPathComponent(changed))
        try backdate([sources.appendingPathComponent(changed)])
        #expect(try scanned(folder) == "1 scanned, \(total - 1) from cache")
        #expect(try ArchlintProcess.run(["graph"], in: folder).stdout.contains(isSwift ? "\"imported\": \"Dispatch\"" : "\"imported\": \"decimal\""))
        try expectWarmEqualsCold(folder)

        // Added.
        try (isSwift ? "import Glibc\n" : "import fractions\n").write(to: sources.appendingPathComponent("added.\(ext)"), atomically: true, encoding: .utf8)
        try backdate([sources.appendingPathComponent("added.\(ext)"), sources])
        #expect(try scanned(folder) == "1 scanned, \(total) from cache")
        try expectWarmEqualsCold(folder)

        // Renamed.
        try FileManager.default.moveItem(at: sources.appendingPathComponent("added.\(ext)"), to: sources.appendingPathComponent("renamed.\(ext)"))
        try backdate([sources.appendingPathComponent("renamed.\(ext)"), sources])
        #expect(try scanned(folder) == "1 scanned, \(total) from cache")
        try expectWarmEqualsCold(folder)

        // Removed.
        try FileManager.default.removeItem(at: sources.appendingPathComponent("renamed.\(ext)"))
        try backdate([sources])
        #expect(try scanned(folder) == "0 scanned, \(total) from cache")
        try expectWarmEqualsCold(folder)
    }

    @Test func aManifestChangingOnlyDependenciesIsNotAnsweredFromTheWorkspaceCache() throws {
        let folder = try copy("swift-declared", from: ArchlintProcess.fixture("swift-declared"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try ArchlintProcess.run(["check", "--format", "json"], in: folder)
        #expect(first.stdout.contains("\"imported\": \"Utilities\""))
        #expect(try scanned(folder) == "unchanged")
        // Core no longer declares Utilities: same targets, same files, one violation fewer.
        let manifest = folder.appendingPathComponent("Package.swift")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "                \"Utilities\",\n", with: "").write(to: manifest, atomically: true, encoding: .utf8)
        try backdate([manifest, folder])
        let warm = try ArchlintProcess.run(["check", "--format", "json"], in: folder)
        let cold = try ArchlintProcess.run(["check", "--format", "json", "--no-cache"], in: folder)
        #expect(warm == cold)
        #expect(!warm.stdout.contains("\"imported\": \"Utilities\""))
    }

    @Test func pythonWorkspacesSkipTheFolderWalkWhenNothingChanged() throws {
        let folder = try copy("python-shop")
        defer { try? FileManager.default.removeItem(at: folder) }
        func phases() throws -> String {
            try ArchlintProcess.run(["check", "--show-timings"], in: folder).stderr
        }
        _ = try phases()
        #expect(try phases().contains("graph from the workspace cache (no folder walk)"))
        // A file that is no module changes its folder: the walk runs once, finds the same modules,
        // keeps the graph, and records the folder again.
        try "notes".write(to: folder.appendingPathComponent("src/shop/domain/NOTES.txt"), atomically: true, encoding: .utf8)
        try backdate([folder.appendingPathComponent("src/shop/domain")])
        let afterNotes = try phases()
        #expect(afterNotes.contains("graph from the workspace cache (11 files unchanged)"))
        #expect(try phases().contains("graph from the workspace cache (no folder walk)"))
        // A new subpackage is found.
        let sub = folder.appendingPathComponent("src/shop/domain/rules")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try "import decimal\n".write(to: sub.appendingPathComponent("__init__.py"), atomically: true, encoding: .utf8)
        try backdate([sub.appendingPathComponent("__init__.py"), sub, sub.deletingLastPathComponent()])
        #expect(try scanned(folder) == "1 scanned, 11 from cache")
        try expectWarmEqualsCold(folder)
        #expect(try ArchlintProcess.run(["graph"], in: folder).stdout.contains("\"name\": \"shop.domain.rules\""))
    }

    /// The quick check (no folder walk) compares every file's whole stamp: an edit that keeps
    /// the size and puts the modification time back, a file replaced by a link to an equal copy,
    /// and a file removed are each noticed, and the warm graph equals the cold one every time.
    @Test func theQuickCheckNoticesEditsThatKeepSizeAndTimeAndFilesReplacedByLinks() throws {
        let folder = try copy("python-shop")
        defer { try? FileManager.default.removeItem(at: folder) }
        func phases() throws -> String { try ArchlintProcess.run(["check", "--show-timings"], in: folder).stderr }
        _ = try phases()
        #expect(try phases().contains("(no folder walk)"))
        // Same size, same modification time to the nanosecond, new content: only the change
        // time (and so the stamp) moves.
        let pricing = folder.appendingPathComponent("src/shop/domain/pricing.py")
        var before = stat()
        try #require(stat(pricing.path, &before) == 0)
        let text = try String(contentsOf: pricing, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "from shop.infrastructure import http", with: "import zzzzzzzzzzzzzzzzzzzzzzzzzzzzz")
        try #require(edited.utf8.count == text.utf8.count && edited != text)
        try edited.write(to: pricing, atomically: false, encoding: .utf8)
        #if canImport(Darwin)
        var times = [before.st_atimespec, before.st_mtimespec]
        #else
        var times = [before.st_atim, before.st_mtim]
        #endif
        try #require(utimensat(AT_FDCWD, pricing.path, &times, 0) == 0)
        let afterEdit = try phases()
        #expect(!afterEdit.contains("(no folder walk)"), "\(afterEdit)")
        #expect(try ArchlintProcess.run(["graph"], in: folder).stdout.contains("\"zzzzzzzzzzzzzzzzzzzzzzzzzzzzz\""))
        try expectWarmEqualsCold(folder)
        // A file replaced by a link to an equal copy elsewhere (its folder's time put back too).
        let order = folder.appendingPathComponent("src/shop/domain/order.py")
        let copyOfOrder = folder.appendingPathComponent("order-copy.py")
        try FileManager.default.copyItem(at: order, to: copyOfOrder)
        try backdate([copyOfOrder, folder])
        _ = try phases()
        #expect(try phases().contains("(no folder walk)"))
        let domain = order.deletingLastPathComponent()
        var folderBefore = stat()
        try #require(stat(domain.path, &folderBefore) == 0)
        try FileManager.default.removeItem(at: order)
        try FileManager.default.createSymbolicLink(at: order, withDestinationURL: copyOfOrder)
        #if canImport(Darwin)
        var folderTimes = [folderBefore.st_atimespec, folderBefore.st_mtimespec]
        #else
        var folderTimes = [folderBefore.st_atim, folderBefore.st_mtim]
        #endif
        try #require(utimensat(AT_FDCWD, domain.path, &folderTimes, 0) == 0)
        let afterLink = try phases()
        #expect(!afterLink.contains("(no folder walk)"), "\(afterLink)")
        try expectWarmEqualsCold(folder)
        // A file removed.
        _ = try phases()
        try FileManager.default.removeItem(at: pricing)
        try #require(utimensat(AT_FDCWD, domain.path, &folderTimes, 0) == 0)
        let afterRemoval = try phases()
        #expect(!afterRemoval.contains("(no folder walk)"), "\(afterRemoval)")
        try expectWarmEqualsCold(folder)
        #expect(try ArchlintProcess.run(["graph"], in: folder).stdout.contains("shop.domain.pricing\"") == false)
    }

    @Test func aTruncatedCacheIsIgnoredWithAWarningAndRebuilt() throws {
        let folder = try copy("SwiftApp")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ArchlintProcess.run(["check"], in: folder)
        // A changed file makes the workspace snapshot outdated, so the per-file cache is read.
        try "// touched\n".write(to: folder.appendingPathComponent("Sources/Core/Money.swift"), atomically: true, encoding: .utf8)
        try backdate([folder.appendingPathComponent("Sources/Core/Money.swift"), folder.appendingPathComponent("Sources/Core")])
        let cacheFile = folder.appendingPathComponent(".archlint_cache/scan.cache")
        let bytes = try Data(contentsOf: cacheFile)
        try bytes.prefix(bytes.count / 2).write(to: cacheFile)
        let outcome = try ArchlintProcess.run(["check"], in: folder)
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr == "warning: ignoring the cache \(cacheFile.path): it is damaged or not an archlint cache; rebuilding it\n")
        #expect(try scanned(folder) == "unchanged")
    }

    @Test func aDamagedWorkspaceCacheIsIgnoredWithAWarningAndRebuilt() throws {
        let folder = try copy("SwiftApp")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cold = try ArchlintProcess.run(["check"], in: folder)
        let snapshot = folder.appendingPathComponent(".archlint_cache/workspace.cache")
        var bytes = try Data(contentsOf: snapshot)
        bytes[bytes.count - 3] ^= 0xFF
        try bytes.write(to: snapshot)
        let outcome = try ArchlintProcess.run(["check"], in: folder)
        #expect(outcome.stdout == cold.stdout)
        #expect(outcome.stderr == "warning: ignoring the cache \(snapshot.path): it is damaged; rebuilding it\n")
        #expect(try scanned(folder) == "unchanged")
    }

    /// A workspace cache cut short (here to half, then to its head alone) is damaged, not read
    /// past its end: the run warns, gives the cold result and rebuilds it.
    @Test func aTruncatedWorkspaceCacheIsIgnoredWithAWarningAndRebuilt() throws {
        let folder = try copy("SwiftApp")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cold = try ArchlintProcess.run(["check"], in: folder)
        let snapshot = folder.appendingPathComponent(".archlint_cache/workspace.cache")
        for fraction in [2, 50] {
            let bytes = try Data(contentsOf: snapshot)
            try bytes.prefix(bytes.count / fraction).write(to: snapshot)
            let outcome = try ArchlintProcess.run(["check"], in: folder)
            #expect(outcome.stdout == cold.stdout)
            #expect(outcome.stderr == "warning: ignoring the cache \(snapshot.path): it is damaged; rebuilding it\n")
            #expect(try scanned(folder) == "unchanged")
        }
    }

    /// A file written moments ago may be written again within the same tick of the file clock,
    /// keeping its size and time: its scan is not cached until its time is safely in the past.
    @Test func aFileChangedMomentsAgoIsScannedAgainUntilItsTimeIsSettled() throws {
        let folder = try copy("python-shop")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try scanned(folder) == "11 scanned, 0 from cache")
        #expect(try scanned(folder) == "unchanged")
        let file = folder.appendingPathComponent("src/shop/domain/fresh.py")
        try "import decimal\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try scanned(folder) == "1 scanned, 11 from cache")
        // Written again within the same tick of the file clock: same size, same time to the
        // nanosecond (set here by hand), new content. The new import is seen all the same.
        var first = stat()
        try #require(stat(file.path, &first) == 0)
        try "import numbers\n".write(to: file, atomically: false, encoding: .utf8)
        #if canImport(Darwin)
        var times = [first.st_atimespec, first.st_mtimespec]
        #else
        var times = [first.st_atim, first.st_mtim]
        #endif
        try #require(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
        #expect(try scanned(folder) == "1 scanned, 11 from cache")
        #expect(try ArchlintProcess.run(["graph"], in: folder).stdout.contains("\"imported\": \"numbers\""))
        // Once its time is old enough the file comes from the cache again.
        try backdate([file, file.deletingLastPathComponent()])
        #expect(try scanned(folder) == "1 scanned, 11 from cache")
        #expect(try scanned(folder) == "unchanged")
    }

    /// Runs at once write the same cache files; each writes a whole file and renames it into
    /// place, so the last one wins and none leaves a torn file behind.
    @Test func runsAtOnceNeverCorruptTheCache() throws {
        let folder = try copy("python-shop")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("src/shop/domain/order.py")
        for round in 0..<3 {
            if round > 0 {
                // Something to scan again, so every round's runs rewrite both cache files.
                try append("\nimport decimal\n", to: file)
                try backdate([file])
            }
            let cold = try ArchlintProcess.run(["check", "--no-cache"], in: folder)
            for outcome in try ArchlintProcess.runAtOnce(6, ["check"], in: folder) {
                #expect(outcome == cold, "round \(round)")
            }
        }
        let after = try ArchlintProcess.run(["check", "--show-timings"], in: folder)
        #expect(after.stderr.contains("graph from the workspace cache"))
        #expect(!after.stderr.contains("warning"))
    }

    /// Every contract type, `ignore_imports` among them, on a graph whose statements come from
    /// the snapshot one at a time: the report is the cold run's, chains and lines included.
    @Test func aReportFromTheWorkspaceCacheEqualsAColdOne() throws {
        let folder = try copy("python-contracts", from: ArchlintProcess.fixture("python-contracts"))
        defer { try? FileManager.default.removeItem(at: folder) }
        // One more contract whose ignored import matches, so the graph is filtered statement by statement.
        let configuration = folder.appendingPathComponent("contracts.json")
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: configuration)) as? [String: Any])
        var contracts = try #require(document["contracts"] as? [[String: Any]])
        var ignoring = contracts[0]
        ignoring["id"] = "layers-ignoring"
        ignoring["name"] = "Bank layers, one import ignored"
        ignoring["ignore_imports"] = ["bank.models.account -> bank.util.text"]
        contracts.append(ignoring)
        document["contracts"] = contracts
        try JSONSerialization.data(withJSONObject: document).write(to: configuration)
        try backdate([configuration, folder])
        let cold = try ArchlintProcess.run(["check", "--no-cache", "--format", "json"], in: folder)
        #expect(cold.stdout.contains("\"lines\"") && cold.stdout.contains("\"ignored_imports\": 1"))
        #expect(try ArchlintProcess.run(["check", "--format", "json"], in: folder) == cold)
        #expect(try scanned(folder) == "unchanged")
        #expect(try ArchlintProcess.run(["check", "--format", "json"], in: folder) == cold)
        #expect(try ArchlintProcess.run(["graph"], in: folder) == ArchlintProcess.run(["graph", "--no-cache"], in: folder))
    }

    @Test func noCacheWritesNothing() throws {
        let folder = try copy("SwiftApp")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ArchlintProcess.run(["check", "--no-cache"], in: folder)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".archlint_cache").path))
        _ = try ArchlintProcess.run(["check", "--cache-dir", "elsewhere"], in: folder)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("elsewhere/scan.cache").path))
    }
}
