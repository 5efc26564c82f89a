/// Least-significant-digit radix sort of plain words, 11 bits a pass: the graph's edge keys
/// (importer, imported and statement index packed into one word) sort in three or four linear
/// passes instead of `sort()`'s n log n comparisons.
enum RadixSort {
    /// Sorts `words`, whose values are below `1 << significantBits`. The bits below `firstBit`
    /// must already rise with the position (the graph packs each statement's index there): the
    /// passes then skip them, since a stable pass over the higher bits keeps that order.
    static func sort(_ words: inout [UInt64], significantBits: Int, firstBit: Int = 0) {
        guard words.count > 256 else {
            words.sort()
            return
        }
        let digitBits = 11, buckets = 1 << digitBits
        var other = [UInt64](repeating: 0, count: words.count)
        var counts = [Int](repeating: 0, count: buckets)
        var shift = firstBit
        while shift < significantBits {
            for index in counts.indices { counts[index] = 0 }
            words.withUnsafeBufferPointer { source in
                other.withUnsafeMutableBufferPointer { target in
                    counts.withUnsafeMutableBufferPointer { counts in
                        let mask = UInt64(buckets - 1)
                        for word in source { counts[Int((word >> UInt64(shift)) & mask)] += 1 }
                        var total = 0
                        for digit in 0..<buckets {
                            let count = counts[digit]
                            counts[digit] = total
                            total += count
                        }
                        for word in source {
                            let digit = Int((word >> UInt64(shift)) & mask)
                            target[counts[digit]] = word
                            counts[digit] += 1
                        }
                    }
                }
            }
            swap(&words, &other)
            shift += digitBits
        }
    }
}
