import ArchlintGraph
import ArchlintReporting
import ArchlintConfiguration
import ArchlintFiles
import ArchlintWorkspace

/// `archlint init`: writes a starter `contracts.json` for the code as it is — the detected Swift
/// package and Python root packages, and a `layers` contract per codebase inferred from today's
/// dependency order, so `archlint check` passes now and guards that order from here on.
package enum InitCommand {
    package static func run(workingDirectory: String, force: Bool) -> CommandOutcome {
        let path = workingDirectory + "/" + ConfigurationLoader.fileName
        if DirectoryListing.exists(path) && !force {
            return .failure(RunError(messages: ["error: \(ConfigurationLoader.fileName) already exists here; pass --force to overwrite it"]))
        }
        let exclusion = PathExclusion([])
        let python = PythonFrontEnd.detectedSettings(baseDirectory: workingDirectory, exclusion: exclusion)
        let swift: SwiftSettings? = DirectoryListing.isFile(workingDirectory + "/Package.swift") ? SwiftSettings() : nil
        guard python != nil || swift != nil else {
            return .failure(RunError(messages: [
                "error: found no Package.swift and no Python package (a folder with __init__.py, here or in src/) in \(workingDirectory)",
                "hint: write contracts.json by hand; see `archlint --help` and the README",
            ]))
        }
        let configuration = Configuration(displayPath: ConfigurationLoader.fileName, baseDirectory: workingDirectory,
                                          exclude: [], python: python, swift: swift, contracts: [])
        var clock = PhaseClock()
        let workspace: Workspace
        do throws(RunError) {
            // No cache: init only writes contracts.json into the user's folder.
            workspace = try Workspace.loadForRun(configuration, cacheOptions: CacheOptions(isEnabled: false),
                                           workingDirectory: workingDirectory, clock: &clock)
        } catch {
            return .failure(error)
        }

        var contracts: [JSONWriter.Value] = []
        if let python {
            for root in python.rootPackages {
                let name = ModuleName(root)
                let children = workspace.graph.children(of: name).filter { workspace.graph.module(named: $0)?.isExternal == false }
                let layers = LayerInference.layers(of: children, in: workspace.graph, prefix: name)
                guard layers.count > 1 else { continue }
                contracts.append(layersContract(id: "\(root)-layers", name: "\(root) layers", containers: [root], layers: layers))
            }
        }
        if swift != nil {
            let modules = workspace.graph.modules.filter { $0.language == .swift && !$0.isExternal && !isTestModule($0) }.map(\.name)
            let layers = LayerInference.layers(of: modules, in: workspace.graph)
            if layers.count > 1 {
                contracts.append(layersContract(id: "swift-layers", name: "Swift modules layers", containers: [], layers: layers))
            }
        }
        var document: [(String, JSONWriter.Value)] = [
            ("description", .string("Written by `archlint init` from the code as it was; `archlint check` keeps it. Edit freely: "
                + "rename the contracts, merge or split layers, add `forbidden`, `independence` or `protected` contracts, "
                + "and list folders to skip in `exclude`. Every key is described in archlint's README.")),
            ("exclude", .array([])),
        ]
        if let python {
            document.append(("python", .object([
                ("source_roots", .array(python.sourceRoots.map { .string($0) })),
                ("root_packages", .array(python.rootPackages.map { .string($0) })),
            ])))
        }
        if swift != nil { document.append(("swift", .object([("packages", .array(["."]))]))) }
        document.append(("contracts", .array(contracts)))
        if case .failure(let failure) = FileWriter.writeAtomically(Array(JSONWriter().render(.object(document)).utf8), to: path) {
            return .failure(RunError(messages: ["error: cannot write \(path): \(failure)"]))
        }
        var message = "Wrote \(ConfigurationLoader.fileName) with \(contracts.count) contract\(contracts.count == 1 ? "" : "s")"
        message += contracts.isEmpty ? " (found no layering to infer: add contracts by hand).\n" : ". Run `archlint check` to see it kept.\n"
        return CommandOutcome(stdout: message, exitCode: CommandOutcome.keptExitCode)
    }

    private static func layersContract(id: String, name: String, containers: [String], layers: [String]) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [
            ("id", .string(id)),
            ("name", .string(name)),
            ("type", "layers"),
            ("description", .string("Inferred from today's imports: higher layers may import lower ones, never the reverse; "
                + "`a | b` are independent siblings, `a : b` siblings that may import each other.")),
        ]
        if !containers.isEmpty { members.append(("containers", .array(containers.map { .string($0) }))) }
        members.append(("layers", .array(layers.map { .string($0) })))
        return .object(members)
    }

    /// Test targets are left out of the inferred layers: they sit beside, not above, the code.
    private static func isTestModule(_ module: Module) -> Bool {
        module.name.rawValue.hasSuffix("Tests") || (module.path ?? "").hasPrefix("Tests/")
    }
}
