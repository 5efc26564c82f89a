/// Every place the word `import` occurs in a file's bytes (in code, a string or a comment), found
/// in one forward pass before the scan. Every import statement holds the word, so the last one
/// says where scanning may stop, and the skipper, which must flag an `import` it passes in the
/// middle of a statement, looks the next one up here instead of searching the bytes again after
/// every string and comment (the two searches cost ~110 M instructions on ansible, twice this one).
struct PythonImportWords {
    /// The offsets where the word starts, ascending (the word cannot overlap itself): in the
    /// caller's scratch while they fit, so a file's scan allocates nothing for them (the
    /// synthetic workload's 65,000 files of three imports each paid a malloc per file).
    struct Starts {
        let scratch: UnsafeMutableBufferPointer<Int>
        private(set) var count = 0
        /// The starts after the first `scratch.count`.
        private var spilled: [Int] = []

        init(scratch: UnsafeMutableBufferPointer<Int>) { self.scratch = scratch }

        @inline(__always)
        mutating func append(_ start: Int) {
            if count < scratch.count { scratch[count] = start } else { spilled.append(start) }
            count += 1
        }

        @inline(__always)
        subscript(index: Int) -> Int { index < scratch.count ? scratch[index] : spilled[index - scratch.count] }
    }

    /// How many starts the scanner keeps on the stack before spilling to the heap (512 bytes:
    /// `withUnsafeTemporaryAllocation` takes the heap for larger sizes, a malloc per file).
    static let scratchCapacity = 64

    private var list: Starts
    /// The first entry of `list` not before the latest lookup's offset.
    private var cursor = 0

    /// Every start, ascending.
    var starts: [Int] { (0..<list.count).map { list[$0] } }

    init(in bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<Int>) {
        list = Starts(scratch: scratch)
        Self.appendStarts(in: bytes, from: 0, to: &list)
    }

    /// The offset just past the last occurrence, or nil when there is none.
    var end: Int? { list.count == 0 ? nil : list[list.count - 1] + 6 }

    /// The first start at or after `offset`, or `none` when no occurrence is left. Lookups come
    /// with offsets that only grow, so the cursor walks the list once per scan; it steps back too
    /// for an offset smaller than the last, so the answer never depends on that order.
    @inline(__always)
    mutating func first(from offset: Int, none: Int) -> Int {
        while cursor > 0 && list[cursor - 1] >= offset { cursor -= 1 }
        while cursor < list.count && list[cursor] < offset { cursor += 1 }
        return cursor < list.count ? list[cursor] : none
    }

    /// The words of `bytes` and `SourceCheck.check(bytes)` from one read of the bytes: while
    /// blocks are ASCII without a NUL (nearly all source), the check's test and the word search
    /// share each 128-byte block's loads; from the first other block on, each goes on alone.
    init(checking bytes: UnsafeBufferPointer<UInt8>, finding: inout SourceCheck.Finding?, scratch: UnsafeMutableBufferPointer<Int>) {
        var starts = Starts(scratch: scratch)
        var index = 0
        if let base = bytes.baseAddress {
            let i = SIMD16<UInt8>(repeating: UInt8(ascii: "i"))
            let p = SIMD16<UInt8>(repeating: UInt8(ascii: "p"))
            let zero = SIMD16<Int8>()
            // A word may start at the block's last byte and reads 6 bytes from there.
            while index + 128 + 6 <= bytes.count {
                let raw = UnsafeRawPointer(base + index)
                let first = raw.loadUnaligned(as: SIMD16<UInt8>.self)
                // Read as signed, ASCII without NUL (0x01…0x7F) is exactly the positive bytes: one
                // `pcmpgtb` a block.
                var positive = unsafeBitCast(first, to: SIMD16<Int8>.self) .> zero
                var hits = (first .== i) .& (raw.loadUnaligned(fromByteOffset: 2, as: SIMD16<UInt8>.self) .== p)
                for offset in stride(from: 16, to: 128, by: 16) {
                    let block = raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
                    positive .&= unsafeBitCast(block, to: SIMD16<Int8>.self) .> zero
                    hits .|= (block .== i) .& (raw.loadUnaligned(fromByteOffset: offset + 2, as: SIMD16<UInt8>.self) .== p)
                }
                // A block with a byte that is not ASCII, or a NUL, is left to the passes below.
                guard ByteLanes(.!positive).isEmpty else { break }
                if !ByteLanes(hits).isEmpty {
                    for offset in stride(from: 0, to: 128, by: 16) {
                        let lanes = ByteLanes((ByteLanes.load(base, index + offset) .== i) .& (ByteLanes.load(base, index + offset + 2) .== p))
                        Self.collect(lanes, at: index + offset, base, &starts)
                    }
                }
                index += 128
            }
        }
        // The bytes before `index` are ASCII, so a character begins there.
        finding = SourceCheck.check(bytes, from: index)
        Self.appendStarts(in: bytes, from: index, to: &starts)
        list = starts
    }

    /// Appends the starts of every `import` in `bytes` from `start` on. Sixty-four candidate
    /// positions per test: a lane holding `i` with `p` two bytes on (`i?p`) is rare outside the
    /// word, and only those lanes are compared in full.
    static func appendStarts(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to starts: inout Starts) {
        guard let base = bytes.baseAddress, bytes.count >= 6 else { return }
        let last = bytes.count - 6  // the last place the word can start
        let i = SIMD16<UInt8>(repeating: UInt8(ascii: "i"))
        let p = SIMD16<UInt8>(repeating: UInt8(ascii: "p"))
        var index = start
        // The loads reach `index + 2 + 63`, inside the input while `index + 63 <= last`.
        while index + 63 <= last {
            let a = (ByteLanes.load(base, index) .== i) .& (ByteLanes.load(base, index + 2) .== p)
            let b = (ByteLanes.load(base, index + 16) .== i) .& (ByteLanes.load(base, index + 18) .== p)
            let c = (ByteLanes.load(base, index + 32) .== i) .& (ByteLanes.load(base, index + 34) .== p)
            let d = (ByteLanes.load(base, index + 48) .== i) .& (ByteLanes.load(base, index + 50) .== p)
            if !ByteLanes(a .| b .| c .| d).isEmpty {
                collect(ByteLanes(a), at: index, base, &starts)
                collect(ByteLanes(b), at: index + 16, base, &starts)
                collect(ByteLanes(c), at: index + 32, base, &starts)
                collect(ByteLanes(d), at: index + 48, base, &starts)
            }
            index += 64
        }
        while index + 15 <= last {
            collect(ByteLanes((ByteLanes.load(base, index) .== i) .& (ByteLanes.load(base, index + 2) .== p)), at: index, base, &starts)
            index += 16
        }
        while index <= last {
            if PythonTokenizer.isImportWord(base, at: index) { starts.append(index) }
            index += 1
        }
    }

    /// Appends the lanes of the block at `index` that start the whole word, first to last.
    @inline(__always)
    private static func collect(_ candidates: ByteLanes, at index: Int, _ base: UnsafePointer<UInt8>, _ starts: inout Starts) {
        var lanes = candidates
        while !lanes.isEmpty {
            let candidate = index + lanes.first
            if PythonTokenizer.isImportWord(base, at: candidate) { starts.append(candidate) }
            lanes.removeFirst()
        }
    }
}
