import ArchlintConfiguration
import ArchlintContracts
import ArchlintGraph
import ArchlintWorkspace

/// What `--verbose` tells on stderr as lint-imports does: which configuration was read, where
/// each root package was found, how long the graph and each contract took.
enum VerboseProgress {
    static func configurationLine(_ configuration: Configuration) -> String {
        let kind: String
        switch configuration.format {
        case .json: kind = "contracts.json"
        case .importLinterINI: kind = "import-linter INI"
        case .importLinterTOML: kind = "import-linter TOML"
        }
        return "archlint: configuration \(configuration.displayPath) (\(kind)), \(configuration.contracts.count) contracts"
    }

    /// One line per root package: the folder (or file) it was found in, relative to the configuration.
    static func rootPackageLines(_ configuration: Configuration, graph: ImportGraph) -> [String] {
        guard let python = configuration.python else { return [] }
        return python.rootPackages.map { name in
            guard let module = graph.module(named: ModuleName(name)), let path = module.path else {
                return "archlint: root package \(name): not found"
            }
            let folder = path.hasSuffix("/__init__.py") ? String(path.dropLast(12)) : path
            return "archlint: root package \(name) found in \(folder.isEmpty ? "." : folder)/"
        }
    }

    /// One line per package product the Swift targets declare: where its modules were read from
    /// (a checkout's manifest), or that its name was taken as its one module's name.
    static func productLines(graph: ImportGraph) -> [String] {
        var lines = Set<String>()
        for module in graph.modules {
            for dependency in module.declaredDependencies?.dependencies ?? [] where dependency.kind == .product {
                let modules = dependency.modules.map(\.rawValue).joined(separator: ", ")
                let product = dependency.package.map { "\($0)/" } ?? ""
                if let manifest = dependency.productManifest {
                    lines.insert("archlint: product \(product)\(dependency.name): modules \(modules) (from \(manifest))")
                } else {
                    lines.insert("archlint: product \(product)\(dependency.name): module \(dependency.name) (no checkout found: the product's name is taken as its module's)")
                }
            }
        }
        return lines.sorted()
    }

    static func graphLine(_ workspace: Workspace, seconds: Double) -> String {
        "archlint: built the graph (\(workspace.fileCount) files, \(workspace.graph.moduleCount) modules, \(workspace.graph.statementCount) imports) in \(milliseconds(seconds))"
    }

    static func contractLine(_ result: ContractResult, seconds: Double) -> String {
        "archlint: checked \(result.metadata.name): \(result.status == .broken ? "BROKEN" : "KEPT") in \(milliseconds(seconds))"
    }

    private static func milliseconds(_ seconds: Double) -> String {
        let tenths = Int((seconds * 10_000).rounded())
        return "\(tenths / 10).\(tenths % 10) ms"
    }
}
