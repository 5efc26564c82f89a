/// The syntax of an import-linter configuration file, which import-linter picks by file name.
package enum ImportLinterFormat: String, Sendable, Equatable {
    /// `setup.cfg`, `.importlinter` or any other name: INI, read by configparser.
    case ini
    /// A name ending in `.toml` (`pyproject.toml`): TOML, read by tomllib.
    case toml

    /// The files import-linter 2.16 looks for in the working folder, in its order: the INI
    /// reader's two, then the TOML reader's one. The first holding the section wins.
    static let searchOrder: [(name: String, format: ImportLinterFormat)] = [
        ("setup.cfg", .ini), (".importlinter", .ini), ("pyproject.toml", .toml),
    ]

    /// The format import-linter reads `--config NAME` in (`.toml` is TOML, anything else INI).
    static func of(fileName: String) -> ImportLinterFormat {
        fileName.hasSuffix(".toml") ? .toml : .ini
    }

    /// How messages name the syntax: `invalid TOML: …`.
    var syntaxName: String {
        switch self {
        case .ini: "INI"
        case .toml: "TOML"
        }
    }
}
