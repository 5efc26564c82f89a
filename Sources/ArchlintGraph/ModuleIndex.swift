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

    /// The index of `names`, numbered in order, from the slot table of an index of the same
    /// names (`slotsByID`, saved beside them): nothing is hashed or probed, so a warm run loads a
    /// million names without touching a table at random (inserting them was a third of decoding
    /// the workspace cache). Nil when `slots` cannot be such a table: its size is not a power of
    /// two at least twice the names', or an entry is out of range or repeated. A table of other
    /// names only answers lookups wrongly, as any damage a caller's checksum missed would.
    init?(names: [ModuleName], slots: [Int32]) {
        let capacity = slots.count
        guard capacity >= 16, capacity & (capacity - 1) == 0, 2 * names.count <= capacity else { return nil }
        var seen = [Bool](repeating: false, count: names.count)
        var filled = 0
        for entry in slots where entry >= 0 {
            guard Int(entry) < names.count, !seen[Int(entry)] else { return nil }
            seen[Int(entry)] = true
            filled += 1
        }
        guard filled == names.count else { return nil }
        self.slots = slots
        keys = names
        values = (0..<names.count).map { ImportGraph.ModuleID($0) }
    }

    var count: Int { keys.count }

    /// The slot table with each entry replaced by its id, -1 for an empty slot: what
    /// `init?(names:slots:)` takes back for the names in id order.
    var slotsByID: [Int32] { slots.map { $0 < 0 ? -1 : values[Int($0)] } }

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
