import ArchlintGraph

/// How the workspace snapshot stores a target's declared dependencies, so a warm run's
/// `declared_dependencies` contract sees what a cold run's does. Strings are numbers in the
/// snapshot's string table.
extension DeclaredDependencies {
    /// Appends the value; `index` numbers a string in the table.
    func write(into writer: inout ByteWriter, index: (String) -> Int) {
        writer.write(index(target.path))
        writer.write(target.line)
        writer.write(hasSwiftSources)
        writer.write(unreadLines.count)
        for line in unreadLines { writer.write(line) }
        writer.write(dependencies.count)
        for dependency in dependencies {
            writer.write(dependency.kind == .target ? 0 : 1)
            writer.write(index(dependency.name))
            writer.write(dependency.package.map { index($0) + 1 } ?? 0)
            writer.write(dependency.modules.count)
            for module in dependency.modules { writer.write(index(module.rawValue)) }
            writer.write(index(dependency.location.path))
            writer.write(dependency.location.line)
            writer.write(dependency.productManifest.map { index($0) + 1 } ?? 0)
            writer.write(dependency.isImportable)
        }
    }

    /// Reads a value `write` wrote; nil when the bytes are damaged. `string` looks an index up.
    static func read(_ reader: inout ByteReader<some ByteSource>, limit: Int, string: (Int?) -> String?) -> DeclaredDependencies? {
        func optional(_ index: Int?) -> String?? {
            guard let index else { return nil }
            return index == 0 ? .some(nil) : string(index - 1).map { .some($0) }
        }
        guard let path = string(reader.readInt()), let line = reader.readInt(), let hasSources = reader.readBool(),
              let unreadCount = reader.readInt(), (0...limit).contains(unreadCount) else { return nil }
        var unread: [Int] = []
        for _ in 0..<unreadCount {
            guard let line = reader.readInt() else { return nil }
            unread.append(line)
        }
        guard let count = reader.readInt(), (0...limit).contains(count) else { return nil }
        var dependencies: [DeclaredDependency] = []
        for _ in 0..<count {
            guard let kind = reader.readInt(), (0...1).contains(kind), let name = string(reader.readInt()),
                  let package = optional(reader.readInt()), let moduleCount = reader.readInt(), (0...limit).contains(moduleCount)
            else { return nil }
            var modules: [ModuleName] = []
            for _ in 0..<moduleCount {
                guard let module = string(reader.readInt()) else { return nil }
                modules.append(ModuleName(module))
            }
            guard let file = string(reader.readInt()), let fileLine = reader.readInt(), let manifest = optional(reader.readInt()),
                  let importable = reader.readBool() else { return nil }
            dependencies.append(DeclaredDependency(
                kind: kind == 0 ? .target : .product, name: name, package: package, modules: modules,
                location: SourceLocation(path: file, line: fileLine), productManifest: manifest, isImportable: importable))
        }
        return DeclaredDependencies(target: SourceLocation(path: path, line: line), dependencies: dependencies,
                                    unreadLines: unread, hasSwiftSources: hasSources)
    }

    /// Everything the value holds, for the snapshot's key: a manifest edit that changes only
    /// dependencies (or a checkout's products) must not load the old graph.
    func combine(into hasher: inout SnapshotHasher) {
        hasher.combine(target.description)
        hasher.combine(hasSwiftSources)
        for line in unreadLines { hasher.combine(line) }
        hasher.combine(dependencies.count)
        for dependency in dependencies {
            hasher.combine(dependency.kind.rawValue)
            hasher.combine(dependency.name)
            hasher.combine(dependency.package ?? "\u{0}")
            hasher.combine(dependency.modules.map(\.rawValue).joined(separator: ","))
            hasher.combine(dependency.location.description)
            hasher.combine(dependency.productManifest ?? "\u{0}")
            hasher.combine(dependency.isImportable)
        }
    }
}
