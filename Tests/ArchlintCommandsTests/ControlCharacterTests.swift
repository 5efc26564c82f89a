import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Issue 15 #9: an ESC in a file name (here a Swift target's folder and name) and in a contract
/// name reaches no human-facing output raw; `dot -Tsvg` still writes well-formed XML.
@Suite struct ControlCharacterTests {
    private func project() throws -> ScratchProject {
        try ScratchProject([
            "contracts.json": #"""
                {"swift": {"packages": ["."]},
                 "contracts": [{"id": "pure\u001b[0m", "name": "Clear\u001b[2J\u001b[Hscreen", "type": "forbidden",
                                "source_modules": ["Co_re"], "forbidden_modules": ["Foundation"],
                                "broken_contract_guidance": "Ask\u001b[31m\nthe team"}]}
                """#,
            "Package.swift": "// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: \"P\", targets: [.target(name: \"Co\u{1B}re\")])\n",
            "Sources/Co\u{1B}re/a\u{1B}[2J.swift": "import Foundation\n",
        ])
    }

    /// (SwiftPM names the target's module `Co_re`: its C99 name.)
    @Test func noFormatForPeoplePrintsARawEscape() throws {
        let project = try project()
        defer { project.remove() }
        for arguments in [["check"], ["check", "--format", "github"], ["check", "--format", "junit"], ["check", "--format", "json"],
                          ["check", "--format", "sarif"], ["graph", "--format", "dot"], ["graph", "--format", "mermaid"],
                          ["graph", "--format", "html"], ["graph"]] {
            let outcome = try #require(try project.run(arguments + ["--no-cache"]))
            #expect(outcome.exitCode == (arguments[0] == "check" ? 1 : 0), "\(arguments): \(outcome.stderr)")
            #expect(!outcome.stdout.isEmpty)
            #expect(!outcome.stdout.unicodeScalars.contains("\u{1B}"), "\(arguments) printed a raw ESC")
            #expect(!outcome.stderr.unicodeScalars.contains("\u{1B}"), "\(arguments) printed a raw ESC on stderr")
        }
        let text = try #require(try project.run(["check", "--no-cache"]))
        #expect(text.stdout.contains("Clear\\u{1B}[2J\\u{1B}[Hscreen (pure\\u{1B}[0m)"), "\(text.stdout)")
        #expect(text.stdout.contains("- Co_re -> Foundation (Sources/Co\\u{1B}re/a\\u{1B}[2J.swift:1)"), "\(text.stdout)")
        #expect(text.stdout.contains("Ask\\u{1B}[31m\nthe team"))
    }

    @Test func dotOfEscapedNamesRendersAsWellFormedSVG() throws {
        let dot = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let dot else {
            print("skipped: Graphviz `dot` is not installed (Debian: apt-get install graphviz)")
            return
        }
        let project = try project()
        defer { project.remove() }
        let graph = try #require(try project.run(["graph", "--format", "dot", "--no-cache", "--externals", "show"]))
        let source = project.url("graph.dot")
        try graph.stdout.write(to: source, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg", source.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let parser = XMLParser(data: svg)
        #expect(parser.parse(), "dot -Tsvg wrote XML that does not parse: \(String(describing: parser.parserError))")
    }
}
