import ArchlintGraph
import ArchlintScanning
import ArchlintFiles

/// Turns the `dependencies:` a manifest gives a target into the model's `DeclaredDependencies`:
/// each entry's kind (a plain `"Name"` is a target when the package has one so named, else a
/// product) and the modules it makes importable (a product's from its checkout when there is
/// one, else its own name).
struct SwiftDeclaredDependencies {
    /// The package's targets by name.
    let targets: [String: SwiftManifestTarget]
    let checkouts: SwiftCheckouts
    /// The manifest, relative to the configuration folder.
    let manifestPath: String
    /// The module each system library's `module.modulemap` declares, by target name.
    let systemModules: [String: String]

    /// For the targets of a package just loaded; its checkouts are read only when a target
    /// declares a dependency that may be a product.
    init(_ loaded: SwiftPackageLoader.Result, packageFolder: String, baseDirectory: String) {
        var targets: [String: SwiftManifestTarget] = [:]
        for target in loaded.targets where !target.isSnippet { targets[target.target.name] = target.target }
        let mayNameProducts = targets.values.contains { target in
            target.dependencies.contains { $0.kind == .product || ($0.kind == .byName && targets[$0.name] == nil) }
        }
        self.targets = targets
        self.checkouts = mayNameProducts ? SwiftCheckouts(packageFolder: packageFolder, baseDirectory: baseDirectory) : .none
        self.manifestPath = loaded.manifestPath
        var systemModules: [String: String] = [:]
        for target in loaded.targets where target.target.kind == .system {
            guard let folder = target.folder,
                  case .success(let bytes) = FileContents.read(PathSyntax.join(PathSyntax.join(baseDirectory, folder), "module.modulemap")),
                  let name = ClangModuleMap.moduleName(bytes) else { continue }
            systemModules[target.target.name] = name
        }
        self.systemModules = systemModules
    }

    /// Target kinds whose modules a target never imports (it runs or expands them).
    private static let notImported: Set<SwiftManifestTarget.Kind> = [.macro, .plugin, .executable]

    /// What `target` declares; nil for a plugin (no module imports it, and it imports only
    /// PackagePlugin). System libraries and binaries have no Swift sources: nothing is checked
    /// in them, but they are targets that others must declare.
    func declared(by target: SwiftManifestTarget, hasSwiftSources: Bool) -> DeclaredDependencies? {
        guard target.kind != .plugin else { return nil }
        let dependencies = target.dependencies.map(dependency)
        return DeclaredDependencies(target: SourceLocation(path: manifestPath, line: target.line), dependencies: dependencies,
                                    unreadLines: target.dependencyProblems.map(\.line), hasSwiftSources: hasSwiftSources)
    }

    private func dependency(_ entry: SwiftManifestDependency) -> DeclaredDependency {
        let location = SourceLocation(path: manifestPath, line: entry.line)
        if entry.kind == .target || (entry.kind == .byName && targets[entry.name] != nil) {
            let kind = targets[entry.name]?.kind ?? .regular
            let module = systemModules[entry.name] ?? Self.moduleName(entry.name)
            return DeclaredDependency(kind: .target, name: entry.name, modules: [ModuleName(module)],
                                      location: location, isImportable: !Self.notImported.contains(kind))
        }
        if let (checkout, product) = checkouts.product(named: entry.name, package: entry.package) {
            let modules = product.targets.map { ModuleName(Self.moduleName($0)) }
            return DeclaredDependency(kind: .product, name: entry.name, package: entry.package, modules: modules, location: location,
                                      productManifest: checkout.manifestPath,
                                      isImportable: product.kind == .library && !modules.isEmpty)
        }
        let modules = Self.isIdentifier(entry.name) ? [ModuleName(entry.name)] : []
        return DeclaredDependency(kind: .product, name: entry.name, package: entry.package, modules: modules, location: location,
                                  isImportable: !modules.isEmpty)
    }

    /// The module SwiftPM names a target (its c99 name).
    static func moduleName(_ target: String) -> String {
        SwiftManifestTarget(name: target, kind: .regular, line: 0).moduleName
    }

    /// True for a name an `import` can write: ASCII letters, digits and `_`, not starting with a digit.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, !(first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else { return false }
        return name.utf8.allSatisfy { byte in
            byte == UInt8(ascii: "_") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || byte >= 0x80
        }
    }
}
