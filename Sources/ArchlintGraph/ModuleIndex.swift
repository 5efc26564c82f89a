/// Module name → id, an open-addressing table probed by the name's stored `byteHash`.
///
/// A `[ModuleName: ModuleID]` ran SipHash over that hash on every lookup; building a graph looks
/// up each statement's imported module (60,000 times on a large workspace), so the table mixes
/// the stored hash with one multiplication instead.
struct ModuleIndex: Sendable {
    /// Entry per slot, -1 when empty; a power of two, at most half full.
    private var slots: [Int32]
    private var keys: [ModuleName] = []
    /// The id of each entry, in insertion order.
    private(set) var values: [ImportGraph.ModuleID] = []

    init(minimumCapacity: Int = 0) {
        var capacity = 16
        while capacity < 2 * minimumCapacity { capacity *= 2 }
        slots = [Int32](repeating: -1, count: capacity)
        keys.reserveCapacity(minimumCapacity)
        values.reserveCapacity(minimumCapacity)
    }

    var count: Int { keys.count }

    @inline(__always)
    private static func start(_ hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The slot holding `name`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of name: ModuleName) -> Int {
        let mask = slots.count - 1
        var slot = Self.start(name.byteHash, mask: mask)
        while true {
            let entry = Int(slots[slot])
            if entry < 0 || keys[entry] == name { return slot }
            slot = (slot + 1) & mask
        }
    }

    subscript(name: ModuleName) -> ImportGraph.ModuleID? {
        let entry = Int(slots[slot(of: name)])
        return entry < 0 ? nil : values[entry]
    }

    /// Adds `name` with `id` unless it is there; false when it was.
    @discardableResult
    mutating func insert(_ name: ModuleName, id: ImportGraph.ModuleID) -> Bool {
        if 2 * (keys.count + 1) > slots.count { grow() }
        let slot = slot(of: name)
        guard slots[slot] < 0 else { return false }
        slots[slot] = Int32(keys.count)
        keys.append(name)
        values.append(id)
        return true
    }

    private mutating func grow() {
        let capacity = slots.count * 2, mask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        for (entry, key) in keys.enumerated() {
            var slot = Self.start(key.byteHash, mask: mask)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry)
        }
        self.slots = slots
    }

    /// Every id replaced by `transform(id)`; nothing is hashed again.
    mutating func renumber(_ transform: (ImportGraph.ModuleID) -> ImportGraph.ModuleID) {
        for index in values.indices { values[index] = transform(values[index]) }
    }
}
