// STUB: replaced by the python branch.
struct PythonWorkspaceLoader {
    let settings: PythonSettings
    let baseDirectory: String
    let exclusion: PathExclusion
    init(settings: PythonSettings, baseDirectory: String, exclusion: PathExclusion) {
        self.settings = settings
        self.baseDirectory = baseDirectory
        self.exclusion = exclusion
    }
    func load() -> WorkspacePart { WorkspacePart() }
    static func detectedSettings(baseDirectory: String, exclusion: PathExclusion) -> PythonSettings? { nil }
}
