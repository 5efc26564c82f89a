import ArchlintGraph
import Dispatch

/// The whole scanned workspace of the last run (graph, file count, diagnostics), kept beside the
/// per-file cache under a key of everything that decides it (see `SnapshotHasher`). When the
/// key is unchanged, a run loads the graph as it was built instead of decoding, resolving and
/// sorting every file's imports again. Written like the scan cache: checksummed, atomically.
struct WorkspaceSnapshot: Sendable {
    static let fileName = "workspace.cache"
    private static let magic = Array("ARCHLINT-WORKSPACE\n".utf8)

    let key: UInt64
    let graph: ImportGraph
    let fileCount: Int
    let diagnostics: [Diagnostic]
    /// For the quick check, when the workspace allows one.
    var validation: Validation? = nil

    // MARK: - Encoding

    /// The file's bytes; strings are written once in a table and referred to by number.
    func encoded() -> [UInt8] {
        var table = StringTable()
        var body = ByteWriter()
        body.write(fileCount)
        body.write(graph.modules.count)
        for module in graph.modules {
            body.write(table.index(module.name.rawValue))
            body.write(module.language == .python ? 0 : 1)
            body.write(module.kind == .package ? 0 : (module.kind == .module ? 1 : 2))
            body.write(module.path.map { table.index($0) + 1 } ?? 0)
        }
        let statements = graph.allStatements
        let edges = graph.edgesOfStatements
        body.write(statements.count)
        // Fixed-width records, so a warm run finds statement i without reading the others.
        var records: [UInt8] = []
        records.reserveCapacity(statements.count * StatementRecord.size)
        for (statement, edge) in zip(statements, edges) {
            let fields: [Int] = [
                Int(edge.importer), Int(edge.imported),
                statement.importedFullName == statement.imported ? 0 : table.index(statement.importedFullName.rawValue) + 1,
                table.index(statement.location.path), statement.location.line,
                (statement.isConditional ? 1 : 0) | (statement.isTypeChecking ? 2 : 0),
                statement.condition.map { table.index($0) + 1 } ?? 0,
                Int(statement.attributes.rawValue),
                statement.accessLevel.map { table.index($0.rawValue) + 1 } ?? 0,
            ]
            for field in fields {
                var value = UInt32(truncatingIfNeeded: field).littleEndian
                withUnsafeBytes(of: &value) { records.append(contentsOf: $0) }
            }
        }
        body.write(records)
        body.write(diagnostics.count)
        for diagnostic in diagnostics {
            body.write(table.index(diagnostic.path))
            body.write(diagnostic.line ?? 0)
            body.write(table.index(diagnostic.message))
        }
        var head = ByteWriter()
        head.write(ScanCache.formatVersion)
        head.write(String(key))
        head.write(validation != nil)
        if let validation {
            head.write(String(validation.settingsKey))
            validation.write(into: &head)
        }
        head.write(table.strings)
        let payload = head.bytes + body.bytes
        var file = Self.magic
        var checksum = Checksum.of(payload)
        withUnsafeBytes(of: &checksum) { file.append(contentsOf: $0) }
        return file + payload
    }

    /// What a snapshot file holds for this run.
    enum Lookup {
        /// The workspace of a run with the same key.
        case found(WorkspaceSnapshot)
        /// Another key (something changed) or another archlint version: scan as usual.
        case outdated
        /// Not a snapshot, or damaged: scan as usual and say so.
        case damaged
    }

    /// Reads the snapshot in `bytes` for `expectedKey`.
    static func lookup(_ bytes: [UInt8], expectedKey: UInt64) -> Lookup {
        guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else { return .damaged }
        var reader = ByteReader(bytes, offset: magic.count + 8)
        guard let version = reader.readString(), let key = reader.readString() else { return .damaged }
        guard version == ScanCache.formatVersion, key == String(expectedKey) else { return .outdated }
        guard let snapshot = decode(bytes, expectedKey: expectedKey) else { return .damaged }
        return .found(snapshot)
    }

    /// The snapshot when its quick check holds: same settings, and no folder or file changed
    /// since it was written. Nil otherwise (the run then discovers and scans as usual).
    static func quickLookup(_ bytes: [UInt8], settingsKey: UInt64) -> WorkspaceSnapshot? {
        guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else { return nil }
        var reader = ByteReader(bytes, offset: magic.count + 8)
        guard reader.readString() == ScanCache.formatVersion, let keyText = reader.readString(), let key = UInt64(keyText),
              reader.readBool() == true, reader.readString() == String(settingsKey),
              let validation = Validation.read(&reader, settingsKey: settingsKey)
        else { return nil }
        // Decoding on one core while the stats run on the others: when something changed, the
        // decoded graph is dropped, which costs less than waiting for the check every time.
        let decoded = DecodedSnapshot()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { decoded.value = decode(bytes, expectedKey: key) }
        let holds = validation.holds()
        group.wait()
        guard holds, var snapshot = decoded.value else { return nil }
        snapshot.validation = validation
        return snapshot
    }

