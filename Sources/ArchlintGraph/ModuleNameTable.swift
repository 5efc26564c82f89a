/// A set of module names looked up by their UTF-8 bytes: an open-addressing table over one
/// byte arena, keyed by FNV-1a (`hash`, the same as `ModuleName.byteHash`).
///
/// Resolving an import asks for `a.b.c`, then `a.b`, then maybe `a`: with a `Set<ModuleName>`
/// each question built a `String` and hashed it with SipHash. Here the caller hashes the bytes
/// once, as it writes them, keeping the hash of every prefix it needs, and asks with a slice.
/// The same table interns the external names one worker meets (`name(interning:hash:)`).
public struct ModuleNameTable: Sendable {
    /// Index into `names` per slot, -1 when empty; the count is a power of two, at most half full.
    @usableFromInline private(set) var slots: [Int32]
    /// `hash` of each name.
    @usableFromInline private(set) var hashes: [UInt64] = []
    /// Name `i`'s bytes are `bytes[starts[i]..<starts[i + 1]]`.
    @usableFromInline private(set) var starts: [Int32] = [0]
    @usableFromInline private(set) var bytes: [UInt8] = []
    /// The names, in the order first given; an index answers with the very value given (its
    /// storage is shared, not copied).
    public private(set) var names: [ModuleName] = []

    /// The table of `names`; a repeated name keeps its first value.
    public init(_ names: some Sequence<ModuleName>) {
        self.init(Array(names))
    }

    /// The table of `names`; a repeated name keeps its first value. Concrete, not generic: the
    /// generic form, called from another target, read each name through the protocol's witnesses.
    public init(_ names: [ModuleName]) {
        slots = [Int32](repeating: -1, count: Self.capacity(for: max(names.count, 8)))
        // Reserved for the names announced (about 40 bytes each in a large Python package), so
        // that building the table of ~14,000 modules does not regrow its arrays as it goes.
        self.names.reserveCapacity(names.count)
        hashes.reserveCapacity(names.count)
        starts.reserveCapacity(names.count + 1)
        bytes.reserveCapacity(names.count * 40)
        for name in names {
            var text = name.rawValue
            text.withUTF8 { key in _ = insert(name, bytes: key) }
        }
    }

    /// The name whose UTF-8 bytes are `key` (hashed `hash`), made and added the first time it is
    /// asked for: a worker's external names (`os`, `typing.Any`, met in file after file) are one
    /// string each, shared by every statement naming them.
    @inlinable
    public mutating func name(interning key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> ModuleName {
        if let index = index(of: key, hash: hash) { return names[index] }
        let name = ModuleName(String(decoding: key, as: UTF8.self), byteHash: hash)
        _ = insert(name, bytes: key)
        return name
    }

    /// Adds `name`, whose bytes are `key`, unless a name of those bytes is there; its index.
    @usableFromInline
    mutating func insert(_ name: ModuleName, bytes key: UnsafeBufferPointer<UInt8>) -> Int {
        if let index = index(of: key, hash: name.byteHash) { return index }
        if (names.count + 1) * 2 > slots.count { slots = Self.rehash(hashes, into: Self.capacity(for: names.count + 1)) }
        var slot = Int(truncatingIfNeeded: name.byteHash) & (slots.count - 1)
        while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = Int32(names.count)
        names.append(name)
        hashes.append(name.byteHash)
        bytes.append(contentsOf: key)
        starts.append(Int32(bytes.count))
        return names.count - 1
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
    static func equal(_ key: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
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
