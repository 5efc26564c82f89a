/// Sixteen bytes at a time through the long, dull stretches of a file: string bodies (docstrings
/// are often most of a module), comments, indentation and the middle of statements. Each search
/// tests a whole block with vector compares and goes straight to the first byte that matters by a
/// bit scan of the mask (`ByteLanes`); only the last bytes of the input, fewer than a block, are
/// read one at a time.
extension PythonTokenizer {
    /// Advances `position` to the next byte that can end or interrupt a string body: `quote`, a
    /// backslash, `\r`, and for a one-line string `\n`. A triple-quoted string's `\n`s are counted
    /// on the way without stopping. Stops at the end of the input.
    @inline(__always)
    mutating func advanceInStringBody(quote: UInt8, triple: Bool) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var index = position
        let quotes = SIMD16<UInt8>(repeating: quote)
        let backslashes = SIMD16<UInt8>(repeating: UInt8(ascii: "\\"))
        let returns = SIMD16<UInt8>(repeating: UInt8(ascii: "\r"))
        let newlines = SIMD16<UInt8>(repeating: UInt8(ascii: "\n"))
        var lines = 0
        defer { line += lines }
        if triple {
            while true {
                // Docstrings run for pages: 64 bytes per test while none stops the string, their
                // `\n`s kept as byte counters (at most 4 a lane a block) and summed every 63
                // blocks and once the run ends, not after every block.
                var counts = SIMD16<UInt8>()
                var blocks = 0
                defer { lines += ByteLanes.wideSum(counts) }
                while index + 64 <= count {
                    let a = ByteLanes.load(base, index), b = ByteLanes.load(base, index + 16)
                    let c = ByteLanes.load(base, index + 32), d = ByteLanes.load(base, index + 48)
                    var stops = (a .== quotes) .| (a .== backslashes) .| (a .== returns)
                    stops .|= (b .== quotes) .| (b .== backslashes) .| (b .== returns)
                    stops .|= (c .== quotes) .| (c .== backslashes) .| (c .== returns)
                    stops .|= (d .== quotes) .| (d .== backslashes) .| (d .== returns)
                    guard ByteLanes(stops).isEmpty else { break }
                    let ones = SIMD16<UInt8>(repeating: 1), none = SIMD16<UInt8>()
                    counts &+= none.replacing(with: ones, where: a .== newlines)
                    counts &+= none.replacing(with: ones, where: b .== newlines)
                    counts &+= none.replacing(with: ones, where: c .== newlines)
                    counts &+= none.replacing(with: ones, where: d .== newlines)
                    index += 64
                    blocks += 1
                    if blocks == 63 {  // 252 at most a lane: one more block could overflow it
                        lines += ByteLanes.wideSum(counts)
                        counts = none
                        blocks = 0
                    }
                }
                // Sixteen bytes at a time from a block with a stop in it until one without. A
                // quote that does not close the string (an apostrophe in a `'''` docstring) is
                // text, and so is a backslash with the byte it escapes unless that is a line end:
                // each is passed here, lane by lane in the block's mask, not by a return to
                // `skipPlainBody` (ansible's docstrings hold ~490,000 such quotes).
                var clean = false
                while !clean && index + ByteLanes.width <= count {
                    let chunk = ByteLanes.load(base, index)
                    var stops = ByteLanes((chunk .== quotes) .| (chunk .== backslashes) .| (chunk .== returns))
                    clean = stops.isEmpty
                    var resume = index  // the bytes before it are passed
                    while !stops.isEmpty {
                        let stop = index + stops.first
                        stops.removeFirst()
                        if stop < resume { continue }  // the byte a backslash escaped
                        if base[stop] == quote && !(stop + 2 < count && base[stop + 1] == quote && base[stop + 2] == quote) {
                            resume = stop + 1
                        } else if base[stop] == UInt8(ascii: "\\") && stop + 1 < count
                            && base[stop + 1] != UInt8(ascii: "\n") && base[stop + 1] != UInt8(ascii: "\r")
                        {
                            resume = stop + 2
                        } else {
                            // The closing quotes, a `\r` or an escaped line end: `skipPlainBody`'s.
                            lines += ByteLanes(chunk .== newlines).count(before: stop - index)
                            position = stop
                            return
                        }
                    }
                    // An escaped byte may lie past the block; it is no `\n` (tested).
                    lines += ByteLanes(chunk .== newlines).count
                    index = max(index + ByteLanes.width, resume)
                }
                if !clean { break }  // fewer than 16 bytes left: the loops below
            }
        }
        while index + ByteLanes.width <= count {
            let chunk = ByteLanes.load(base, index)
            let stops = triple
                ? ByteLanes((chunk .== quotes) .| (chunk .== backslashes) .| (chunk .== returns))
                : ByteLanes((chunk .== quotes) .| (chunk .== backslashes) .| (chunk .== returns) .| (chunk .== newlines))
            if stops.isEmpty {
                if triple { lines += ByteLanes(chunk .== newlines).count }
                index += ByteLanes.width
                continue
            }
            let lane = stops.first
            if triple { lines += ByteLanes(chunk .== newlines).count(before: lane) }
            position = index + lane
            return
        }
        while index < count {
            let byte = base[index]
            if byte == quote || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\r") { break }
            if byte == UInt8(ascii: "\n") {
                if !triple { break }
                lines += 1
            }
            index += 1
        }
        position = index
    }

    /// Skips a `#` comment up to (not including) its line end.
    @inline(__always)
    mutating func skipComment() {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var index = position
        let returns = SIMD16<UInt8>(repeating: UInt8(ascii: "\r"))
        let newlines = SIMD16<UInt8>(repeating: UInt8(ascii: "\n"))
        while index + ByteLanes.width <= count {
            let chunk = ByteLanes.load(base, index)
            let ends = ByteLanes((chunk .== returns) .| (chunk .== newlines))
            if !ends.isEmpty {
                position = index + ends.first
                return
            }
            index += ByteLanes.width
        }
        while index < count && base[index] != UInt8(ascii: "\n") && base[index] != UInt8(ascii: "\r") { index += 1 }
        position = index
    }

    /// The first byte at or after `start` that matters in the middle of a statement (a class from
    /// `PythonByteClass.firstSignificant` on: line ends, `#`, quotes, brackets, `:`, `;`, `\`), or
    /// `bytes.count`.
    @inline(__always)
    func nextSignificant(from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let count = bytes.count
        var index = start
        while index + ByteLanes.width <= count {
            let chunk = ByteLanes.load(base, index)
            // Pairs that differ in the low bit share one compare: `"#` (0x22 0x23), `()` (0x28
            // 0x29), `:;` (0x3A 0x3B).
            let odd = chunk | SIMD16(repeating: 1)
            var mask = chunk .== SIMD16(repeating: UInt8(ascii: "\n"))
            mask .|= chunk .== SIMD16(repeating: UInt8(ascii: "\r"))
            mask .|= odd .== SIMD16(repeating: UInt8(ascii: "#"))
            mask .|= chunk .== SIMD16(repeating: UInt8(ascii: "'"))
            mask .|= odd .== SIMD16(repeating: UInt8(ascii: ")"))
            mask .|= odd .== SIMD16(repeating: UInt8(ascii: ";"))
            mask .|= chunk .== SIMD16(repeating: UInt8(ascii: "["))
            mask .|= chunk .== SIMD16(repeating: UInt8(ascii: "\\"))
            mask .|= chunk .== SIMD16(repeating: UInt8(ascii: "]"))
            mask .|= chunk .== SIMD16(repeating: UInt8(ascii: "{"))
            mask .|= chunk .== SIMD16(repeating: UInt8(ascii: "}"))
            let lanes = ByteLanes(mask)
            if !lanes.isEmpty { return index + lanes.first }
            index += ByteLanes.width
        }
        let table = PythonByteClass.table
        while index < count && table[Int(base[index])] < PythonByteClass.firstSignificant { index += 1 }
        return index
    }

    /// The first byte at or after `start` that is not a space, or `bytes.count`.
    @inline(__always)
    func endOfSpaces(from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let count = bytes.count
        var index = start
        let spaces = SIMD16<UInt8>(repeating: UInt8(ascii: " "))
        while index + ByteLanes.width <= count {
            let others = ByteLanes(ByteLanes.load(base, index) .!= spaces)
            if !others.isEmpty { return index + others.first }
            index += ByteLanes.width
        }
        while index < count && base[index] == UInt8(ascii: " ") { index += 1 }
        return index
    }

    /// True when the six bytes at `start` spell `import`; the caller makes sure they exist.
    @inline(__always)
    static func isImportWord(_ base: UnsafePointer<UInt8>, at start: Int) -> Bool {
        let raw = UnsafeRawPointer(base + start)
        // "impo" and "rt" read as little-endian words.
        return raw.loadUnaligned(as: UInt32.self).littleEndian == 0x6F70_6D69
            && raw.loadUnaligned(fromByteOffset: 4, as: UInt16.self).littleEndian == 0x7472
    }

    /// The offset just past the last `import` in `bytes` (in code, a string or a comment), or nil.
    /// No import statement can start after it, so scanning may stop there.
    static func endOfLastImportWord(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: PythonImportWords.scratchCapacity) {
            PythonImportWords(in: bytes, scratch: $0).end
        }
    }
}