    /// Decodes a snapshot file; nil when it is damaged, foreign, or saved under another key.
    private static func decode(_ bytes: [UInt8], expectedKey: UInt64) -> WorkspaceSnapshot? {
        guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else { return nil }
        var stored: UInt64 = 0
        withUnsafeMutableBytes(of: &stored) { $0.copyBytes(from: bytes[magic.count..<magic.count + 8]) }
        var reader = ByteReader(bytes, offset: magic.count + 8)
        guard reader.readString() == ScanCache.formatVersion, reader.readString() == String(expectedKey),
              let hasValidation = reader.readBool() else { return nil }
        if hasValidation {
            guard reader.skipBytes(), Validation.skip(&reader) else { return nil }
        }
        guard Checksum.of(bytes[(magic.count + 8)...]) == stored, let strings = StoredStrings(&reader, bytes) else { return nil }
        func string(_ index: Int?) -> String? {
            guard let index, index >= 0, index < strings.count else { return nil }
            return strings[index]
        }
        /// 0 for none, else index + 1.
        func optionalString(_ index: Int?) -> String?? {
            guard let index else { return nil }
            if index == 0 { return .some(nil) }
            return string(index - 1).map { .some($0) }
        }
        guard let fileCount = reader.readInt(), let moduleCount = reader.readInt(), moduleCount >= 0, moduleCount <= bytes.count
        else { return nil }
        var modules: [Module] = []
        modules.reserveCapacity(moduleCount)
        for _ in 0..<moduleCount {
            guard let name = string(reader.readInt()), let language = reader.readInt(), let kind = reader.readInt(),
                  let path = optionalString(reader.readInt()), (0...1).contains(language), (0...2).contains(kind) else { return nil }
            modules.append(Module(name: ModuleName(name), language: language == 0 ? .python : .swift,
                                  kind: kind == 0 ? .package : (kind == 1 ? .module : .external), path: path))
        }
        guard let statementCount = reader.readInt(), statementCount >= 0, let records = reader.readBytes(),
              records.count == statementCount * StatementRecord.size,
              let edges = StatementRecord.checkedEdges(bytes, at: records.startIndex, count: statementCount,
                                                        moduleCount: moduleCount, stringCount: strings.count)
        else { return nil }
        let statements = StatementRecord.store(bytes, at: records.startIndex, count: statementCount, modules: modules, strings: strings)
        guard let diagnosticCount = reader.readInt(), diagnosticCount >= 0, diagnosticCount <= bytes.count else { return nil }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<diagnosticCount {
            guard let path = string(reader.readInt()), let line = reader.readInt(), let message = string(reader.readInt()) else { return nil }
            diagnostics.append(Diagnostic(path: path, line: line == 0 ? nil : line, message: message))
        }
        guard reader.isAtEnd else { return nil }
        let graph = ImportGraph(presortedModules: modules, statements: statements, statementEdges: edges)
        return WorkspaceSnapshot(key: expectedKey, graph: graph, fileCount: fileCount, diagnostics: diagnostics)
    }
}

/// Strings numbered in order of first use.
private struct StringTable {
    private(set) var strings: [String] = []
    private var indices: [String: Int] = [:]

    mutating func index(_ text: String) -> Int {
        if let known = indices[text] { return known }
        indices[text] = strings.count
        strings.append(text)
        return strings.count - 1
    }
}

/// Hands the snapshot decoded on another thread back; the group's wait orders the accesses.
private final class DecodedSnapshot: @unchecked Sendable {
    var value: WorkspaceSnapshot?
}

/// The snapshot's string table, each string built only when asked for.
private struct StoredStrings: Sendable {
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

/// One statement of the snapshot: nine little-endian 32-bit fields (importer id, imported id,
/// full name, path, line, flags, condition, attributes, access level; strings are table index
/// + 1, or 0 for none, except the path, a plain index).
private enum StatementRecord {
    static let size = 9 * 4

    private static func field(_ raw: UnsafeRawBufferPointer, _ record: Int, _ index: Int) -> Int {
        Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: record + 4 * index, as: UInt32.self)))
    }

    /// The edge of each record, after checking every field lies in range; nil when one does not.
    static func checkedEdges(_ bytes: [UInt8], at start: Int, count: Int, moduleCount: Int, stringCount: Int) -> [ImportGraph.Edge]? {
        bytes.withUnsafeBytes { raw -> [ImportGraph.Edge]? in
            var edges: [ImportGraph.Edge] = []
            edges.reserveCapacity(count)
            for index in 0..<count {
                let record = start + index * size
                let from = field(raw, record, 0), to = field(raw, record, 1)
                guard from < moduleCount, to < moduleCount, field(raw, record, 2) <= stringCount, field(raw, record, 3) < stringCount,
                      field(raw, record, 5) <= 3, field(raw, record, 6) <= stringCount, field(raw, record, 7) <= 255,
                      field(raw, record, 8) <= stringCount
                else { return nil }
                edges.append(ImportGraph.Edge(importer: ImportGraph.ModuleID(from), imported: ImportGraph.ModuleID(to)))
            }
            return edges
        }
    }

    /// The statements, built one at a time when the graph is asked for them (fields checked).
    static func store(_ bytes: [UInt8], at start: Int, count: Int, modules: [Module], strings: StoredStrings) -> StatementStore {
        StatementStore(count: count) { index in
            bytes.withUnsafeBytes { raw in
                let record = start + index * size
                let imported = modules[field(raw, record, 1)].name
                let fullName = field(raw, record, 2), flags = field(raw, record, 5)
                let condition = field(raw, record, 6), access = field(raw, record, 8)
                return ImportStatement(
                    importer: modules[field(raw, record, 0)].name, imported: imported,
                    importedFullName: fullName == 0 ? imported : ModuleName(strings[fullName - 1]),
                    location: SourceLocation(path: strings[field(raw, record, 3)], line: field(raw, record, 4)),
                    isConditional: flags & 1 != 0, condition: condition == 0 ? nil : strings[condition - 1],
                    isTypeChecking: flags & 2 != 0, attributes: ImportAttributes(rawValue: UInt8(field(raw, record, 7))),
                    accessLevel: access == 0 ? nil : ImportAccessLevel(rawValue: strings[access - 1]))
            }
        }
    }
}

