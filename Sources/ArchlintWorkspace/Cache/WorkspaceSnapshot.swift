import ArchlintFiles
import ArchlintGraph
import Dispatch

/// The whole scanned workspace of the last run (graph, file count, diagnostics), kept beside the
/// per-file cache under a key of everything that decides it (see `SnapshotHasher`). When the
/// key is unchanged, a run loads the graph as it was built instead of decoding, resolving and
/// sorting every file's imports again. Written like the scan cache: checksummed, atomically.
struct WorkspaceSnapshot: Sendable {
    package static let fileName = "workspace.cache"
    private static let magic = Array("ARCHLINT-WORKSPACE\n".utf8)

    let key: UInt64
    package let graph: ImportGraph
    package let fileCount: Int
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
        // Each name's hash and the graph's name table, as fixed-width runs: a warm run then
        // hashes and probes nothing (that was half of decoding a million modules).
        var hashes: [UInt8] = []
        hashes.reserveCapacity(8 * graph.modules.count)
        for module in graph.modules { withUnsafeBytes(of: module.name.byteHash.littleEndian) { hashes.append(contentsOf: $0) } }
        body.write(hashes)
        let nameSlots = graph.nameSlots
        var slots: [UInt8] = []
        slots.reserveCapacity(4 * nameSlots.count)
        for slot in nameSlots { withUnsafeBytes(of: slot.littleEndian) { slots.append(contentsOf: $0) } }
        body.write(slots)
        for module in graph.modules {
            body.write(table.index(module.name.rawValue))
            body.write(module.language == .python ? 0 : 1)
            body.write(module.kind == .package ? 0 : (module.kind == .module ? 1 : 2))
            body.write(module.path.map { table.index($0) + 1 } ?? 0)
            body.write(module.declaredDependencies != nil)
            module.declaredDependencies?.write(into: &body) { table.index($0) }
        }
        let statements = graph.allStatements
        let edges = graph.edgesOfStatements
        body.write(statements.count)
        // Fixed-width records, so a warm run finds statement i without reading the others.
        var records: [UInt8] = []
        records.reserveCapacity(statements.count * StatementRecord.size)
        for (statement, edge) in zip(statements, edges) {
            StatementRecord.append(statement, edge: edge, to: &records) { table.index($0) }
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
        head.write(StoredStrings.encode(table.strings))
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
        lookup(FileBytes(copying: bytes), expectedKey: expectedKey)
    }

    /// Reads the snapshot in `file` (filled) for `expectedKey`.
    static func lookup(_ file: FileBytes, expectedKey: UInt64) -> Lookup {
        let bytes = file.bytes
        guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else { return .damaged }
        var reader = ByteReader(file, offset: magic.count + 8)
        guard let version = reader.readString(), let key = reader.readString() else { return .damaged }
        guard version == ScanCache.formatVersion, key == String(expectedKey) else { return .outdated }
        guard let snapshot = decode(file, expectedKey: expectedKey) else { return .damaged }
        return .found(snapshot)
    }

    /// The snapshot at `path` when its quick check holds: same settings, and no folder or file
    /// changed since it was written. Nil otherwise (the run then discovers and scans as usual).
    ///
    /// The quick check's record lies at the head of the file, so the stats start as soon as it
    /// is there and run while the rest of the file is checksummed and decoded (and, when the file
    /// is read rather than mapped, read: a million files make a 460 MB snapshot, and reading it
    /// before starting the stats left a core idle meanwhile). When something changed, the
    /// decoded graph is dropped, which costs less than waiting for the check every time.
    static func quickLookup(at path: String, settingsKey: UInt64) -> WorkspaceSnapshot? {
        guard case .success(let file) = FileBytes.open(path, limit: FileContents.cacheMaximumSize),
              file.fill(through: 1 << 12), let header = quickHeader(file, settingsKey: settingsKey),
              header.block.upperBound <= file.count, file.fill(through: header.block.upperBound) else { return nil }
        let held = QuickCheckOutcome()
        let group = DispatchGroup()
        // Only the head is read there: the rest may still be filled meanwhile (written, never the head).
        DispatchQueue.global().async(group: group) { [file] in held.holds = Validation.holds(file.filledBytes(header.block)) }
        let decoded = file.fill(through: file.count) ? decode(file, expectedKey: header.key) : nil
        group.wait()
        guard held.holds, let decoded else { return nil }
        return decoded
    }

