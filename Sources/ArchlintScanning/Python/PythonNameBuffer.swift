/// The bytes of a file's names while the scanner writes them: a buffer that starts in scratch
/// memory the caller provides (on the stack; most files' names fit) and moves to the heap when it
/// fills. `Array.append(contentsOf:)` cost some 200 instructions a name and regrew the array
/// from empty in every file; this is a copy of the bytes, and one array at the end.
struct PythonNameBuffer {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var isOnHeap = false
    /// Bytes written so far.
    private(set) var count = 0

    init(scratch: UnsafeMutableBufferPointer<UInt8>) {
        base = scratch.baseAddress!
        capacity = scratch.count
    }

    /// Appends `bytes[range]`.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count)
        let length = range.count
        guard length > 0 else { return }
        if count + length > capacity { grow(to: count + length) }
        (base + count).update(from: bytes.baseAddress! + range.lowerBound, count: length)
        count += length
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    /// Drops what was written from `start` on.
    @inline(__always)
    mutating func removeLast(from start: Int) {
        precondition(start >= 0 && start <= count)
        count = start
    }

    /// True when the bytes from `start` on are all ASCII.
    func isASCII(from start: Int) -> Bool {
        var bits: UInt8 = 0
        for index in start..<count { bits |= base[index] }
        return bits < 0x80
    }

    /// The bytes from `start` on, until the next write.
    func bytes(from start: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + start, count: count - start)
    }

    /// Every byte written, as the scan keeps them.
    func array() -> [UInt8] { count == 0 ? [] : Array(bytes(from: 0)) }

    /// Frees the heap memory, if the buffer moved there; the buffer is unusable afterwards.
    mutating func release() {
        if isOnHeap { base.deallocate() }
        isOnHeap = false
        capacity = 0
        count = 0
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = Swift.max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        if isOnHeap { base.deallocate() }
        base = newBase
        capacity = newCapacity
        isOnHeap = true
    }
}
