/// `--format` of `archlint check`.
public enum CheckFormat: String, Sendable, CaseIterable {
    case text, json, github, sarif, junit
}

/// `--format` of `archlint graph`.
public enum GraphFormat: String, Sendable, CaseIterable {
    case json, dot, mermaid, html
}

/// `--externals` of `archlint graph` (dot and mermaid).
public enum ExternalsChoice: String, Sendable, CaseIterable {
    case show, hide
}

/// `--color`.
public enum ColorMode: String, Sendable, CaseIterable {
    case auto, always, never
}

/// Where the configuration comes from, shared by every command.
public struct ConfigurationSource: Sendable, Equatable {
    /// `--config PATH`, or nil to look for `contracts.json` from the working folder up.
    public var explicitPath: String?
    /// The folder relative paths are resolved against.
    public var workingDirectory: String

    public init(explicitPath: String? = nil, workingDirectory: String) {
        self.explicitPath = explicitPath
        self.workingDirectory = workingDirectory
    }
}

/// `--no-cache` and `--cache-dir`: where per-file scan results are kept between runs.
public struct CacheOptions: Sendable, Equatable {
    /// False with `--no-cache`: every file is scanned and no cache is read or written.
    public var isEnabled = true
    /// `--cache-dir DIR`; default `.archlint_cache` beside `contracts.json`.
    public var directory: String?

    public init(isEnabled: Bool = true, directory: String? = nil) {
        self.isEnabled = isEnabled
        self.directory = directory
    }
}

/// The options of `archlint check`.
public struct CheckOptions: Sendable, Equatable {
    public var source: ConfigurationSource
    /// `--contract ID`, repeatable; empty means every contract.
    public var contractIDs: [String] = []
    /// Nil: text, or github annotations when `GITHUB_ACTIONS=true`.
    public var format: CheckFormat?
    public var color: ColorMode = .auto
    public var showTimings = false
    /// `--baseline F`: leave out the violations recorded in F.
    public var baselinePath: String?
    public var cache = CacheOptions()

    public init(source: ConfigurationSource) { self.source = source }
}

/// The options of `archlint graph`.
public struct GraphOptions: Sendable, Equatable {
    public var source: ConfigurationSource
    public var format: GraphFormat = .json
    /// `--module M`, repeatable: keep only these modules (and what lies inside them); `*` and
    /// `**` as in contracts.
    public var modules: [String] = []
    /// `--externals show|hide`; nil: hidden when there are more than a few.
    public var externals: ExternalsChoice?
    /// `--depth N`: collapse module names to their first N segments (dot and mermaid).
    public var depth: Int?
    public var cache = CacheOptions()

    public init(source: ConfigurationSource) { self.source = source }
}
