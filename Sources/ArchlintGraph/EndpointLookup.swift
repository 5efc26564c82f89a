/// The module ids of each statement's importer and imported module, found while building a
/// graph: ids are positions in the modules given, then in `externals`, the imported names that
/// are not among them (external modules of the importer's language, in the order met).
struct EndpointLookup {
    /// Every module name (the first of each) and every external's, to its id.
    private(set) var index: ModuleIndex
    /// Per statement, in order; `from` is -1 when the importer is unknown (the statement is dropped).
    private(set) var endpoints: [(from: ImportGraph.ModuleID, to: ImportGraph.ModuleID)] = []
    private(set) var externals: [Module] = []
    /// True when two modules share a name: nothing else was looked up (the caller keeps the first
    /// of each name and asks again).
    private(set) var repeatedName = false

    init(statements: [ImportStatement], modules: [Module]) {
        index = ModuleIndex(minimumCapacity: modules.count + modules.count / 8)
        for position in modules.indices where !index.insert(modules[position].name, id: ImportGraph.ModuleID(position)) {
            repeatedName = true
        }
        guard !repeatedName else { return }
        endpoints.reserveCapacity(statements.count)
        // Fields are read in place (no statement is copied: that would retain all its strings).
        statements.withUnsafeBufferPointer { buffer in
            // A file's statements come together and share their importer: look it up once.
            var lastImporter: ModuleName?
            var lastImporterID: ImportGraph.ModuleID = -1
            for position in buffer.indices {
                let to: ImportGraph.ModuleID
                if let known = index[buffer[position].imported] {
                    to = known
                } else {
                    let language = index[buffer[position].importer].map { id in
                        Int(id) < modules.count ? modules[Int(id)].language : externals[Int(id) - modules.count].language
                    } ?? .python
                    to = ImportGraph.ModuleID(modules.count + externals.count)
                    index.insert(buffer[position].imported, id: to)
                    externals.append(Module(name: buffer[position].imported, language: language, kind: .external))
                }
                if buffer[position].importer != lastImporter {
                    lastImporter = buffer[position].importer
                    lastImporterID = index[buffer[position].importer] ?? -1
                }
                endpoints.append((lastImporterID, to))
            }
        }
    }
}
