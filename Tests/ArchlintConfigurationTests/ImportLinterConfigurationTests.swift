import ArchlintContracts
import Foundation
import Testing
@testable import ArchlintConfiguration

/// import-linter's own files read as import-linter reads them, into the model `contracts.json` gives.
@Suite struct ImportLinterConfigurationTests {
    /// A temporary folder (a repository root) holding `files`.
    private func folder(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-il-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/.git", withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + name)) }
        return root
    }

    private func load(_ files: [String: String], config: String? = nil, pythonPath: String? = nil) throws -> Result<Configuration, ConfigurationError> {
        let root = try folder(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let source = ConfigurationSource(explicitPath: config, workingDirectory: root, pythonPath: pythonPath)
        do { return .success(try source.load()) } catch { return .failure(error) }
    }

    private func issues(_ result: Result<Configuration, ConfigurationError>) -> [String] {
        guard case .failure(let error) = result else { return [] }
        return error.issues.map(\.description)
    }

    static let toml = """
        [tool.importlinter]
        root_package = "shop"

        [[tool.importlinter.contracts]]
        name = "Layers"
        type = "layers"
        containers = "shop"
        layers = ["api", "domain"]
        exhaustive = false

        [[tool.importlinter.contracts]]
        id = "pure"
        name = "Pure domain"
        type = "forbidden"
        source_modules = ["shop.domain"]
        forbidden_modules = ["shop.api"]
        allow_indirect_imports = "True"
        """

    @Test func pyprojectContractsAreReadWithImportLintersMeaning() throws {
        let configuration = try load(["pyproject.toml": Self.toml]).get()
        #expect(configuration.format == .importLinterTOML)
        #expect(configuration.displayPath == "pyproject.toml")
        #expect(configuration.python?.rootPackages == ["shop"])
        #expect(configuration.python?.sourceRoots == [".", "src"])
        // import-linter's default, unlike contracts.json's.
        #expect(configuration.python?.includeExternalPackages == false)
        #expect(configuration.contracts.map(\.metadata.id) == ["layers", "pure"])
        let layers = try #require(configuration.contracts[0] as? LayersContract)
        #expect(layers.containers.map(\.text) == ["shop"])
        let forbidden = try #require(configuration.contracts[1] as? ForbiddenContract)
        #expect(forbidden.allowIndirectImports)
    }

    static let ini = """
        [importlinter]
        root_packages =
            shop
            billing
        include_external_packages = True
        exclude_type_checking_imports = true

        [importlinter:contract:my-layers]
        name = Layers
        type = layers
        layers =
            shop.api

            shop.domain
        ignore_imports = shop.api.x -> shop.domain.y

        [importlinter:contract:acyclic]
        name = No cycles
        type = acyclic_siblings
        ancestors = shop
        depth = 2
        """

    @Test func iniSectionsGiveIdsAndMultiLineListsWithBlankLinesDropped() throws {
        let configuration = try load(["setup.cfg": "[metadata]\nname = x\n", ".importlinter": Self.ini]).get()
        #expect(configuration.format == .importLinterINI)
        #expect(configuration.displayPath == ".importlinter")
        #expect(configuration.python?.rootPackages == ["shop", "billing"])
        #expect(configuration.python?.includeExternalPackages == true)
        #expect(configuration.python?.excludeTypeCheckingImports == true)
        #expect(configuration.contracts.map(\.metadata.id) == ["my-layers", "acyclic"])
        let layers = try #require(configuration.contracts[0] as? LayersContract)
        #expect(layers.layers.count == 2)
        #expect(layers.metadata.ignoreImports.count == 1)
        #expect((configuration.contracts[1] as? AcyclicSiblingsContract)?.depth == 2)
    }

    @Test func theFirstFileHoldingTheSectionWinsInImportLintersOrder() throws {
        let setup = "[importlinter]\nroot_package = first\n[importlinter:contract:a]\nname = A\ntype = independence\nmodules = first.a\n"
        let configuration = try load(["setup.cfg": setup, ".importlinter": Self.ini, "pyproject.toml": Self.toml]).get()
        #expect(configuration.displayPath == "setup.cfg")
        #expect(configuration.python?.rootPackages == ["first"])
    }

    @Test func contractsJSONWinsAndTheIgnoredFileIsNamed() throws {
        let json = #"{"python": {"root_packages": ["shop"]}, "contracts": []}"#
        let configuration = try load(["contracts.json": json, "pyproject.toml": Self.toml]).get()
        #expect(configuration.format == .json)
        #expect(configuration.notices == ["archlint: using contracts.json; the import-linter configuration in pyproject.toml is ignored"])
    }

    @Test func configChoosesTheSyntaxByTheFilesName() throws {
        let configuration = try load(["lint.toml": Self.toml, "lint.ini": Self.ini], config: "lint.toml").get()
        #expect(configuration.format == .importLinterTOML)
        let ini = try load(["lint.toml": Self.toml, "lint.ini": Self.ini], config: "lint.ini").get()
        #expect(ini.format == .importLinterINI)
        #expect(issues(try load(["pyproject.toml": "[tool.black]\n"], config: "pyproject.toml"))
            == ["pyproject.toml: error: no [tool.importlinter] section: this file holds no import-linter configuration\nhint: add the section, or point --config at contracts.json"])
    }

