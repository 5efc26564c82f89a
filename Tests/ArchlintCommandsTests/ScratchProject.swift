import Foundation
import Testing

/// A throw-away project in the temporary folder for the hostile-input tests, with every file and
/// folder dated an hour back (so the cache trusts them, see `ScanCache.Stamp.isSettled`), and a
/// runner that gives up on archlint after a deadline instead of hanging the test run.
struct ScratchProject {
    let root: URL

    /// Writes `files` (path: text) under a new folder; `git: true` makes it a repository root.
    init(_ files: [String: String], git: Bool = false) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-hostile-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
        if git { try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true) }
        try backdate()
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// Dates every item an hour back (links themselves are left alone).
    func backdate(by seconds: TimeInterval = 3600) throws {
        let past = Date(timeIntervalSinceNow: -seconds)
        let items = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
        for item in items + [root] {
            let attributes = try? FileManager.default.attributesOfItem(atPath: item.path)
            if attributes?[.type] as? FileAttributeType == .typeSymbolicLink { continue }
            try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: item.path)
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// What a run printed, or nil when it did not finish within the deadline (it is then killed).
    struct Outcome: Equatable {
        let stdout: String
        let stderr: String
        let exitCode: Int32
        let seconds: Double
        static func == (lhs: Outcome, rhs: Outcome) -> Bool {
            lhs.stdout == rhs.stdout && lhs.stderr == rhs.stderr && lhs.exitCode == rhs.exitCode
        }
    }

    /// Runs archlint in the project (or `directory`), killed after `seconds`; `prefix` runs it
    /// through another program (`setpriv …`).
    func run(_ arguments: [String], in directory: URL? = nil, seconds: Double = 30, prefix: [String] = []) throws -> Outcome? {
        let binary = try #require(ArchlintProcess.executable, "the archlint executable was not built next to the tests")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: prefix.first ?? binary.path)
        process.arguments = prefix.isEmpty ? arguments : Array(prefix.dropFirst()) + [binary.path] + arguments
        process.currentDirectoryURL = directory ?? root
        var environment = ProcessInfo.processInfo.environment
        environment["GITHUB_ACTIONS"] = nil
        environment["NO_COLOR"] = nil
        process.environment = environment
        // Files rather than pipes: nothing to drain while waiting for the deadline.
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-out-\(UUID().uuidString)")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        let start = Date()
        try process.run()
        while process.isRunning && Date().timeIntervalSince(start) < seconds { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        process.waitUntilExit()
        return Outcome(stdout: try String(contentsOf: out, encoding: .utf8), stderr: try String(contentsOf: err, encoding: .utf8),
                       exitCode: process.terminationStatus, seconds: Date().timeIntervalSince(start))
    }

    /// After a cache scenario: a warm `check` and `graph` print what `--no-cache` prints, byte for byte.
    func expectWarmEqualsCold(_ extra: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws {
        for command in [["check"], ["graph"]] {
            let warm = try run(command + extra)
            let cold = try run(command + extra + ["--no-cache"])
            #expect(warm != nil && warm == cold, "\(command): warm \(String(describing: warm)) cold \(String(describing: cold))",
                    sourceLocation: sourceLocation)
        }
    }
}
