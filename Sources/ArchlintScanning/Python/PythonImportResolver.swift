import ArchlintGraph

/// Turns the raw imports of one file into `ImportStatement`s the way grimp 3.19 does:
///
/// - relative imports resolve against the importer (a package, i.e. an `__init__.py`, is its own
///   base for one dot);
/// - the imported object `a.b.c` (from `import a.b.c` or `from a.b import c`) is the module
///   `a.b.c` when it exists, else `a.b` when that exists;
/// - anything else is external and squashed to its top-level name (or, when it shares a namespace
///   with a root package such as `ns.portion`, to its shallowest name outside that portion), while
///   `importedFullName` keeps the whole resolved name;
/// - one statement per (imported, full name, line): `from a import b, c` naming the same module
///   twice counts once.
public struct PythonImportResolver: Sendable {
    /// Every internal module: those backed by a `.py` file and namespace packages (folders
    /// without `__init__.py` holding modules), which grimp 3.19 also resolves imports to.
    /// Looked up by the bytes of the imported name, which are never made into a `String`;
    /// statements name the table's very values, so every statement importing a module shares
    /// its name's storage (and hash) instead of allocating a copy.
    public let modules: ModuleNameTable
    /// The root packages being scanned (`django`, `ansible_collections`, `ns.portion`).
    public let rootPackages: [String]

    /// False drops every import that does not name an internal module, as grimp's
    /// `include_external_packages=False` does (also `pkg.missing.x`, which would squash to `pkg`).
    public let includeExternals: Bool

    /// True when no root package is dotted: then every external squashes to its first segment.
    private let rootsAreTopLevel: Bool

    public init(modules: [ModuleName], rootPackages: [String], includeExternals: Bool = true) {
        self.modules = ModuleNameTable(modules)
        self.includeExternals = includeExternals
        // Reverse order, as grimp walks them when distilling externals.
        self.rootPackages = rootPackages.sorted { $1.utf8.lexicographicallyPrecedes($0.utf8) }
        self.rootsAreTopLevel = !rootPackages.contains { $0.utf8.contains(UInt8(ascii: ".")) }
    }

    /// What one file's imports resolve to.
    public struct Resolution: Sendable {
        /// The resolved statements, in source order, without duplicates.
        public var statements: [ImportStatement] = []
        /// Imports that cannot be resolved (relative imports beyond the top-level package).
        public var problems: [PythonSourceProblem] = []
        /// The imported names that are not internal modules, each once.
        public var externalNames: [ModuleName] = []
    }

    /// The FNV-1a hash of a name being written, with the hashes of the prefixes resolution asks
    /// for: up to the first dot (an external's top-level name) and up to the last (the parent).
    struct NameHash {
        var value = FNV1a.offsetBasis
        var firstDot = -1
        var beforeFirstDot: UInt64 = 0
        var lastDot = -1
        var beforeLastDot: UInt64 = 0

