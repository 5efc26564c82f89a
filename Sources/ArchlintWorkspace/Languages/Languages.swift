import ArchlintConfiguration
import ArchlintFiles

/// Every language archlint reads. Adding one means a folder beside `Python/` and `Swift/` with
/// a `LanguageFrontEnd`, and an entry here (docs/ARCHITECTURE.md has the recipe).
package enum Languages {
    /// The front ends, in the order their parts are merged.
    static let all: [any LanguageFrontEnd.Type] = [PythonFrontEnd.self, SwiftFrontEnd.self]

    /// The front end of each language the configuration switches on; with no language section
    /// at all, of each language detected in the configuration's folder.
    static func frontEnds(for configuration: Configuration) -> [any LanguageFrontEnd] {
        let exclusion = PathExclusion(configuration.exclude)
        let detecting = configuration.python == nil && configuration.swift == nil
        return all.compactMap { $0.make(for: configuration, exclusion: exclusion, detecting: detecting) }
    }
}
