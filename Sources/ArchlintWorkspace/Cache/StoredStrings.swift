/// The snapshot's string table, each string built only when asked for.
struct StoredStrings: Sendable {
    private let bytes: [UInt8]
    private let spans: [(start: Int, count: Int)]

    /// Reads the table's layout (count, then each string's length and bytes); nil when malformed.
    init?(_ reader: inout ByteReader, _ bytes: [UInt8]) {
        guard let count = reader.readInt(), count >= 0, count <= bytes.count else { return nil }
        var spans: [(start: Int, count: Int)] = []
        spans.reserveCapacity(count)
        for _ in 0..<count {
            guard let raw = reader.readBytes() else { return nil }
            spans.append((raw.startIndex, raw.count))
        }
        self.bytes = bytes
        self.spans = spans
    }

    var count: Int { spans.count }

    subscript(index: Int) -> String {
        let span = spans[index]
        return bytes.withUnsafeBufferPointer { String(decoding: $0[span.start..<span.start + span.count], as: UTF8.self) }
    }
}
