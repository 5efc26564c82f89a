import ArchlintFiles
import ArchlintGraph

/// The pipeline of one language after discovery: every file read and scanned (through the scan
/// stage it is given), resolved against the discovered modules, and assembled into the
/// language's part of the workspace. Files are scanned on every core, in batches that share a
/// read buffer; the outcome is in discovery order, whatever the scheduling.
package enum WorkspacePipeline {
    /// Scans, resolves and assembles `discovery` of `frontEnd`.
    package static func build<FrontEnd: LanguageFrontEnd>(
        _ frontEnd: FrontEnd, _ discovery: LanguageDiscovery, scanning stage: some FileScanStage
    ) -> WorkspacePart {
        var part = WorkspacePart()
        part.errors = discovery.errors
        part.diagnostics = discovery.diagnostics
        guard part.errors.isEmpty else { return part }
        let files = discovery.files
        let resolver = frontEnd.resolver(for: discovery)
        let batches = stride(from: 0, to: files.count, by: 32).map { $0..<min($0 + 32, files.count) }
        var outcomes = ParallelMap.map(batches) { batch in
            var reader = SourceFileReader()
            return batch.map { index -> FileOutcome in
                let file = files[index]
                switch stage.scan(file, at: index, of: FrontEnd.self, reader: &reader) {
                case .failure(let error):
                    return FileOutcome(diagnostics: [Diagnostic(path: file.path, message: "\(error); no imports read from it")])
                case .success(let scan):
                    return FrontEnd.resolve(scan, of: file, with: resolver)
                }
            }
        }
        assemble(&outcomes, into: &part, language: FrontEnd.language)
        part.modules.insert(contentsOf: discovery.modules, at: 0)
        part.fileCount = files.count
        return part
    }

    /// Moves every file's statements into the part (never copying them: the graph reorders
    /// them in place later) and adds each external imported once.
    private static func assemble(_ outcomes: inout [[FileOutcome]], into part: inout WorkspacePart, language: Language) {
        part.imports.reserveCapacity(outcomes.reduce(0) { $0 + $1.reduce(0) { $0 + $1.statements.count } })
        let placeholder = ImportStatement(importer: ModuleName(""), imported: ModuleName(""), location: SourceLocation(path: "", line: 0))
        var externals = Set<ModuleName>()
        for batch in outcomes.indices {
            for index in outcomes[batch].indices {
                part.diagnostics.append(contentsOf: outcomes[batch][index].diagnostics)
                for name in outcomes[batch][index].externals { externals.insert(name) }
                ArrayMover.append(moving: &outcomes[batch][index].statements, to: &part.imports, placeholder: placeholder)
            }
        }
        // In name order, so the part is the same whatever order the set keeps (ImportGraph sorts again).
        part.modules = externals.sorted().map { Module(name: $0, language: language, kind: .external) }
    }
}

extension LanguageFrontEnd {
    /// Discovers, reads, scans and assembles this language's part, without any cache.
    package func load() -> WorkspacePart {
        WorkspacePipeline.build(self, discover(recordingFolders: false), scanning: ReadingScanStage())
    }
}
