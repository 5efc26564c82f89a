import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The pictures of `archlint graph` and `archlint explore`, run as a user would: the HTML page
/// loaded in headless Chromium and read through its DOM, every DOT output rendered by Graphviz.
/// Where a tool is missing the test says so and is skipped, never passed silently.
@Suite struct ExplorerEndToEndTests {
    private static func tool(_ names: [String]) -> String? {
        for folder in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/snap/bin"] {
            for name in names where FileManager.default.isExecutableFile(atPath: folder + "/" + name) { return folder + "/" + name }
        }
        return nil
    }

    static let chromium = tool(["chromium", "chromium-browser", "google-chrome"])
    static let dot = tool(["dot"])

    private func skip(_ reason: String) throws {
        print(reason)
        #if compiler(>=6.3)
        try Test.cancel(Comment(rawValue: reason))  // reported as skipped, with the reason
        #endif
    }

    /// Runs `program` with `arguments`, feeding `input`; its stdout, stderr and status.
    private func run(_ program: String, _ arguments: [String], input: String = "") throws -> (String, String, Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile(), err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self), process.terminationStatus)
    }

    /// Every value of `attribute` in `html`, in document order.
    private func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func theFixturePageInChromiumDrawsEachModuleOnceAndTheBrokenContractsArrows() throws {
        guard let chromium = Self.chromium else {
            return try skip("Chromium DOM test skipped: no chromium on this machine (Debian: apt-get install chromium)")
        }
        let outcome = try ArchlintProcess.run(["graph", "--format", "html"], in: ArchlintProcess.fixture("python-contracts"))
        #expect(outcome.exitCode == 0)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-explorer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        try Data(outcome.stdout.utf8).write(to: page)
        let (dom, _, status) = try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + folder.path + "/profile",
                                                  "--dump-dom", page.absoluteString + "#expand=bank.plugins"])
        #expect(status == 0)
        // bank opens by itself (the only root package); bank.plugins from the URL; requests is
        // drawn although externals are hidden, as an import breaking a contract ends there.
        let modules = values(of: "data-module", in: dom)
        #expect(modules.sorted() == ["bank", "bank.models", "bank.plugins", "bank.plugins.alpha", "bank.plugins.beta",
                                     "bank.plugins.gamma", "bank.services", "bank.util", "bank.web", "requests"])
        #expect(Set(modules).count == modules.count)
        let arrows = dom.components(separatedBy: "<g class=\"arrow").dropFirst().map { String($0.prefix { $0 != ">" }) }
        func broken(_ id: String) -> [String] {
            arrows.filter { $0.contains("data-contract=\"\(id)\"") }
                .map { (values(of: "data-from", in: $0).first ?? "") + " -> " + (values(of: "data-to", in: $0).first ?? "") }.sorted()
        }
        #expect(broken("plugins-independent") == ["bank.plugins.alpha -> bank.plugins.beta", "bank.plugins.beta -> bank.plugins.alpha"])
        #expect(broken("plugins-acyclic") == ["bank.plugins.beta -> bank.plugins.alpha"])
        #expect(broken("layers") == ["bank.models -> bank.services", "bank.models -> bank.util"])
        #expect(broken("web-no-transport") == ["bank.web -> requests"])
        #expect(broken("util-is-a-leaf").isEmpty)
    }

    @Test(arguments: [
        ("Examples/SwiftApp", ["graph", "--format", "dot"]),
        ("Examples/SwiftApp", ["graph", "--format", "dot", "--externals", "show"]),
        ("Examples/python-shop", ["graph", "--format", "dot"]),
        ("Examples/python-shop", ["graph", "--format", "dot", "--externals", "show"]),
        ("Examples/python-shop", ["graph", "--format", "dot", "--depth", "2"]),
        ("Examples/python-shop", ["graph", "--format", "dot", "--module", "shop.*"]),
        ("Tests/Fixtures/python-contracts", ["graph", "--format", "dot"]),
    ])
    func graphvizRendersEveryDotOutputToWellFormedSVG(folder: String, arguments: [String]) throws {
        guard let dot = Self.dot else {
            return try skip("Graphviz test skipped: no dot on this machine (Debian: apt-get install graphviz)")
        }
        let graph = try ArchlintProcess.run(arguments, in: ArchlintProcess.packageRoot.appendingPathComponent(folder))
        #expect(graph.exitCode == 0)
        let (svg, complaints, status) = try run(dot, ["-Tsvg"], input: graph.stdout)
        #expect(status == 0)
        #expect(complaints == "")
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "dot -Tsvg gave malformed XML: \(String(describing: parser.parserError))")
    }

    @Test func moduleWildcardsKeepWhatTheyMatch() throws {
        let folder = ArchlintProcess.packageRoot.appendingPathComponent("Examples/python-shop")
        let outcome = try ArchlintProcess.run(["graph", "--format", "dot", "--module", "shop.d*"], in: folder)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.contains("\"shop.domain.order\""))
        #expect(!outcome.stdout.contains("\"shop.interface"))
        let none = try ArchlintProcess.run(["graph", "--module", "shop.nothing*"], in: folder)
        #expect(none.exitCode == 2)
        #expect(none.stderr == "error: --module shop.nothing*: the expression matches no module in the graph\n")
    }

    @Test func exploreWithoutAnOpenerPrintsThePathAndSaysSo() throws {
        let folder = ArchlintProcess.packageRoot.appendingPathComponent("Examples/python-shop")
        let outcome = try ArchlintProcess.run(["explore", "--no-cache"], in: folder, environment: ["PATH": "/nonexistent"])
        #expect(outcome.exitCode == 0)
        #expect(outcome.stderr == "No xdg-open on the PATH: open the file in a browser yourself.\n"
                || outcome.stderr == "No open on the PATH: open the file in a browser yourself.\n")
        let path = outcome.stdout.trimmingCharacters(in: .newlines)
        #expect(path.hasSuffix(".html") && path.contains("archlint-explorer-"))
        let page = try String(contentsOfFile: path, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let graph = try ArchlintProcess.run(["graph", "--format", "html", "--no-cache"], in: folder)
        #expect(page == graph.stdout)
    }
}
