/// Compares strings by their UTF-8 bytes: the order archlint sorts every name and path in, the
/// same on every platform and locale.
public enum ByteOrder {
    /// True when `lhs`'s UTF-8 bytes sort before `rhs`'s.
    @inlinable
    public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        // Native strings are contiguous: compare their bytes in one pass instead of through the
        // generic UTF8View iterator, which dominated sorting thousands of module names.
        if let result = lhs.utf8.withContiguousStorageIfAvailable({ left in
            rhs.utf8.withContiguousStorageIfAvailable { right in compare(left, right) }
        }), let answer = result {
            return answer
        }
        return lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    @usableFromInline
    static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = min(left.count, right.count)
        var index = 0
        // Eight bytes at a time while they agree: module names share long prefixes
        // (`ansible_collections.community.general.plugins.`), which byte steps walked one by one.
        if count >= 8, let a = left.baseAddress.map(UnsafeRawPointer.init), let b = right.baseAddress.map(UnsafeRawPointer.init) {
            while index + 8 <= count {
                let x = UInt64(bigEndian: a.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let y = UInt64(bigEndian: b.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if x != y { return x < y }
                index += 8
            }
        }
        while index < count {
            let a = left[index], b = right[index]
            if a != b { return a < b }
            index += 1
        }
        return left.count < right.count
    }
}