    /// The key and where the quick check's block lies, read from the file's first bytes (the
    /// block itself need not be among them); nil when the head is not one of this build's or
    /// was written under other settings.
    private static func quickHeader(_ file: FileBytes, settingsKey: UInt64) -> QuickHeader? {
        guard file.bytes.count >= magic.count + 8, file.bytes.starts(with: magic) else { return nil }
        var reader = ByteReader(file, offset: magic.count + 8)
        guard reader.readString() == ScanCache.formatVersion, let keyText = reader.readString(), let key = UInt64(keyText),
              reader.readBool() == true, reader.readString() == String(settingsKey), let count = reader.readInt(),
              count >= 0, count <= FileContents.cacheMaximumSize
        else { return nil }
        return QuickHeader(key: key, block: reader.offset..<reader.offset + count)
    }

    private struct QuickHeader: Equatable {
        let key: UInt64
        let block: Range<Int>
    }

    /// Decodes a snapshot file; nil when it is damaged, foreign, or saved under another key.
    private static func decode(_ file: FileBytes, expectedKey: UInt64) -> WorkspaceSnapshot? {
        let bytes = file.bytes
        guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else { return nil }
        let stored = bytes.loadUnaligned(fromByteOffset: magic.count, as: UInt64.self)
        var reader = ByteReader(file, offset: magic.count + 8)
        guard reader.readString() == ScanCache.formatVersion, reader.readString() == String(expectedKey),
              let hasValidation = reader.readBool() else { return nil }
        if hasValidation {
            guard reader.skipBytes(), reader.skipBytes() else { return nil }
        }
        guard Checksum.of(UnsafeRawBufferPointer(rebasing: bytes[(magic.count + 8)...])) == stored,
              let strings = StoredStrings(&reader, file) else { return nil }
        func string(_ index: Int?) -> String? {
            guard let index, index >= 0, index < strings.count else { return nil }
            return strings[index]
        }
        guard let fileCount = reader.readInt(), let moduleCount = reader.readInt(), moduleCount >= 0, moduleCount <= bytes.count,
              let hashes = reader.readBytes(), hashes.count == 8 * moduleCount, let slotBytes = reader.readBytes(),
              slotBytes.count % 4 == 0
        else { return nil }
        let byteHashes = (0..<moduleCount).map {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: hashes.startIndex + 8 * $0, as: UInt64.self))
        }
        let nameSlots = (0..<slotBytes.count / 4).map {
            Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: slotBytes.startIndex + 4 * $0, as: Int32.self))
        }
        let paths = StringSource { strings[$0] }
        var modules: [Module] = []
        modules.reserveCapacity(moduleCount)
        for moduleIndex in 0..<moduleCount {
            // The path is string `pathField - 1`, or none for 0.
            guard let name = string(reader.readInt()), let language = reader.readInt(), let kind = reader.readInt(),
                  let pathField = reader.readInt(), (0...strings.count).contains(pathField), (0...1).contains(language),
                  (0...2).contains(kind), let hasDeclared = reader.readBool() else { return nil }
            var declared: DeclaredDependencies?
            if hasDeclared {
                guard let read = DeclaredDependencies.read(&reader, limit: bytes.count, string: string) else { return nil }
                declared = read
            }
            let moduleName = ModuleName(name, byteHash: byteHashes[moduleIndex])
            let moduleLanguage: Language = language == 0 ? .python : .swift
            let moduleKind: ModuleKind = kind == 0 ? .package : (kind == 1 ? .module : .external)
            modules.append(pathField == 0
                ? Module(name: moduleName, language: moduleLanguage, kind: moduleKind, path: nil, declaredDependencies: declared)
                : Module(name: moduleName, language: moduleLanguage, kind: moduleKind, pathIndex: pathField - 1, in: paths,
                         declaredDependencies: declared))
        }
        guard let statementCount = reader.readInt(), statementCount >= 0, statementCount <= bytes.count, let records = reader.readBytes(),
              records.count == statementCount * StatementRecord.size,
              let edges = StatementRecord.checkedEdges(bytes, at: records.startIndex, count: statementCount,
                                                        moduleCount: moduleCount, stringCount: strings.count)
        else { return nil }
        let statements = StatementRecord.store(file, at: records.startIndex, count: statementCount, modules: modules, strings: strings)
        guard let diagnosticCount = reader.readInt(), diagnosticCount >= 0, diagnosticCount <= bytes.count else { return nil }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<diagnosticCount {
            guard let path = string(reader.readInt()), let line = reader.readInt(), let message = string(reader.readInt()) else { return nil }
            diagnostics.append(Diagnostic(path: path, line: line == 0 ? nil : line, message: message))
        }
        guard reader.isAtEnd else { return nil }
        guard let graph = ImportGraph(presortedModules: modules, nameSlots: nameSlots, statements: statements, statementEdges: edges)
        else { return nil }
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

/// Hands the quick check's answer back from the thread that ran it; the group's wait orders the accesses.
private final class QuickCheckOutcome: @unchecked Sendable {
    var holds = false
}