    @Test func syntaxErrorsNameTheFileLineAndColumn() throws {
        #expect(issues(try load(["pyproject.toml": "[tool.importlinter]\nroot_package = shop\n"]))
            == ["pyproject.toml:2:16: error: invalid TOML: expected a value, found 's'"])
        let problems = issues(try load([".importlinter": "[importlinter]\nroot_package = x\nno delimiter here\n"]))
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix(".importlinter:") == true)
        #expect(problems.first?.contains("invalid INI") == true)
    }

    @Test func semanticErrorsPointIntoTheOriginalFile() throws {
        let toml = Self.toml.replacingOccurrences(of: "exhaustive = false", with: "exhaustiv = false")
            .replacingOccurrences(of: "allow_indirect_imports = \"True\"", with: "allow_indirect_imports = \"sometimes\"")
        #expect(issues(try load(["pyproject.toml": toml])) == [
            "pyproject.toml:9:13: error: tool.importlinter.contracts[0].exhaustiv: unknown key \"exhaustiv\"; did you mean \"exhaustive\"?",
            "pyproject.toml:17:26: error: tool.importlinter.contracts[1].allow_indirect_imports: could not read a boolean from 'sometimes'; write True or False",
        ])
        let ini = Self.ini.replacingOccurrences(of: "depth = 2", with: "depht = 2")
            .replacingOccurrences(of: "ignore_imports = shop.api.x -> shop.domain.y", with: "ignore_imports = shop.api.x")
        #expect(issues(try load([".importlinter": ini])) == [
            ".importlinter:15:18: error: [importlinter:contract:my-layers] ignore_imports[0]: \"shop.api.x\" is not an import expression; write \"importer -> imported\"",
            ".importlinter:21:9: error: [importlinter:contract:acyclic] depht: unknown key \"depht\"; did you mean \"depth\"?",
        ])
    }

    @Test func customContractTypesAreAnErrorNamingTheContractAndTheClass() throws {
        let ini = """
            [importlinter]
            root_package = shop
            contract_types =
                no_globals: shop_linting.NoGlobalsContract

            [importlinter:contract:g]
            name = No globals
            type = no_globals
            """
        let problems = issues(try load([".importlinter": ini]))
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix(
            ".importlinter:8:8: error: [importlinter:contract:g] type: contract \"No globals\" has the custom type \"no_globals\" (class shop_linting.NoGlobalsContract), which archlint cannot run") == true)
    }

    @Test func forbiddingAnExternalModuleNeedsExternalPackages() throws {
        let toml = """
            [tool.importlinter]
            root_package = "shop"

            [[tool.importlinter.contracts]]
            name = "No HTTP"
            type = "forbidden"
            source_modules = "shop.domain"
            forbidden_modules = ["shop.api", "requests"]
            """
        let problems = issues(try load(["pyproject.toml": toml]))
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("pyproject.toml:8:34: error: tool.importlinter.contracts[0].forbidden_modules: \"requests\" is an external module") == true)
        let included = toml.replacingOccurrences(of: "root_package = \"shop\"", with: "root_package = \"shop\"\ninclude_external_packages = true")
        #expect(try load(["pyproject.toml": included]).get().contracts.count == 1)
    }

    @Test func pythonPathEntriesAreSearchedAfterTheFolderAndSrc() throws {
        let configuration = try load(["pyproject.toml": Self.toml], pythonPath: "/opt/lib:vendor").get()
        let roots = try #require(configuration.python?.sourceRoots)
        #expect(roots.count == 4)
        #expect(roots[0...2] == [".", "src", "/opt/lib"])
        #expect(roots[3].hasSuffix("/vendor"))
    }

    @Test func aMissingRootPackageIsAnErrorAtTheSection() throws {
        let toml = "[tool.importlinter]\ninclude_external_packages = true\n\n[[tool.importlinter.contracts]]\nname = \"A\"\ntype = \"independence\"\nmodules = [\"a\"]\n"
        #expect(issues(try load(["pyproject.toml": toml])).first?.hasPrefix(
            "pyproject.toml:1:1: error: tool.importlinter: missing \"root_package\"") == true)
    }
}

/// `contracts.json` is JSON, which has no comments: a `//` or `/*` gets a hint saying what to use.
@Suite struct JSONCommentHintTests {
    @Test func aLineCommentGetsAHint() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-comment-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data("{\n  // the shop's layers\n  \"contracts\": []\n}\n".utf8).write(to: URL(fileURLWithPath: root + "/contracts.json"))
        do {
            _ = try ConfigurationLoader.load(path: root + "/contracts.json", displayPath: "contracts.json")
            Issue.record("a comment was accepted")
        } catch {
            let issue = try #require(error.issues.first)
            #expect(issue.line == 2)
            #expect(issue.column == 3)
            #expect(issue.hint?.hasPrefix("JSON has no comments") == true)
        }
    }
}
