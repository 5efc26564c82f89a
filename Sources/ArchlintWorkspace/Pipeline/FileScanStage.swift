import ArchlintFiles

/// The pipeline's second stage: one file's bytes become its scan. `ReadingScanStage` reads and
/// scans; the cache (`CachingScanStage`) wraps it, answering unchanged files from the last run.
/// Called on every core at once, one file at a time, each worker with its own read buffer.
package protocol FileScanStage: Sendable {
    /// The scan of `file`, the `index`th file of its language's discovery, or why it could not be read.
    func scan<Language: LanguageFrontEnd>(
        _ file: SourceFile, at index: Int, of language: Language.Type, reader: inout SourceFileReader
    ) -> Result<FileScan<Language.Scan>, FileContents.ReadError>

    /// What the stage did with `fileCount` files, for `--show-timings` (`12 scanned, 0 from cache`).
    func summary(fileCount: Int) -> String
}

/// Reads each file and hands its bytes to the language's scanner.
package struct ReadingScanStage: FileScanStage {
    package init() {}

    package func scan<Language: LanguageFrontEnd>(
        _ file: SourceFile, at index: Int, of language: Language.Type, reader: inout SourceFileReader
    ) -> Result<FileScan<Language.Scan>, FileContents.ReadError> {
        reader.withContents(ofListedFile: file.absolutePath) { Language.scan($0) }
    }

    package func summary(fileCount: Int) -> String { "\(fileCount) scanned, 0 from cache" }
}
