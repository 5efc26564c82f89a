import ArchlintFiles

/// The snapshot's string table, each string built only when asked for.
///
/// Laid out for use where it lies: a count, then `count + 1` little-endian 32-bit offsets,
/// then the UTF-8 bytes, so opening the table reads no per-string lengths (parsing 40,000
/// varint lengths cost 7 M instructions of every warm run on ansible_collections).
struct StoredStrings: Sendable {
    /// The snapshot file, held where it lies.
    private let file: FileBytes
    /// Where the offsets start in the file.
    private let offsets: Int
    /// Where the strings' bytes start in the file.
    private let base: Int
    let count: Int

    /// The table's bytes for `strings` (what `init?(_:_:)` reads, written as one byte run).
    static func encode(_ strings: [String]) -> [UInt8] {
        var result: [UInt8] = []
        func put(_ value: Int) {
            withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) { result.append(contentsOf: $0) }
        }
        put(strings.count)
        var offset = 0
        put(0)
        for text in strings {
            offset += text.utf8.count
            put(offset)
        }
        for text in strings { result.append(contentsOf: text.utf8) }
        return result
    }

    /// Reads the table's layout, checking every offset lies in order inside it; nil when malformed.
    init?(_ reader: inout ByteReader<HeldFile>, _ file: FileBytes) {
        guard let run = reader.readBytes(), run.count >= 8 else { return nil }
        let start = run.startIndex
        let raw = file.bytes
        let valid = { () -> Int? in
            func word(_ index: Int) -> Int { Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt32.self))) }
            let count = word(start)
            guard count < run.count / 4, 4 * (count + 2) <= run.count else { return nil }
            let textCount = run.count - 4 * (count + 2)
            var previous = 0
            guard word(start + 4) == 0 else { return nil }
            var index = 1
            while index <= count {
                let next = word(start + 4 + 4 * index)
                guard next >= previous else { return nil }
                previous = next
                index += 1
            }
            return previous <= textCount ? count : nil
        }()
        guard let valid else { return nil }
        self.file = file
        count = valid
        offsets = start + 4
        base = start + 4 * (valid + 2)
    }

    subscript(index: Int) -> String {
        let raw = file.bytes
        let from = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offsets + 4 * index, as: UInt32.self)))
        let to = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offsets + 4 * index + 4, as: UInt32.self)))
        return String(decoding: UnsafeRawBufferPointer(rebasing: raw[base + from..<base + to]), as: UTF8.self)
    }
}
