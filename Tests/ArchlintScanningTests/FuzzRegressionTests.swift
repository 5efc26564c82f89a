import Foundation
import Testing
@testable import ArchlintScanning

/// Inputs the fuzzers (scripts/fuzz.sh) once found failing, kept under Tests/Fixtures/fuzz-regressions.
@Suite struct FuzzRegressionTests {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions")

    /// A 3 KB manifest of broken, nested `for` loops over arrays: each level multiplied the work
    /// of the levels inside it, and the 10-minute fuzz run timed out on it (more than 3 s).
    @Test func nestedLoopsExpandWithinABudget() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent("manifest-nested-loops.bin")))
        let manifest = SwiftPackageManifest.read(bytes)
        #expect(manifest.targets.count < 100)
    }

    /// Eight nested loops over ten names each would expand to 10⁸ targets: past the reader's
    /// budget (linear in the manifest) the loops are read once, and a note says so.
    @Test func loopsNestedToAHundredMillionAreReadOnceWithANote() {
        var text = "// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: \"P\")\n"
        let names = (0..<10).map { "\"N\($0)\"" }.joined(separator: ", ")
        for level in 0..<8 { text += String(repeating: "    ", count: level) + "for v\(level) in [\(names)] {\n" }
        text += String(repeating: "    ", count: 8) + "package.targets.append(.target(name: v7))\n"
        for level in (0..<8).reversed() { text += String(repeating: "    ", count: level) + "}\n" }
        let manifest = SwiftPackageManifest.read(Array(text.utf8))
        #expect(manifest.notes.contains { $0.message.contains("expand to too much to follow") })
        #expect(manifest.targets.count <= 10)
    }
}
