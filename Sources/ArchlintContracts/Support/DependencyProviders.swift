import ArchlintGraph

/// What the `declared_dependencies` contract knows about every module a SwiftPM target could
/// declare: which workspace targets and product modules exist (and who provides them), and what
/// each module re-exports with `@_exported import`.
struct DependencyProviders {
    /// Where a module a target may declare comes from.
    enum Provider {
        /// A SwiftPM target of the workspace.
        case target
        /// A module of a product that `declarer` declares.
        case product(DeclaredDependency, declarer: ModuleName)
    }

    private var providers: [ModuleName: Provider] = [:]
    /// The modules each module re-exports.
    private var exported: [ModuleName: [ModuleName]] = [:]

    init(_ graph: ImportGraph) {
        for module in graph.modules where module.declaredDependencies != nil { providers[module.name] = .target }
        for module in graph.modules {
            guard let declared = module.declaredDependencies else { continue }
            for dependency in declared.dependencies where dependency.kind == .product {
                for name in dependency.modules where providers[name] == nil {
                    providers[name] = .product(dependency, declarer: module.name)
                }
            }
        }
        for statement in graph.allStatements where statement.isExported && statement.importer != statement.imported {
            if exported[statement.importer]?.contains(statement.imported) != true {
                exported[statement.importer, default: []].append(statement.imported)
            }
        }
    }

    /// Who provides `module`, or nil when it is neither a workspace target nor a declared product's module.
    func provider(of module: ModuleName) -> Provider? { providers[module] }

    /// The modules `target` may import: itself, its dependencies' modules, and what they re-export.
    func available(to target: ModuleName, _ declared: DeclaredDependencies) -> Set<ModuleName> {
        closure(of: [target] + declared.dependencies.flatMap(\.modules))
    }

    /// `modules` and every module they re-export, transitively.
    func closure(of modules: [ModuleName]) -> Set<ModuleName> {
        var reached = Set(modules)
        var queue = modules
        while let next = queue.popLast() {
            for name in exported[next] ?? [] where reached.insert(name).inserted { queue.append(name) }
        }
        return reached
    }

    /// How a dependency's modules were found, for a product; nil for a target.
    static func origin(of dependency: DeclaredDependency) -> String? {
        guard dependency.kind == .product else { return nil }
        guard let manifest = dependency.productManifest else {
            return "Product '\(dependency.name)': its package has no checkout in .build/checkouts, so its module is taken to be its name "
                + "(`swift package resolve` fetches the manifest that names its modules)."
        }
        let modules = dependency.modules.map(\.rawValue).joined(separator: ", ")
        return "Product '\(dependency.name)' has the modules \(modules) (read from \(manifest))."
    }
}

extension DependencyProviders.Provider {
    /// What to declare, and where: `target` is declared at `location`.
    func advice(for target: ModuleName, at location: SourceLocation) -> String {
        switch self {
        case .target:
            return "Add it to the dependencies of \(target) (\(location))."
        case .product(let dependency, let declarer):
            let package = dependency.package.map { ", package: \"\($0)\"" } ?? ""
            return "It is a module of the product '\(dependency.name)', which \(declarer) declares (\(dependency.location)): "
                + "add .product(name: \"\(dependency.name)\"\(package)) to the dependencies of \(target) (\(location))."
        }
    }
}
