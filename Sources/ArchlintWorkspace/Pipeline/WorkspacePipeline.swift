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
        let placeholder = Self.placeholder
        // In rounds, so that only one round's outcomes are alive at once (statements are moved,
        // never copied: copies had kept twice the statements alive at the peak, on 8 copies of
        // ansible_collections 178 MB of the 350 MB).
        for first in stride(from: 0, to: batches.count, by: roundBatches) {
            let round = batches[first..<min(first + roundBatches, batches.count)]
            // Each batch's diagnostics and externals gathered on the core that scanned it: merging
            // 13,243 per-file outcomes on the main thread (moving statements, freeing each file's
            // arrays, hashing externals) kept the other core idle for ~10% of a cold check on
            // ansible_collections.
            var outcomes = ParallelMap.map(Array(round)) { batch in
                var reader = SourceFileReader()
                var merged = BatchOutcome()
                var externals = Set<ModuleName>()
                var names = ModuleNameTable([])
                for index in batch {
                    let file = files[index]
                    switch stage.scan(file, at: index, of: FrontEnd.self, reader: &reader) {
                    case .failure(let error):
                        merged.diagnostics.append(Diagnostic(path: file.path, message: "\(error); no imports read from it"))
                    case .success(let scan):
                        var outcome = FrontEnd.resolve(scan, of: file, with: resolver, externals: &names)
                        merged.diagnostics.append(contentsOf: outcome.diagnostics)
                        for name in outcome.externals where externals.insert(name).inserted { merged.externals.append(name) }
                        if !outcome.statements.isEmpty {
                            merged.statements.append([])
                            swap(&merged.statements[merged.statements.count - 1], &outcome.statements)
                        }
                    }
                }
                return merged
            }
            var chunks: [[ImportStatement]] = []
            for index in outcomes.indices {
                part.diagnostics.append(contentsOf: outcomes[index].diagnostics)
                for name in outcomes[index].externals { externals.insert(name) }
                for file in outcomes[index].statements.indices {
                    chunks.append([])
                    swap(&chunks[chunks.count - 1], &outcomes[index].statements[file])
                }
            }
            // Joined on both cores, then moved into the part, so each file's array and the round's
            // are freed before the next round: kept to the end, the files' arrays held 17 MB more
            // at the peak on the synthetic graph's 65,000 modules, and the rounds' 200 MB more on
            // a million files (freed memory that malloc keeps for itself).
            var joined = ArrayMover.concatenate(moving: &chunks, placeholder: placeholder)
            if part.imports.isEmpty {
                swap(&part.imports, &joined)
            } else {
                // Reserved for all files at the rate so far and half the rest more, again whenever
                // that rate outgrows it: growing by doubling holds the old and the new array at
                // once, while capacity never written costs no memory (the pages are not touched).
                let scanned = round.last.map(\.upperBound) ?? 0
                let count = part.imports.count + joined.count
                let rest = scanned == 0 ? 0 : count * (files.count - scanned) / scanned
                if count + rest > part.imports.capacity { part.imports.reserveCapacity(count + rest + rest / 2) }
                ArrayMover.append(moving: &joined, to: &part.imports, placeholder: placeholder)
            }
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

    /// What one batch of files gives: each file's statements (files without any left out), the
    /// externals they import (each once) and their diagnostics, in file order.
    private struct BatchOutcome: Sendable {
        var statements: [[ImportStatement]] = []
        var externals: [ModuleName] = []
        var diagnostics: [Diagnostic] = []
    }

    /// What a moved-out statement leaves behind: it owns nothing (empty strings are stored inline).
    private static let placeholder = ImportStatement(importer: ModuleName(""), imported: ModuleName(""),
                                                     location: SourceLocation(path: "", line: 0))
}

extension LanguageFrontEnd {
    /// Discovers, reads, scans and assembles this language's part, without any cache.
    package func load() -> WorkspacePart {
        WorkspacePipeline.build(self, discover(recordingFolders: false), scanning: ReadingScanStage())
    }
}
