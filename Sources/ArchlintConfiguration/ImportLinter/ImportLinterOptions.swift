import ArchlintConfigSyntax

/// An import-linter configuration as its readers hand it to import-linter: the session options
/// (`root_package`, `include_external_packages`, …) and each contract's options, values kept
/// with their positions as `JSONValue`s (an INI multi-line value is an array of its lines, a
/// single-line value a string; TOML values keep their types).
struct ImportLinterOptions {
    /// One contract's options and where it is written.
    struct Contract {
        /// How messages name the contract's table: `importlinter:contract:layers`, `tool.importlinter.contracts[2]`.
        let label: String
        /// The id import-linter gives it before reading its keys (an INI section's last `:` part).
        let defaultID: String?
        /// Where its section header or table starts.
        let position: TextPosition
        /// Its keys in file order.
        let options: [JSONValue.Member]
    }

    /// How messages name the session table: `importlinter`, `tool.importlinter`.
    let sessionLabel: String
    /// Where the session section starts.
    let sessionPosition: TextPosition
    /// The session options in file order.
    let session: [JSONValue.Member]
    /// The contracts in file order.
    let contracts: [Contract]
}
