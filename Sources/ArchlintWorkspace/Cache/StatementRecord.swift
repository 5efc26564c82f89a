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
    /// The pass keeps each kind of field's largest value and checks those once at the end: a
    /// test and branch per field of every record (millions of them) cost more than the rest.
    static func checkedEdges(_ raw: UnsafeRawBufferPointer, at start: Int, count: Int, moduleCount: Int, stringCount: Int)
        -> [ImportGraph.Edge]? {
        func word(_ record: Int, _ index: Int) -> UInt32 {
            UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: record + 4 * index, as: UInt32.self))
        }
        var highModule: UInt32 = 0, highOptionalString: UInt32 = 0, highPath: UInt32 = 0
        var highFlags: UInt32 = 0, highAttributes: UInt32 = 0
        let edges = [ImportGraph.Edge](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                let record = start + index * size
                let from = word(record, 0), to = word(record, 1)
                highModule = max(highModule, max(from, to))
                highOptionalString = max(highOptionalString, max(word(record, 2), max(word(record, 6), word(record, 8))))
                highPath = max(highPath, word(record, 3))
                highFlags = max(highFlags, word(record, 5))
                highAttributes = max(highAttributes, word(record, 7))
                // Ids out of range make a wrong edge here, and the whole array is dropped below.
                (buffer.baseAddress! + index).initialize(to: ImportGraph.Edge(
                    importer: ImportGraph.ModuleID(truncatingIfNeeded: from), imported: ImportGraph.ModuleID(truncatingIfNeeded: to)))
            }
            initialized = count
        }
        guard count == 0 || (Int(highModule) < moduleCount && Int(highOptionalString) <= stringCount
                             && Int(highPath) < stringCount && highFlags <= 7 && highAttributes <= 255) else { return nil }
        return edges
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

