import ArchlintFiles
import ArchlintGraph
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

extension FileBytes: ByteSource {
    package var byteCount: Int { bytes.count }
    @inline(__always) package func byte(at offset: Int) -> UInt8 { bytes[offset] }
    /// Indexed as the file is: `startIndex` is the run's offset in it.
    package func run(_ range: Range<Int>) -> Slice<UnsafeRawBufferPointer> { bytes[range] }
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

/// A cheap 64-bit checksum that catches truncated or damaged cache files: FNV-1a's mixing over
/// eight bytes at a time (megabytes of cache are checked on every warm run).
enum Checksum {
    static func of(_ bytes: some Collection<UInt8>) -> UInt64 {
        if let hash = bytes.withContiguousStorageIfAvailable({ words($0) }) { return hash }
        return Array(bytes).withUnsafeBufferPointer { words($0) }
    }

    static func of(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        words(UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count))
    }

    private static func words(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        // FNV-1a's constants over 8-byte words (with a fold), in four independent lanes over each
        // 32 bytes so the multiplications overlap: megabytes of cache are checked on every warm run.
        let prime = FNV1a.prime
        var lanes = (FNV1a.offsetBasis, FNV1a.offsetBasis ^ 1, FNV1a.offsetBasis ^ 2, FNV1a.offsetBasis ^ 3)
        var index = 0
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 32 <= buffer.count {
                lanes.0 = (lanes.0 ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* prime
                lanes.1 = (lanes.1 ^ raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)) &* prime
                lanes.2 = (lanes.2 ^ raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)) &* prime
                lanes.3 = (lanes.3 ^ raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)) &* prime
                lanes.0 ^= lanes.0 >> 29
                lanes.1 ^= lanes.1 >> 29
                lanes.2 ^= lanes.2 >> 29
                lanes.3 ^= lanes.3 >> 29
                index += 32
            }
        }
        var hash = lanes.0
        for lane in [lanes.1, lanes.2, lanes.3] {
            hash = (hash ^ lane) &* prime
            hash ^= hash >> 29
        }
        if let base = buffer.baseAddress {
            while index + 8 <= buffer.count {
                hash = (hash ^ UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) &* prime
                hash ^= hash >> 29
                index += 8
            }
        }
        while index < buffer.count {
            hash = (hash ^ UInt64(buffer[index])) &* prime
            index += 1
        }
        return hash ^ UInt64(buffer.count)
    }
}
