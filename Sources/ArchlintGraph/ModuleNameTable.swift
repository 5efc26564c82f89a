/// A fixed set of module names looked up by their UTF-8 bytes: an open-addressing table over
/// one byte arena, keyed by FNV-1a (`hash`, the same as `ModuleName.byteHash`).
///
/// Resolving an import asks for `a.b.c`, then `a.b`, then maybe `a`: with a `Set<ModuleName>`
/// each question built a `String` and hashed it with SipHash. Here the caller hashes the bytes
/// once, as it writes them, keeping the hash of every prefix it needs, and asks with a slice.
public struct ModuleNameTable: Sendable {
    /// Index into `names` per slot, -1 when empty; the count is a power of two, at most half full.
    @usableFromInline let slots: [Int32]
    /// `hash` of each name.
    @usableFromInline let hashes: [UInt64]
    /// Name `i`'s bytes are `bytes[starts[i]..<starts[i + 1]]`.
    @usableFromInline let starts: [Int32]
    @usableFromInline let bytes: [UInt8]
    /// The names, in the order first given; an index answers with the very value given (its
    /// storage is shared, not copied).
    public let names: [ModuleName]

    /// The table of `names`; a repeated name keeps its first value.
    public init(_ names: some Sequence<ModuleName>) {
        self.init(Array(names))
    }

    /// The table of `names`; a repeated name keeps its first value. Concrete, not generic: the
    /// generic form, called from another target, read each name through the protocol's witnesses.
    public init(_ names: [ModuleName]) {
        var kept: [ModuleName] = []
        var hashes: [UInt64] = []
        var starts: [Int32] = [0]
        var bytes: [UInt8] = []
        let estimate = names.count
        var slots = [Int32](repeating: -1, count: Self.capacity(for: max(estimate, 8)))
        // Reserved for the names announced (about 40 bytes each in a large Python package), so
        // that building the table of ~14,000 modules does not regrow five arrays as it goes.
        kept.reserveCapacity(estimate)
        hashes.reserveCapacity(estimate)
        starts.reserveCapacity(estimate + 1)
        bytes.reserveCapacity(estimate * 40)
        for name in names {
            if kept.count * 2 >= slots.count {
                slots = Self.rehash(hashes, into: Self.capacity(for: kept.count + 1))
            }
            let start = bytes.count
            if name.rawValue.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
                bytes.append(contentsOf: name.rawValue.utf8)
            }
            let found: Bool = bytes.withUnsafeBufferPointer { all in
                let key = UnsafeBufferPointer(rebasing: all[start...])
                return Self.find(key, hash: name.byteHash, slots: slots, hashes: hashes, starts: starts, bytes: all) != nil
            }
            if found {
                bytes.removeSubrange(start...)
                continue
            }
            var slot = Int(truncatingIfNeeded: name.byteHash) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(kept.count)
            kept.append(name)
            hashes.append(name.byteHash)
            starts.append(Int32(bytes.count))
        }
        self.slots = slots
        self.hashes = hashes
        self.starts = starts
        self.bytes = bytes
        self.names = kept
    }

    /// The smallest power of two at least twice `count`.
    private static func capacity(for count: Int) -> Int {
        var capacity = 16
        while capacity < 2 * count { capacity *= 2 }
        return capacity
    }

    private static func rehash(_ hashes: [UInt64], into capacity: Int) -> [Int32] {
        var slots = [Int32](repeating: -1, count: capacity)
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(index)
        }
        return slots
    }

    /// Number of names.
    public var count: Int { names.count }

    /// FNV-1a of `bytes`.
    @inlinable
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value = FNV1a.offsetBasis
        for byte in bytes { value = (value ^ UInt64(byte)) &* FNV1a.prime }
        return value
    }

    /// The index in `names` of the name whose bytes are `key` (and whose `hash` is `hash`).
    @inlinable
    public func index(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        bytes.withUnsafeBufferPointer { all in
            Self.find(key, hash: hash, slots: slots, hashes: hashes, starts: starts, bytes: all)
        }
    }

    /// The name whose bytes are `key`, if any.
    @inlinable
    public func name(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> ModuleName? {
        index(of: key, hash: hash).map { names[$0] }
    }

    @inlinable
    static func find(
        _ key: UnsafeBufferPointer<UInt8>, hash: UInt64, slots: [Int32], hashes: [UInt64], starts: [Int32],
        bytes: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash {
                let start = Int(starts[index]), end = Int(starts[index + 1])
                if end - start == key.count && Self.equal(key, bytes, from: start) { return index }
            }
            slot = (slot + 1) & mask
        }
    }

    /// True when `key` equals the `key.count` bytes of `bytes` from `start`, 8 bytes at a time.
    @inlinable
    public static func equal(_ key: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let count = key.count
        guard count > 0, let keyBase = key.baseAddress, let base = bytes.baseAddress else { return count == 0 }
        let a = UnsafeRawPointer(keyBase), b = UnsafeRawPointer(base + start)
        var offset = 0
        while offset + 8 <= count {
            if a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != b.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                return false
            }
            offset += 8
        }
        while offset < count {
            if a.load(fromByteOffset: offset, as: UInt8.self) != b.load(fromByteOffset: offset, as: UInt8.self) { return false }
            offset += 1
        }
        return true
    }
}
