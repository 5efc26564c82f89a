import ArchlintFiles
import ArchlintGraph

/// The pipeline of one language after discovery: every file read and scanned (through the scan
/// stage it is given), resolved against the discovered modules, and assembled into the
/// language's part of the workspace. Files are scanned on every core, in batches that share a
/// read buffer; the outcome is in discovery order, whatever the scheduling.
package enum WorkspacePipeline {
    /// Scans, resolves and assembles `discovery` of `frontEnd`.
    ///
    /// The front end reaches here as an existential (`Languages.all`), so without the
    /// specializations below every file's scan and resolution would go through generic
    /// metadata lookups; a language missing from them still works, only slower.
    @_specialize(where FrontEnd == PythonFrontEnd, Stage == ReadingScanStage)
    @_specialize(where FrontEnd == PythonFrontEnd, Stage == CachingScanStage)
    @_specialize(where FrontEnd == SwiftFrontEnd, Stage == ReadingScanStage)
    @_specialize(where FrontEnd == SwiftFrontEnd, Stage == CachingScanStage)
    /// `roundBatches` is how many batches of 32 files one round scans (tests make it small to
    /// run several rounds on a small workspace).
    package static func build<FrontEnd: LanguageFrontEnd, Stage: FileScanStage>(
        _ frontEnd: FrontEnd, _ discovery: LanguageDiscovery, scanning stage: Stage,
        roundBatches: Int = Self.roundBatches
    ) -> WorkspacePart {
        var part = WorkspacePart()
        part.errors = discovery.errors
        part.diagnostics = discovery.diagnostics
        guard part.errors.isEmpty else { return part }
        let files = discovery.files
        let resolver = frontEnd.resolver(for: discovery)
        let batches = stride(from: 0, to: files.count, by: 32).map { $0..<min($0 + 32, files.count) }
        var externals = Set<ModuleName>()
        // In rounds, each moved into the part and freed before the next: scanned all at once,
        // every file's statements were alive beside the part's copy of them, twice the
        // statements at the peak (on 8 copies of ansible_collections 178 MB of the 350 MB).
        for first in stride(from: 0, to: batches.count, by: roundBatches) {
            let round = batches[first..<min(first + roundBatches, batches.count)]
            var outcomes = ParallelMap.map(Array(round)) { batch in
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
            // Reserved for all files at the rate so far and half the rest more, again whenever
            // that rate outgrows it: growing by doubling holds the old and the new array at once,
            // while capacity never written costs no memory (the pages are not touched).
            let scanned = round.last.map(\.upperBound) ?? 0
            let count = part.imports.count + outcomes.reduce(0) { $0 + $1.reduce(0) { $0 + $1.statements.count } }
            let rest = scanned == 0 ? 0 : count * (files.count - scanned) / scanned
            if count + rest > part.imports.capacity { part.imports.reserveCapacity(count + rest + rest / 2) }
            assemble(&outcomes, into: &part, externals: &externals)
        }
        // In name order, so the part is the same whatever order the set keeps (ImportGraph sorts again).
        part.modules = externals.sorted().map { Module(name: $0, language: FrontEnd.language, kind: .external) }
        part.modules.insert(contentsOf: discovery.modules, at: 0)
        part.fileCount = files.count
        return part
    }

    /// Batches of 32 files scanned in one round: 16,384 files, so the files of one
    /// ansible_collections (13,243) are one round, and the cores wait for the slowest batch
    /// only once per round.
    static let roundBatches = 512

    /// Moves every file's statements into the part (never copying them: the graph reorders
    /// them in place later) and notes each external imported.
    private static func assemble(_ outcomes: inout [[FileOutcome]], into part: inout WorkspacePart,
                                 externals: inout Set<ModuleName>) {
        let placeholder = ImportStatement(importer: ModuleName(""), imported: ModuleName(""), location: SourceLocation(path: "", line: 0))
        for batch in outcomes.indices {
            for index in outcomes[batch].indices {
                part.diagnostics.append(contentsOf: outcomes[batch][index].diagnostics)
                for name in outcomes[batch][index].externals { externals.insert(name) }
                ArrayMover.append(moving: &outcomes[batch][index].statements, to: &part.imports, placeholder: placeholder)
            }
        }
    }
}

extension LanguageFrontEnd {
    /// Discovers, reads, scans and assembles this language's part, without any cache.
    package func load() -> WorkspacePart {
        WorkspacePipeline.build(self, discover(recordingFolders: false), scanning: ReadingScanStage())
    }
}
