import ArchlintGraph

/// Builds the key of a workspace snapshot: FNV-1a over everything that decides the workspace
/// (settings, discovered modules, every file's path, size and modification time). Two runs with
/// the same key would scan to the same graph, so the second can load it instead.
package struct SnapshotHasher {
    private var hash = FNV1a()
    package var value: UInt64 { hash.value }

    package mutating func combine(_ text: String) {
        hash.combine(text, separator: 0xFF)  // ("ab", "c") and ("a", "bc") differ
    }

    /// A file's stamp as found beforehand (nil: it could not be stat'ed).
    mutating func combine(_ stamp: ScanCache.Stamp?) {
        combine(stamp?.size ?? -1)
        combine(stamp?.modified ?? -1)
    }

    mutating func combine(_ flag: Bool) { mix(flag ? 1 : 0) }

    mutating func combine(_ number: Int) {
        var rest = UInt64(bitPattern: Int64(number))
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
    }


    private mutating func mix(_ byte: UInt8) { hash.combine(byte: byte) }
}
