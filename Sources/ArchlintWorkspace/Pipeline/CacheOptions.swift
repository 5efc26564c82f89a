/// `--no-cache` and `--cache-dir`: where per-file scan results are kept between runs.
package struct CacheOptions: Sendable, Equatable {
    /// False with `--no-cache`: every file is scanned and no cache is read or written.
    package var isEnabled = true
    /// `--cache-dir DIR`; default `.archlint_cache` beside `contracts.json`.
    package var directory: String?

    package init(isEnabled: Bool = true, directory: String? = nil) {
        self.isEnabled = isEnabled
        self.directory = directory
    }
}
