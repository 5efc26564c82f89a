import ArchlintFiles
import ArchlintGraph

/// One statement of the snapshot: nine little-endian 32-bit fields (importer id, imported id,
/// full name, path, line, flags, condition, attributes, access level; strings are table index
/// + 1, or 0 for none, except the path, a plain index).
enum StatementRecord {
    static let size = 9 * 4

    /// Appends the record of `statement` (on `edge`); `stringIndex` numbers its strings.
    static func append(
        _ statement: ImportStatement, edge: ImportGraph.Edge, to records: inout [UInt8], stringIndex: (String) -> Int
    ) {
        func put(_ field: Int) {
            var value = UInt32(truncatingIfNeeded: field).littleEndian
            withUnsafeBytes(of: &value) { records.append(contentsOf: $0) }
        }
        put(Int(edge.importer))
        put(Int(edge.imported))
        put(statement.importedFullName == statement.imported ? 0 : stringIndex(statement.importedFullName.rawValue) + 1)
        put(stringIndex(statement.location.path))
        put(statement.location.line)
        put((statement.isConditional ? 1 : 0) | (statement.isTypeChecking ? 2 : 0) | (statement.isLazy ? 4 : 0))
        put(statement.condition.map { stringIndex($0) + 1 } ?? 0)
        put(Int(statement.attributes.rawValue))
        put(statement.accessLevel.map { stringIndex($0.rawValue) + 1 } ?? 0)
    }

    private static func field(_ raw: UnsafeRawBufferPointer, _ record: Int, _ index: Int) -> Int {
        Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: record + 4 * index, as: UInt32.self)))
    }

    /// The edge of each record, after checking every field lies in range; nil when one does not.
    ///
    /// The pass keeps each kind of field's largest value (or, for the flags and attributes,
    /// whose limits are a power of two less one, all their bits) and checks those once at the
    /// end: a test and branch per field of every record (millions of them) cost more than the
    /// rest. `raw[start...]` must hold `count` records (the caller checked the run's length),
    /// so the offsets are computed without overflow checks.
    static func checkedEdges(_ raw: UnsafeRawBufferPointer, at start: Int, count: Int, moduleCount: Int, stringCount: Int)
        -> [ImportGraph.Edge]? {
        guard count > 0, let base = raw.baseAddress else { return count == 0 ? [] : nil }
        precondition(start >= 0 && start <= raw.count && count <= (raw.count - start) / size)
        var inRange = false
        let edges = [ImportGraph.Edge](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Locals, not the captured variables, so they stay in registers through the loop.
            var highModule: UInt32 = 0, highOptionalString: UInt32 = 0, highPath: UInt32 = 0
            var flagBits: UInt32 = 0, attributeBits: UInt32 = 0
            var record = base + start
            for index in 0..<count {
                func word(_ field: Int) -> UInt32 {
                    UInt32(littleEndian: record.loadUnaligned(fromByteOffset: 4 &* field, as: UInt32.self))
                }
                let from = word(0), to = word(1)
                highModule = max(highModule, max(from, to))
                highOptionalString = max(highOptionalString, max(word(2), max(word(6), word(8))))
                highPath = max(highPath, word(3))
                flagBits |= word(5)
                attributeBits |= word(7)
                // Ids out of range make a wrong edge here, and the whole array is dropped below.
                (buffer.baseAddress.unsafelyUnwrapped + index).initialize(to: ImportGraph.Edge(
                    importer: ImportGraph.ModuleID(truncatingIfNeeded: from), imported: ImportGraph.ModuleID(truncatingIfNeeded: to)))
                record += size
            }
            initialized = count
            inRange = Int(highModule) < moduleCount && Int(highOptionalString) <= stringCount && Int(highPath) < stringCount
                && flagBits <= 7 && attributeBits <= 255
        }
        return inRange ? edges : nil
    }

    /// The statements, built one at a time when the graph is asked for them (fields checked).
    static func store(_ file: FileBytes, at start: Int, count: Int, modules: [Module], strings: StoredStrings) -> StatementStore {
        StatementStore(count: count) { index in
            let raw = file.bytes
            let record = start + index * size
            let imported = modules[field(raw, record, 1)].name
            let fullName = field(raw, record, 2), flags = field(raw, record, 5)
            let condition = field(raw, record, 6), access = field(raw, record, 8)
            return ImportStatement(
                importer: modules[field(raw, record, 0)].name, imported: imported,
                importedFullName: fullName == 0 ? imported : ModuleName(strings[fullName - 1]),
                location: SourceLocation(path: strings[field(raw, record, 3)], line: field(raw, record, 4)),
                isConditional: flags & 1 != 0, condition: condition == 0 ? nil : strings[condition - 1],
                isTypeChecking: flags & 2 != 0, isLazy: flags & 4 != 0, attributes: ImportAttributes(rawValue: UInt8(field(raw, record, 7))),
                accessLevel: access == 0 ? nil : ImportAccessLevel(rawValue: strings[access - 1]))
        }
    }
}

