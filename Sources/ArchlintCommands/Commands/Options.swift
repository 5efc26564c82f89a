import ArchlintConfiguration
import ArchlintWorkspace

/// `--format` of `archlint check`.
package enum CheckFormat: String, Sendable, CaseIterable {
    case text, json, github, sarif, junit
}

/// `--format` of `archlint graph`.
package enum GraphFormat: String, Sendable, CaseIterable {
    case json, dot, mermaid, html
}

/// `--externals` of `archlint graph` (dot and mermaid).
package enum ExternalsChoice: String, Sendable, CaseIterable {
    case show, hide
}

/// `--color`.
package enum ColorMode: String, Sendable, CaseIterable {
    case auto, always, never
}

/// The options of `archlint check`.
package struct CheckOptions: Sendable, Equatable {
    package var source: ConfigurationSource
    /// `--contract ID`, repeatable; empty means every contract.
    package var contractIDs: [String] = []
    /// Nil: text, or github annotations when `GITHUB_ACTIONS=true`.
    package var format: CheckFormat?
    package var color: ColorMode = .auto
    package var showTimings = false
    /// `--baseline F`: leave out the violations recorded in F.
    package var baselinePath: String?
    package var cache = CacheOptions()

    package init(source: ConfigurationSource) { self.source = source }
}

/// The options of `archlint graph`.
package struct GraphOptions: Sendable, Equatable {
    package var source: ConfigurationSource
    package var format: GraphFormat = .json
    /// `--module M`, repeatable: keep only these modules (and what lies inside them); `*` and
    /// `**` as in contracts.
    package var modules: [String] = []
    /// `--externals show|hide`; nil: hidden when there are more than a few.
    package var externals: ExternalsChoice?
    /// `--depth N`: collapse module names to their first N segments (dot and mermaid).
    package var depth: Int?
    package var cache = CacheOptions()

    package init(source: ConfigurationSource) { self.source = source }
}

/// The options of `archlint baseline`.
package struct BaselineOptions: Sendable, Equatable {
    package var source: ConfigurationSource
    /// `--output F`; default `archlint-baseline.json` beside the configuration.
    package var output: String?
    package var cache = CacheOptions()

    package init(source: ConfigurationSource) { self.source = source }
}

/// What every command shares on the command line (`--config`, `--no-cache`, `--cache-dir`),
/// so the executable sets them without knowing the configuration and workspace types.
package protocol CommonCommandOptions {
    var source: ConfigurationSource { get set }
    var cache: CacheOptions { get set }
    init(source: ConfigurationSource)
}

extension CommonCommandOptions {
    /// Options for a run from `workingDirectory`, with every default.
    package init(workingDirectory: String) { self.init(source: ConfigurationSource(workingDirectory: workingDirectory)) }

    /// `--config PATH`.
    package var configPath: String? {
        get { source.explicitPath }
        set { source.explicitPath = newValue }
    }

    /// False with `--no-cache`.
    package var cacheEnabled: Bool {
        get { cache.isEnabled }
        set { cache.isEnabled = newValue }
    }

    /// `--cache-dir DIR`.
    package var cacheDirectory: String? {
        get { cache.directory }
        set { cache.directory = newValue }
    }
}

extension CheckOptions: CommonCommandOptions {}
extension GraphOptions: CommonCommandOptions {}
extension BaselineOptions: CommonCommandOptions {}
