/// Runs of identifier bytes sixteen at a time, for the name tokens of `next()`: the names of
/// import statements are often long (`ansible_collections`, `AnsibleModule`), and a table lookup
/// per byte cost more than the rest of reading them. (Dotted names' later parts are shorter and
/// stay byte by byte: `endOfAttachedParts`.)
extension PythonTokenizer {
    /// The first byte at or after `start` that is not an identifier byte (`PythonByteClass`'s:
    /// letters, digits, `_` and every byte from 0x80), or `bytes.count`.
    @inline(__always)
    func endOfIdentifier(from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let count = bytes.count
        var index = start
        while index + ByteLanes.width <= count {
            let others = ByteLanes(.!Self.identifierLanes(ByteLanes.load(base, index)))
            if !others.isEmpty { return index + others.first }
            index += ByteLanes.width
        }
        let table = PythonByteClass.table
        while index < count && table[Int(base[index])] == PythonByteClass.identifier { index += 1 }
        return index
    }

    /// The lanes holding identifier bytes. Ranges are tested with signed compares (one
    /// `pcmpgtb` each; unsigned ones compile lane by lane): `x - low < width` unsigned is
    /// `(x - low) ^ 0x80 < width ^ 0x80` signed.
    @inline(__always)
    static func identifierLanes(_ block: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        let bias = SIMD16<UInt8>(repeating: 0x80)
        // `| 0x20` maps `A`…`Z` onto `a`…`z` and nothing else into that range.
        let letters = (block | SIMD16<UInt8>(repeating: 0x20)) &- SIMD16<UInt8>(repeating: UInt8(ascii: "a"))
        let digits = block &- SIMD16<UInt8>(repeating: UInt8(ascii: "0"))
        var lanes = unsafeBitCast(letters ^ bias, to: SIMD16<Int8>.self) .< SIMD16<Int8>(repeating: Int8(bitPattern: 26 ^ 0x80))
        lanes .|= unsafeBitCast(digits ^ bias, to: SIMD16<Int8>.self) .< SIMD16<Int8>(repeating: Int8(bitPattern: 10 ^ 0x80))
        lanes .|= unsafeBitCast(block, to: SIMD16<Int8>.self) .< SIMD16<Int8>()  // 0x80 and up
        lanes .|= unsafeBitCast(block, to: SIMD16<Int8>.self) .== SIMD16<Int8>(repeating: Int8(UInt8(ascii: "_")))
        return lanes
    }
}
