import ArchlintGraph
import Foundation
import Testing
@testable import ArchlintWorkspace
import ArchlintConfiguration
import ArchlintFiles

/// Files are scanned in rounds (`WorkspacePipeline.build`'s `roundBatches`); a workspace split
/// into several rounds must come out exactly as one scanned in a single round.
@Suite struct WorkspacePipelineRoundsTests {
    /// A package `pkg` of 100 modules, each importing the next, `pkg` itself and `requests`.
    private func makePackage() throws -> String {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-rounds-\(UUID().uuidString)").path
        let package = base + "/pkg"
        try FileManager.default.createDirectory(atPath: package, withIntermediateDirectories: true)
        try "".write(toFile: package + "/__init__.py", atomically: true, encoding: .utf8)
        for index in 0..<100 {
            let source = "import requests\nimport pkg\nfrom pkg import m\((index + 1) % 100)\n"
            try source.write(toFile: package + "/m\(index).py", atomically: true, encoding: .utf8)
        }
        return base
    }

    @Test func severalRoundsGiveWhatOneRoundGives() throws {
        let base = try makePackage()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let frontEnd = PythonFrontEnd(
            settings: PythonSettings(sourceRoots: ["."], rootPackages: ["pkg"], excludeTypeCheckingImports: false),
            baseDirectory: base, exclusion: PathExclusion([]))
        let discovery = frontEnd.discover(recordingFolders: false)
        // One batch (32 files) a round: 101 files take four rounds.
        let split = WorkspacePipeline.build(frontEnd, discovery, scanning: ReadingScanStage(), roundBatches: 1)
        let whole = WorkspacePipeline.build(frontEnd, discovery, scanning: ReadingScanStage())
        #expect(split.fileCount == 101)
        #expect(split.imports.count == 300)
        #expect(split.imports == whole.imports)
        #expect(split.modules.map(\.name) == whole.modules.map(\.name))
        // `requests`, imported in every round, is one external module.
        #expect(split.modules.filter { $0.kind == .external }.map(\.name) == ["requests"])
        #expect(split.diagnostics.isEmpty && whole.diagnostics.isEmpty)
    }
}
