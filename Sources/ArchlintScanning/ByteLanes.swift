/// The lanes of a 16-byte block that matched a test, as two words with bit 8·k+7 set for lane k.
/// Swift has no portable `movemask`: the mask's bytes read as two words give the same answers
/// (which lane first, which last, how many) with a bit scan or a population count, so a search
/// goes straight to its hit instead of re-reading the block byte by byte.
struct ByteLanes {
    var low: UInt64
    var high: UInt64

    /// Sixteen lanes per block.
    static let width = 16

    @inline(__always)
    init(_ mask: SIMDMask<SIMD16<Int8>>) {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        low = words[0] & 0x8080_8080_8080_8080
        high = words[1] & 0x8080_8080_8080_8080
    }

    /// The block of 16 bytes at `index`; the caller makes sure they are all inside the input.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, _ index: Int) -> SIMD16<UInt8> {
        UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
    }

    @inline(__always) var isEmpty: Bool { low | high == 0 }

    /// The first lane set; 16 when none is.
    @inline(__always)
    var first: Int {
        if low != 0 { return low.trailingZeroBitCount >> 3 }
        if high != 0 { return 8 + high.trailingZeroBitCount >> 3 }
        return 16
    }

    /// The last lane set; -1 when none is.
    @inline(__always)
    var last: Int {
        if high != 0 { return 15 - high.leadingZeroBitCount >> 3 }
        if low != 0 { return 7 - low.leadingZeroBitCount >> 3 }
        return -1
    }

    /// Clears the first lane set.
    @inline(__always)
    mutating func removeFirst() {
        if low != 0 { low &= low &- 1 } else { high &= high &- 1 }
    }

    /// Clears the last lane set.
    @inline(__always)
    mutating func removeLast() {
        if high != 0 {
            high &= ~(UInt64(1) << (63 - high.leadingZeroBitCount))
        } else if low != 0 {
            low &= ~(UInt64(1) << (63 - low.leadingZeroBitCount))
        }
    }

    /// The number of lanes set. Each lane is one bit at the top of its byte, so a multiply sums
    /// the eight bytes of a word into its top byte (a software population count is four times
    /// longer where the target has no `popcnt`).
    @inline(__always) var count: Int { Self.lanes(in: low) + Self.lanes(in: high) }

    /// The number of lanes set before `lane` (0…16).
    @inline(__always)
    func count(before lane: Int) -> Int {
        // Swift's `<<` gives 0 for a shift of 64 or more, so lane 8 and 16 need no special case.
        if lane < 8 { return Self.lanes(in: low & ((UInt64(1) << (lane << 3)) &- 1)) }
        return Self.lanes(in: low) + Self.lanes(in: high & ((UInt64(1) << ((lane - 8) << 3)) &- 1))
    }

    @inline(__always)
    static func lanes(in word: UInt64) -> Int { Int(truncatingIfNeeded: ((word >> 7) &* 0x0101_0101_0101_0101) >> 56) }

    /// The sum of the byte counters in `counts`, whatever their values: adjacent bytes are first
    /// added into 16-bit lanes, which a multiply then sums (at most 16 · 255).
    @inline(__always)
    static func wideSum(_ counts: SIMD16<UInt8>) -> Int {
        let words = unsafeBitCast(counts, to: SIMD2<UInt64>.self)
        let evens: UInt64 = 0x00FF_00FF_00FF_00FF
        let pairs = (words[0] & evens) &+ (words[0] >> 8 & evens) &+ (words[1] & evens) &+ (words[1] >> 8 & evens)
        return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
    }

    /// The sum of the byte counters in `counts` (the eight of a word must sum to less than 256).
    @inline(__always)
    static func sum(_ counts: SIMD16<UInt8>) -> Int {
        let words = unsafeBitCast(counts, to: SIMD2<UInt64>.self)
        return Int(truncatingIfNeeded: (words[0] &* 0x0101_0101_0101_0101) >> 56)
            + Int(truncatingIfNeeded: (words[1] &* 0x0101_0101_0101_0101) >> 56)
    }
}