        /// Mixes in `bytes[start...]`, the continuation of what was mixed in so far.
        mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
            var value = self.value
            for index in start..<bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: ".") {
                    if firstDot < 0 { firstDot = index; beforeFirstDot = value }
                    lastDot = index
                    beforeLastDot = value
                }
                value = (value ^ UInt64(byte)) &* FNV1a.prime
            }
            self.value = value
        }
    }

    /// Resolves the imports of the module `importer` (whose file is `path`).
    ///
    /// Each imported object (`base.module.name`) is written into one reused byte buffer, straight
    /// from the scan's `nameBytes`, and hashed as it is written: the prefix once per statement,
    /// each name continuing from it. An absolute plain import is hashed where it lies.
    public func resolve(_ scan: PythonScan, importer: ModuleName, importerIsPackage: Bool, path: String) -> Resolution {
        var externals = ModuleNameTable([])
        return resolve(scan, importer: importer, importerIsPackage: importerIsPackage, path: path, externals: &externals)
    }

    /// Resolves as `resolve(_:importer:importerIsPackage:path:)` does, taking each external's
    /// names from `externals` (one per worker, shared by the files it resolves).
    public func resolve(_ scan: PythonScan, importer: ModuleName, importerIsPackage: Bool, path: String,
                        externals: inout ModuleNameTable) -> Resolution {
        var resolution = Resolution()
        guard !scan.records.isEmpty else { return resolution }
        // One statement per record at most: reserved once, not regrown name by name.
        resolution.statements.reserveCapacity(scan.records.count)
        // The longest object: the importer, a dot, a module and a name of the arena, a dot.
        let capacity = importer.rawValue.utf8.count + 2 * scan.nameBytes.count + 2
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            scan.nameBytes.withUnsafeBufferPointer { arena in
                resolve(scan.records, arena, into: buffer, importer: importer, importerIsPackage: importerIsPackage,
                        path: path, externals: &externals, to: &resolution)
            }
        }
        return resolution
    }

    /// `resolve(_:importer:importerIsPackage:path:)` with the arena and the object's buffer at hand.
    private func resolve(
        _ records: [PythonImportRecord], _ arena: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>,
        importer: ModuleName, importerIsPackage: Bool, path: String, externals: inout ModuleNameTable,
        to resolution: inout Resolution
    ) {
        let object = buffer.baseAddress!
        var count = 0  // of the object's bytes in `buffer`
        /// Appends `bytes[range]` to the object (in bounds: `capacity` counts them).
        func write(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            precondition(range.upperBound <= bytes.count && count + range.count <= buffer.count)
            if !range.isEmpty { (object + count).update(from: bytes.baseAddress! + range.lowerBound, count: range.count) }
            count += range.count
        }
        func writeDot() {
            precondition(count < buffer.count)
            object[count] = UInt8(ascii: ".")
            count += 1
        }
        var importerBytes: [UInt8] = []
        var importerDots: [Int] = []  // where the importer's dots are, found at its first relative import
        var prefix = NameHash()
        var prefixCount = 0
        var skipsStatement = false  // a relative import beyond the top: its names are skipped
        for (index, record) in records.enumerated() {
            if record.startsStatement || index == 0 {
                skipsStatement = false
                let module = UnsafeBufferPointer(rebasing: arena[record.module])
                if !record.isFrom && record.level == 0 {
                    var hash = NameHash()
                    hash.add(module, from: 0)
                    add(module, hash, record, importer: importer, path: path, externals: &externals, to: &resolution)
                    continue
                }
                count = 0
                if record.level > 0 {
                    if importerBytes.isEmpty {
                        importerBytes = Array(importer.rawValue.utf8)
                        importerDots = importerBytes.indices.filter { importerBytes[$0] == UInt8(ascii: ".") }
                    }
                    let parts = importerDots.count + 1
                    let level = Int(record.level)
                    let kept = importerIsPackage ? parts - level + 1 : parts - level
                    guard kept > 0 else {
                        skipsStatement = true
                        let dots = String(repeating: ".", count: level)
                        resolution.problems.append(
                            PythonSourceProblem(
                                line: Int(record.line),
                                message: "relative import 'from \(dots)\(String(decoding: module, as: UTF8.self)) import …' goes beyond the top-level package; ignored"))
                        continue
                    }
                    importerBytes.withUnsafeBufferPointer { write($0, 0..<(kept == parts ? $0.count : importerDots[kept - 1])) }
                    if !module.isEmpty { writeDot() }
                }
                write(arena, record.module)
                prefix = NameHash()
                prefix.add(UnsafeBufferPointer(start: object, count: count), from: 0)
                prefixCount = count
                if !record.isFrom {
                    add(UnsafeBufferPointer(start: object, count: count), prefix, record, importer: importer, path: path,
                        externals: &externals, to: &resolution)
                    continue
                }
            } else if skipsStatement {
                continue
            }
            count = prefixCount
            writeDot()
            write(arena, record.name)
            var hash = prefix
            let bytes = UnsafeBufferPointer(start: object, count: count)
            hash.add(bytes, from: prefixCount)
            add(bytes, hash, record, importer: importer, path: path, externals: &externals, to: &resolution)
        }
    }

    /// Resolves `imports` as `resolve(_:importer:importerIsPackage:path:)` resolves a scan holding them.
    public func resolve(
        _ imports: [PythonImport], importer: ModuleName, importerIsPackage: Bool, path: String
    ) -> Resolution {
        resolve(PythonScan(imports: imports), importer: importer, importerIsPackage: importerIsPackage, path: path)
    }

    /// Resolves one imported object and appends its statement unless the same line already has it.
    private func add(
        _ object: UnsafeBufferPointer<UInt8>, _ hash: NameHash, _ item: PythonImportRecord, importer: ModuleName,
        path: String, externals: inout ModuleNameTable, to resolution: inout Resolution
    ) {
        guard let (imported, fullName, isExternal) = resolveName(object, hash, externals: &externals) else {
            return
        }
        // Statements arrive in line order, so a duplicate can only sit among this line's last ones.
        // (Read in place: a statement copied out would retain its four strings.)
        let line = Int(item.line)
        var index = resolution.statements.count - 1
        while index >= 0 && resolution.statements[index].location.line == line {
            if resolution.statements[index].imported == imported && resolution.statements[index].importedFullName == fullName {
                return
            }
            index -= 1
        }
        if isExternal && !resolution.externalNames.contains(imported) {
            if resolution.externalNames.isEmpty { resolution.externalNames.reserveCapacity(8) }
            resolution.externalNames.append(imported)
        }
        resolution.statements.append(
            ImportStatement(
                importer: importer,
                imported: imported,
                importedFullName: fullName,
                location: SourceLocation(path: path, line: line),
                isTypeChecking: item.isTypeChecking,
                isLazy: item.isLazy))
    }

    /// The absolute name a relative import of `level` dots starts from, or nil beyond the top.
    public func relativeBase(_ importer: String, isPackage: Bool, level: Int) -> String? {
        let parts = importer.split(separator: ".", omittingEmptySubsequences: false)
        let kept = isPackage ? parts.count - level + 1 : parts.count - level
        guard kept > 0 else { return nil }
        return parts[..<kept].joined(separator: ".")
    }

    /// The module an absolute object name (its bytes and their hashes) resolves to and the full
    /// name to keep, or nil when grimp drops the import (a parent of a root package, such as the
    /// `ns` of `ns.portion`). Internal modules are named by their values in `modules`;
    /// `isExternal` tells the rest. Only an external's names are made into strings, each once
    /// per worker (`externals`).
    private func resolveName(
        _ object: UnsafeBufferPointer<UInt8>, _ hash: NameHash, externals: inout ModuleNameTable
    ) -> (imported: ModuleName, fullName: ModuleName, isExternal: Bool)? {
        if let module = modules.name(of: object, hash: hash.value) { return (module, module, false) }
        if hash.lastDot >= 0, let module = modules.name(of: UnsafeBufferPointer(rebasing: object[..<hash.lastDot]), hash: hash.beforeLastDot) {
            return (module, module, false)
        }
        guard includeExternals else { return nil }
        var full = object
        var fullHash = hash.value
        // `a.*`: its last dot is the one before the star.
        if full.count >= 2 && full[full.count - 1] == UInt8(ascii: "*") && full[full.count - 2] == UInt8(ascii: ".") {
            full = UnsafeBufferPointer(rebasing: object[..<(object.count - 2)])
            fullHash = hash.beforeLastDot
        }
        guard rootsAreTopLevel else { return resolveInNamespace(String(decoding: full, as: UTF8.self), hash: fullHash) }
        let topCount = hash.firstDot >= 0 && hash.firstDot < full.count ? hash.firstDot : full.count
        let topHash = topCount == full.count ? fullHash : hash.beforeFirstDot
        let top = UnsafeBufferPointer(rebasing: full[..<topCount])
        let fullName = externals.name(interning: full, hash: fullHash)
        // A miss deep inside a root package squashes to an internal name (`pkg.missing.x` to `pkg`).
        if let module = modules.name(of: top, hash: topHash) { return (module, fullName, false) }
        if topCount == full.count { return (fullName, fullName, true) }
        return (externals.name(interning: top, hash: topHash), fullName, true)
    }

    /// `resolveName`'s end for an external when a root package is dotted (`ns.portion`), rare
    /// enough to take strings.
    private func resolveInNamespace(
        _ name: String, hash: UInt64
    ) -> (imported: ModuleName, fullName: ModuleName, isExternal: Bool)? {
        guard let external = distill(name) else { return nil }
        let full = ModuleName(name, byteHash: hash)
        let squashed = full.rawValue == external ? full : ModuleName(external)
        var bytes = external
        if let module = bytes.withUTF8({ modules.name(of: $0, hash: squashed.byteHash) }) { return (module, full, false) }
        return (squashed, full, true)
    }

    /// grimp's squashing of an external name: its first segment, unless it lies in the namespace
    /// of a dotted root package, where it keeps the segments it shares plus one.
    func distill(_ name: String) -> String? {
        if rootsAreTopLevel {
            guard let dot = name.utf8.firstIndex(of: UInt8(ascii: ".")) else { return name }
            return String(name[..<dot])
        }
        let segments = name.split(separator: ".", omittingEmptySubsequences: false)
        let root = segments[0]
        var best: [Substring]?
        for package in rootPackages {
            if package.hasPrefix(name + ".") { return nil }
            guard package.hasPrefix(root + ".") else { continue }
            let packageSegments = package.split(separator: ".", omittingEmptySubsequences: false)
            var shared = 0
            while shared < packageSegments.count, shared < segments.count, packageSegments[shared] == segments[shared] { shared += 1 }
            // grimp would crash past the end of either name; stay inside the package then.
            let candidate = Array(segments[..<min(shared + 1, segments.count)])
            if best == nil || candidate.count > best!.count { best = candidate }
        }
        if let best { return best.joined(separator: ".") }
        return String(root)
    }

}
