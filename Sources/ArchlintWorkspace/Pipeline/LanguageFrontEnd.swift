import ArchlintConfiguration
import ArchlintFiles
import ArchlintGraph
import ArchlintScanning

/// Everything one language contributes to a workspace: how its modules and files are found,
/// how a file's bytes become import records (which the cache keeps), and how those records
/// resolve into import statements between modules. Python and Swift conform; the pipeline
/// (`WorkspacePipeline`) drives every language the same way, and `Languages.all` lists them.
package protocol LanguageFrontEnd: Sendable {
    /// What the scanner makes of one file; encoded into the scan cache.
    associatedtype Scan: CacheableScan
    /// What resolution needs of the whole discovery (the module names…), built once per run.
    associatedtype Resolver: Sendable

    /// The language's name in cache keys and messages (`python`, `swift`).
    static var name: String { get }
    /// The language of the modules it finds.
    static var language: Language { get }
    /// True when discovery can record the folders that decide its modules, so that an
    /// unchanged workspace can be loaded from the cache without walking it (the quick check).
    static var recordsFolders: Bool { get }

    /// The front end for `configuration`'s section of this language; nil when the language is off.
    /// `detecting`: the configuration names no language, so switch on when the folder has code of it.
    static func make(for configuration: Configuration, exclusion: PathExclusion, detecting: Bool) -> Self?
    /// Finds the modules and their files without reading a source file.
    func discover(recordingFolders: Bool) -> LanguageDiscovery
    /// Checks and scans one file's bytes. Never fails: problems become part of the scan.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> FileScan<Scan>
    /// The resolver for this discovery's modules.
    func resolver(for discovery: LanguageDiscovery) -> Resolver
    /// Turns one file's scan into import statements, externals and diagnostics. `externals`
    /// belongs to the worker: an external name met again is taken from it, not made again.
    static func resolve(_ scan: FileScan<Scan>, of file: SourceFile, with resolver: Resolver,
                        externals: inout ModuleNameTable) -> FileOutcome
    /// The settings that decide this language's part of the workspace, for the cache's key.
    func combineSettings(into hasher: inout SnapshotHasher)
}
