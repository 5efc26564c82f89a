import ArchlintGraph
@testable import ArchlintScanning

// The resolver as it was before resolution moved onto bytes (bebbfd4), kept as the oracle of
// `PythonImportResolverEquivalenceTests`: built on Strings and a `Set<ModuleName>`, slow and plain.

struct StringImportResolver: Sendable {
    /// Every internal module: those backed by a `.py` file and namespace packages (folders
    /// without `__init__.py` holding modules), which grimp 3.19 also resolves imports to.
    /// Statements name these very values, so every statement importing a module shares its
    /// name's storage (and hash) instead of allocating a copy.
    let modules: Set<ModuleName>
    /// The root packages being scanned (`django`, `ansible_collections`, `ns.portion`).
    let rootPackages: [String]

    /// False drops every import that does not name an internal module, as grimp's
    /// `include_external_packages=False` does (also `pkg.missing.x`, which would squash to `pkg`).
    let includeExternals: Bool

    /// True when no root package is dotted: then every external squashes to its first segment.
    private let rootsAreTopLevel: Bool

    init(modules: Set<ModuleName>, rootPackages: [String], includeExternals: Bool = true) {
        self.modules = modules
        self.includeExternals = includeExternals
        // Reverse order, as grimp walks them when distilling externals.
        self.rootPackages = rootPackages.sorted { $1.utf8.lexicographicallyPrecedes($0.utf8) }
        self.rootsAreTopLevel = !rootPackages.contains { $0.utf8.contains(UInt8(ascii: ".")) }
    }

    /// What one file's imports resolve to.
    struct Resolution: Sendable {
        /// The resolved statements, in source order, without duplicates.
        var statements: [ImportStatement] = []
        /// Imports that cannot be resolved (relative imports beyond the top-level package).
        var problems: [PythonSourceProblem] = []
        /// The imported names that are not internal modules, each once.
        var externalNames: [ModuleName] = []
    }

    /// Resolves the imports of the module `importer` (whose file is `path`).
    func resolve(
        _ imports: [PythonImport], importer: ModuleName, importerIsPackage: Bool, path: String
    ) -> Resolution {
        var resolution = Resolution()
        var bases: [String?] = []  // relative bases by level, computed once per file
        for item in imports {
            let prefix: String
            if item.level == 0 {
                prefix = item.module
            } else {
                while bases.count < item.level {
                    bases.append(relativeBase(importer.rawValue, isPackage: importerIsPackage, level: bases.count + 1))
                }
                guard let base = bases[item.level - 1] else {
                    let dots = String(repeating: ".", count: item.level)
                    resolution.problems.append(
                        PythonSourceProblem(
                            line: item.line,
                            message: "relative import 'from \(dots)\(item.module) import …' goes beyond the top-level package; ignored"))
                    continue
                }
                prefix = item.module.isEmpty ? base : base + "." + item.module
            }
            if item.form == .plain {
                add(prefix, item, importer: importer, path: path, to: &resolution)
            } else {
                for name in item.names { add(prefix + "." + name, item, importer: importer, path: path, to: &resolution) }
            }
        }
        return resolution
    }

    /// Resolves one imported object and appends its statement unless the same line already has it.
    private func add(
        _ object: String, _ item: PythonImport, importer: ModuleName, path: String, to resolution: inout Resolution
    ) {
        guard let (imported, fullName, isExternal) = resolveName(object) else { return }
        // Statements arrive in line order, so a duplicate can only sit among this line's last ones.
        for previous in resolution.statements.reversed() {
            guard previous.location.line == item.line else { break }
            if previous.imported == imported && previous.importedFullName == fullName { return }
        }
        if isExternal && !resolution.externalNames.contains(imported) { resolution.externalNames.append(imported) }
        resolution.statements.append(
            ImportStatement(
                importer: importer,
                imported: imported,
                importedFullName: fullName,
                location: SourceLocation(path: path, line: item.line),
                isTypeChecking: item.isTypeChecking,
                isLazy: item.isLazy))
    }

    /// The absolute name a relative import of `level` dots starts from, or nil beyond the top.
    func relativeBase(_ importer: String, isPackage: Bool, level: Int) -> String? {
        let parts = importer.split(separator: ".", omittingEmptySubsequences: false)
        let kept = isPackage ? parts.count - level + 1 : parts.count - level
        guard kept > 0 else { return nil }
        return parts[..<kept].joined(separator: ".")
    }

    /// The module an absolute object name resolves to and the full name to keep, or nil when
    /// grimp drops the import (a parent of a root package, such as the `ns` of `ns.portion`).
    /// Internal modules are named by their values in `modules`; `isExternal` tells the rest.
    private func resolveName(_ object: String) -> (imported: ModuleName, fullName: ModuleName, isExternal: Bool)? {
        if let module = internalModule(object) { return (module, module, false) }
        if let dot = object.utf8.lastIndex(of: UInt8(ascii: ".")), let module = internalModule(String(object[..<dot])) {
            return (module, module, false)
        }
        guard includeExternals else { return nil }
        var fullName = Substring(object)
        // (Checked on the bytes: `hasSuffix` on a Substring walks a generic reversed view.)
        if fullName.utf8.last == UInt8(ascii: "*") && fullName.utf8.dropLast().last == UInt8(ascii: ".") {
            fullName = fullName.dropLast(2)
        }
        guard let external = distill(String(fullName)) else { return nil }
        let full = ModuleName(String(fullName))
        // A miss deep inside a root package squashes to an internal name (`pkg.missing.x` to `pkg`).
        if let module = internalModule(external) { return (module, full, false) }
        return (full.rawValue == external ? full : ModuleName(external), full, true)
    }

    /// The value in `modules` named `name`, if any.
    private func internalModule(_ name: String) -> ModuleName? {
        guard let index = modules.firstIndex(of: ModuleName(name)) else { return nil }
        return modules[index]
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
