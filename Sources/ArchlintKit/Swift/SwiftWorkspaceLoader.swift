// STUB: replaced by the swift branch.
struct SwiftWorkspaceLoader {
    let settings: SwiftSettings
    let baseDirectory: String
    let exclusion: PathExclusion
    init(settings: SwiftSettings, baseDirectory: String, exclusion: PathExclusion) {
        self.settings = settings
        self.baseDirectory = baseDirectory
        self.exclusion = exclusion
    }
    func load() -> WorkspacePart { WorkspacePart() }
}
