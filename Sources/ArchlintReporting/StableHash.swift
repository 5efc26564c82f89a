import ArchlintGraph

/// Identifiers that must not change between runs (SARIF fingerprints, GitHub stop tokens).
enum StableHash {
    /// The FNV-1a hash of `parts`, each followed by a NUL byte so `["ab", "c"]` and `["a", "bc"]` differ.
    static func hex(_ parts: [String]) -> String {
        var hash = FNV1a()
        for part in parts { hash.combine(part) }
        return hash.hex
    }
}
