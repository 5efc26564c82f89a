import Foundation
import Testing

/// `archlint init` writes a configuration that `archlint check` accepts and keeps.
@Suite struct InitCommandTests {
    private func copy(_ example: String) throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-init-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: ArchlintProcess.packageRoot.appendingPathComponent("Examples/\(example)"), to: target)
        try FileManager.default.removeItem(at: target.appendingPathComponent("contracts.json"))
        try? FileManager.default.removeItem(at: target.appendingPathComponent(".archlint_cache"))
        return target
    }

    @Test func aPythonProjectGetsItsLayersAndIsKept() throws {
        let folder = try copy("python-shop")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try ArchlintProcess.run(["init"], in: folder)
        #expect(written == .init(stdout: "Wrote contracts.json with 1 contract. Run `archlint check` to see it kept.\n", stderr: "", exitCode: 0))
        let text = try String(contentsOf: folder.appendingPathComponent("contracts.json"), encoding: .utf8)
        #expect(text.contains("\"root_packages\": [\"shop\"]"))
        #expect(text.contains("\"layers\": [\"interface\", \"application\", \"domain\", \"infrastructure\"]"))
        let checked = try ArchlintProcess.run(["check"], in: folder)
        #expect(checked.exitCode == 0)
        #expect(checked.stdout.hasSuffix("Contracts: 1 kept, 0 broken.\n"))
    }

    /// FastAPI's `src/__init__.py` layout with DDD bounded contexts: contracts name `src.…` modules
    /// that exist, and `check` accepts and keeps the file.
    @Test func aSrcPackageWithBoundedContextsGetsContractsCheckAccepts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-init-ddd-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var files = ["src/__init__.py": ""]
        for context in ["orders", "payments"] {
            for layer in ["", "/domain", "/application", "/infrastructure"] { files["src/\(context)\(layer)/__init__.py"] = "" }
            files["src/\(context)/domain/model.py"] = "x = 1\n"
            files["src/\(context)/application/service.py"] = "from ..domain import model\n"
            files["src/\(context)/infrastructure/repo.py"] = "from src.\(context).application import service\n"
        }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let written = try ArchlintProcess.run(["init"], in: folder)
        #expect(written.stdout == "Wrote contracts.json with 3 contracts. Run `archlint check` to see it kept.\n")
        let text = try String(contentsOf: folder.appendingPathComponent("contracts.json"), encoding: .utf8)
        #expect(text.contains("\"root_packages\": [\"src\"]"))
        #expect(text.contains("\"modules\": [\"src.orders\", \"src.payments\"]"))
        #expect(text.contains("\"containers\": [\"src.orders\"]"))
        let checked = try ArchlintProcess.run(["check", "--no-cache"], in: folder)
        #expect(checked.exitCode == 0)
        // Each file is one module, found once; relative imports resolve inside `src`.
        #expect(checked.stderr == "")
        #expect(checked.stdout.hasPrefix("Analyzed 15 files, 15 modules, 4 imports."))
    }

    @Test func anExistingConfigurationIsKeptUnlessForced() throws {
        let folder = try copy("python-shop")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ArchlintProcess.run(["init"], in: folder)
        let again = try ArchlintProcess.run(["init"], in: folder)
        #expect(again == .init(stdout: "", stderr: "error: contracts.json already exists here; pass --force to overwrite it\n", exitCode: 2))
        let forced = try ArchlintProcess.run(["init", "--force"], in: folder)
        #expect(forced.exitCode == 0)
    }

    @Test func anEmptyFolderHasNothingToInitialize() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-init-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try ArchlintProcess.run(["init"], in: folder)
        #expect(outcome.exitCode == 2)
        #expect(outcome.stderr.hasPrefix("error: found no Package.swift and no Python package"))
    }
}

/// `archlint init` on the Swift example: its targets' layers, kept.
@Suite struct SwiftInitCommandTests {
    @Test func aSwiftPackageGetsItsTargetLayersAndIsKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-init-swift-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: ArchlintProcess.packageRoot.appendingPathComponent("Examples/SwiftApp"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("contracts.json"))
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(".archlint_cache"))
        let written = try ArchlintProcess.run(["init"], in: folder)
        #expect(written.exitCode == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("contracts.json"), encoding: .utf8)
        #expect(text.contains("\"swift\": {\n    \"packages\": [\".\"]\n  }"))
        #expect(text.contains("\"layers\": [\"App\", \"FeatureCheckout | FeatureProfile\", \"FeatureCatalog\", \"Networking\", \"Core\"]"))
        let checked = try ArchlintProcess.run(["check"], in: folder)
        #expect(checked.exitCode == 0)
        #expect(checked.stdout.hasSuffix("Contracts: 1 kept, 0 broken.\n"))
    }

    /// A package written for the test: `Package.swift` and one file per target.
    private func package(_ manifest: String, files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-init-declared-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try ("// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: \"P\", targets: [\n" + manifest + "\n])\n")
            .write(to: folder.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        for (path, text) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func aPackageKeepingItsDeclaredDependenciesGetsTheContract() throws {
        let folder = try package(#".target(name: "A", dependencies: ["B"]), .target(name: "B")"#,
                                 files: ["Sources/A/a.swift": "import B\n", "Sources/B/b.swift": "import Foundation\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ArchlintProcess.run(["init"], in: folder).exitCode == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("contracts.json"), encoding: .utf8)
        #expect(text.contains("\"type\": \"declared_dependencies\""))
        #expect(!text.contains("\"unused\""))
        let checked = try ArchlintProcess.run(["check"], in: folder)
        #expect(checked.exitCode == 0 && checked.stderr == "")
    }

    @Test func onlyUnusedDependenciesGiveAContractThatWarnsOfThem() throws {
        let folder = try package(#".target(name: "A", dependencies: ["B", "C"]), .target(name: "B"), .target(name: "C")"#,
                                 files: ["Sources/A/a.swift": "import B\n", "Sources/B/b.swift": "\n", "Sources/C/c.swift": "\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ArchlintProcess.run(["init"], in: folder).exitCode == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("contracts.json"), encoding: .utf8)
        #expect(text.contains("\"unused\": \"warn\""))
        let checked = try ArchlintProcess.run(["check"], in: folder)
        #expect(checked.exitCode == 0)
        #expect(checked.stdout.contains("warning: Swift targets import what they declare: Package.swift:4: A declares a dependency on C"))
    }

    @Test func anUndeclaredImportLeavesTheContractOut() throws {
        let folder = try package(#".target(name: "A"), .target(name: "B")"#,
                                 files: ["Sources/A/a.swift": "import B\n", "Sources/B/b.swift": "\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ArchlintProcess.run(["init"], in: folder).exitCode == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("contracts.json"), encoding: .utf8)
        #expect(!text.contains("declared_dependencies"))
    }
}
