/// FNV-1a (64 bit) over UTF-8 bytes: a hash that, unlike `Hasher`, is the same in every process,
/// for identifiers that must not change between runs (SARIF fingerprints, GitHub stop tokens).
enum StableHash {
    /// The hash of `parts`, each followed by a NUL byte so `["ab", "c"]` and `["a", "bc"]` differ.
    static func hex(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            hash = (hash ^ 0) &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
