import ArchlintFiles

/// Appends integers (LEB128 varints) and strings to a byte buffer: the cache's compact encoding.
package struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func write(_ flag: Bool) { bytes.append(flag ? 1 : 0) }

    mutating func write(_ text: String) {
        let utf8 = Array(text.utf8)
        write(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    mutating func write(_ raw: [UInt8]) {
        write(raw.count)
        bytes.append(contentsOf: raw)
    }

    mutating func write(_ texts: [String]) {
        write(texts.count)
        for text in texts { write(text) }
    }
}

/// Where a `ByteReader` reads: an array (a scan cache entry), or a cache file held where it lies
/// (`FileBytes`: the workspace cache, decoded without being copied into an array).
package protocol ByteSource {
    /// A run of bytes of the source, as `readBytes()` returns it.
    associatedtype Run: Collection<UInt8>
    var byteCount: Int { get }
    /// The byte at `offset`, which the reader has checked lies below `byteCount`.
    func byte(at offset: Int) -> UInt8
    /// The bytes in `range`, which the reader has checked lies inside the source.
    func run(_ range: Range<Int>) -> Run
}

extension Array: ByteSource where Element == UInt8 {
    package var byteCount: Int { count }
    @inline(__always) package func byte(at offset: Int) -> UInt8 { self[offset] }
    package func run(_ range: Range<Int>) -> ArraySlice<UInt8> { self[range] }
}

/// A filled `FileBytes` as a `ByteReader` reads it: its bytes taken once (not through a call
/// per byte into the other module), kept alive by the reference beside them.
package struct HeldFile: ByteSource {
    let file: FileBytes
    let raw: UnsafeRawBufferPointer

    init(_ file: FileBytes) {
        self.file = file
        raw = file.bytes
    }

    package var byteCount: Int { raw.count }
    @inline(__always) package func byte(at offset: Int) -> UInt8 { raw[offset] }
    /// Indexed as the file is: `startIndex` is the run's offset in it.
    package func run(_ range: Range<Int>) -> Slice<UnsafeRawBufferPointer> { raw[range] }
}

/// Reads what `ByteWriter` wrote; every read fails (nil) past the end or on malformed input,
/// so a damaged cache is detected instead of trusted.
package struct ByteReader<Source: ByteSource> {
    private let source: Source
    private let count: Int
    private(set) var offset: Int

    init(_ source: Source, offset: Int = 0) {
        self.source = source
        self.count = source.byteCount
        self.offset = offset
    }

    /// A reader of the bytes `file` holds so far.
    init(_ file: FileBytes, offset: Int = 0) where Source == HeldFile {
        self.init(HeldFile(file), offset: offset)
    }

    var isAtEnd: Bool { offset == count }

    /// Bytes left to read: a bound for any count read next (each item takes a byte at least).
    var remainingCount: Int { count - offset }

    /// Inlined for the one-byte varints (0…127) that are nearly every count, offset and line of
    /// a scan record: decoding a warm scan cache read half a million of them through a call.
    @inline(__always)
    mutating func readInt() -> Int? {
        if offset < count {
            let byte = source.byte(at: offset)
            if byte < 0x80 {
                offset += 1
                return Int(byte)
            }
        }
        return readLongInt()
    }

    /// A varint of any length.
    private mutating func readLongInt() -> Int? {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while offset < count, shift < 64 {
            let byte = source.byte(at: offset)
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int(Int64(bitPattern: result)) }
            shift += 7
        }
        return nil
    }

    mutating func readBool() -> Bool? {
        guard offset < count, source.byte(at: offset) <= 1 else { return nil }
        offset += 1
        return source.byte(at: offset - 1) == 1
    }

    mutating func readBytes() -> Source.Run? {
        guard let length = readInt(), length >= 0, length <= count - offset else { return nil }
        defer { offset += length }
        return source.run(offset..<offset + length)
    }

    /// Skips a string or byte run without building it; false when malformed.
    mutating func skipBytes() -> Bool { readBytes() != nil }

    mutating func readString() -> String? {
        guard let raw = readBytes() else { return nil }
        return String(validating: raw, as: UTF8.self)
    }

    mutating func readStrings() -> [String]? {
        guard let number = readInt(), number >= 0, number <= count - offset else { return nil }
        var result: [String] = []
        result.reserveCapacity(number)
        for _ in 0..<number {
            guard let text = readString() else { return nil }
            result.append(text)
        }
        return result
    }
}

/// A cheap 64-bit checksum that catches truncated or damaged cache files (not forgery: nothing
/// here is secret). Megabytes of cache are checked on every warm run, so it costs three
/// instructions a word: each of four lanes takes a word as `rotate(lane ^ word, 29) * odd`, a
/// step that is one-to-one in the word and in the lane, so any one damaged word changes the
/// lane, and the rotation carries the last product's high bits into the next one's low bits (a
/// multiply alone never moves a bit downwards). The lanes interleave so the multiplications overlap.
enum Checksum {
    static func of(_ bytes: some Collection<UInt8>) -> UInt64 {
        if let hash = bytes.withContiguousStorageIfAvailable({ words($0) }) { return hash }
        return Array(bytes).withUnsafeBufferPointer { words($0) }
    }

    static func of(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        words(UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count))
    }

    /// An odd constant with dense bits (2^64 / the golden ratio).
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// Rotated before the multiply, not after: LLVM folds a shift after a multiply by a
    /// constant into the constant and then no longer sees a rotation (two multiplies instead of one).
    @inline(__always)
    private static func step(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = lane ^ word
        return ((mixed << 29) | (mixed >> 35)) &* multiplier
    }

    private static func words(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
        var index = 0
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            func word(_ offset: Int) -> UInt64 { raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
            while index + 64 <= buffer.count {
                lanes.0 = step(step(lanes.0, word(index)), word(index + 32))
                lanes.1 = step(step(lanes.1, word(index + 8)), word(index + 40))
                lanes.2 = step(step(lanes.2, word(index + 16)), word(index + 48))
                lanes.3 = step(step(lanes.3, word(index + 24)), word(index + 56))
                index += 64
            }
            while index + 8 <= buffer.count {
                lanes.0 = step(lanes.0, word(index))
                index += 8
            }
        }
        var hash = step(step(step(lanes.0, lanes.1), lanes.2), lanes.3)
        while index < buffer.count {
            hash = step(hash, UInt64(buffer[index]))
            index += 1
        }
        // The length last: a file cut at a word's end still differs.
        return step(step(hash, UInt64(buffer.count)), 0)
    }
}
