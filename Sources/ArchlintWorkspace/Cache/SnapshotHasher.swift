/// Builds the key of a workspace snapshot: FNV-1a over everything that decides the workspace
/// (settings, discovered modules, every file's path, size and modification time). Two runs with
/// the same key would scan to the same graph, so the second can load it instead.
package struct SnapshotHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { bytes in for byte in bytes { mix(byte) } }
        mix(0xFF)  // separator: ("ab", "c") and ("a", "bc") differ
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


    private mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x0000_0100_0000_01B3
    }
}
