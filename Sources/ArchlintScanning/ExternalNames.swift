import ArchlintGraph

/// The external names one worker has made so far, looked up by their bytes: a name imported
/// again (`os`, `typing`, `ansible.module_utils.basic.AnsibleModule` in file after file) is
/// the value made the first time, sharing its storage, instead of a new `String`.
///
/// On ansible_collections about 56,000 external names were made, one string each (an
/// allocation, a UTF-8 check and later a free: ~550 instructions); most repeat within a batch
/// of files. An open-addressing table over FNV-1a hashes the caller already has (`ModuleNameTable.hash`).
public struct ExternalNames {
    /// Index into `names` per slot, -1 when empty; the count is a power of two, at most half full.
    private var slots: [Int32] = Array(repeating: -1, count: 64)
    private var names: [ModuleName] = []
    /// Name `i`'s bytes are `bytes[starts[i]..<starts[i + 1]]`: compared there, not through the
    /// string's UTF-8 view (which cost 150 instructions a comparison).
    private var starts: [Int32] = [0]
    private var bytes: [UInt8] = []

    public init() {}

    /// Number of names made.
    public var count: Int { names.count }

    /// The name whose UTF-8 bytes are `bytes` (hashed `hash`), made the first time it is asked for.
    public mutating func name(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> ModuleName {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let found: Int? = bytes.withUnsafeBufferPointer { all in
            while true {
                let index = Int(slots[slot])
                if index < 0 { return nil }
                if names[index].byteHash == hash {
                    let start = Int(starts[index]), end = Int(starts[index + 1])
                    if end - start == key.count && ModuleNameTable.equal(key, all, from: start) { return index }
                }
                slot = (slot + 1) & mask
            }
        }
        if let found { return names[found] }
        let made = ModuleName(String(decoding: key, as: UTF8.self), byteHash: hash)
        slots[slot] = Int32(names.count)
        names.append(made)
        bytes.append(contentsOf: key)
        starts.append(Int32(bytes.count))
        if names.count * 2 > slots.count { rehash() }
        return made
    }

    private mutating func rehash() {
        var larger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = larger.count - 1
        for (index, name) in names.enumerated() {
            var slot = Int(truncatingIfNeeded: name.byteHash) & mask
            while larger[slot] >= 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(index)
        }
        slots = larger
    }
}
