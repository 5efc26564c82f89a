import Foundation
import Testing

/// The DOT output is real Graphviz input: `dot -Tsvg` renders it without a complaint.
@Suite struct GraphvizTests {
    private static let dot = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(arguments: ["Examples/SwiftApp", "Examples/python-shop"])
    func rendersWithGraphviz(example: String) throws {
        guard let dot = Self.dot else {
            let reason = "Graphviz rendering skipped: `dot` is not installed (Debian: apt-get install graphviz)"
            print(reason)
            #if compiler(>=6.3)
            try Test.cancel(Comment(rawValue: reason))  // reported as skipped, with the reason
            #else
            return
            #endif
        }
        let folder = ArchlintProcess.packageRoot.appendingPathComponent(example)
        let graph = try ArchlintProcess.run(["graph", "--format", "dot"], in: folder)
        #expect(graph.exitCode == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(graph.stdout.utf8))
        try input.fileHandleForWriting.close()
        let svg = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaints = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(complaints == "")
        #expect(svg.contains("<svg"))
    }
}
