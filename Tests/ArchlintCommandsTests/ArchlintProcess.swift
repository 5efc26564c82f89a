import Foundation
import Testing

/// Runs the built `archlint` executable, as a user would, for end-to-end tests.
enum ArchlintProcess {
    struct Outcome: Equatable {
        let stdout: String
        let stderr: String
        let exitCode: Int32
    }

    /// The package's root folder (where Package.swift is).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/<name>`.
    static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
    }

    /// The executable SwiftPM built next to the test bundle.
    static var executable: URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("archlint")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let fallback = packageRoot.appendingPathComponent(".build/debug/archlint")
        return FileManager.default.isExecutableFile(atPath: fallback.path) ? fallback : nil
    }

    /// Runs archlint in `directory`. Inside the repository (fixtures, examples, the package
    /// itself) every run is cold, `--no-cache` unless the test names a cache option: a cache
    /// left in a fixture folder by an earlier build could otherwise hide a scanner or resolver
    /// change. Tests of the cache work on temporary copies.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Outcome {
        try finish(start(coldInsideRepository(arguments, directory), in: directory, environment: environment))
    }

    /// `arguments` with `--no-cache` added for a command run inside the repository.
    static func coldInsideRepository(_ arguments: [String], _ directory: URL) -> [String] {
        let inside = directory.standardizedFileURL.path.hasPrefix(packageRoot.standardizedFileURL.path)
        let cached = ["check", "graph", "baseline"].contains(arguments.first ?? "")
        let namesCache = arguments.contains("--no-cache") || arguments.contains("--cache-dir")
        return inside && cached && !namesCache && !arguments.contains("--help") ? arguments + ["--no-cache"] : arguments
    }

    /// Runs `count` archlint processes at once with the same arguments, all started before any
    /// is waited for.
    static func runAtOnce(_ count: Int, _ arguments: [String], in directory: URL) throws -> [Outcome] {
        let started = try (0..<count).map { _ in try start(arguments, in: directory, environment: [:]) }
        return started.map(finish)
    }

    /// A started process and the pipes of its output.
    private typealias Started = (process: Process, out: Pipe, err: Pipe)

    private static func start(_ arguments: [String], in directory: URL, environment: [String: String]) throws -> Started {
        let binary = try #require(executable, "the archlint executable was not built next to the tests; run `swift build` first")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["GITHUB_ACTIONS"] = nil
        env["NO_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    private static func finish(_ started: Started) -> Outcome {
        // Read both pipes before waiting, so a large output cannot block the child.
        let outData = started.out.fileHandleForReading.readDataToEndOfFile()
        let errData = started.err.fileHandleForReading.readDataToEndOfFile()
        started.process.waitUntilExit()
        return Outcome(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
                       exitCode: started.process.terminationStatus)
    }

    /// Compares `actual` with the golden file; `ARCHLINT_UPDATE_GOLDEN=1` rewrites it instead.
    static func expectGolden(_ actual: String, _ golden: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if try GoldenUpdate.rewrite(golden, with: actual, sourceLocation: sourceLocation) { return }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "differs from \(golden.path)", sourceLocation: sourceLocation)
    }
}
