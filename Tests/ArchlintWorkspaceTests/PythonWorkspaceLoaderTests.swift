import ArchlintGraph
import Foundation
import Testing
@testable import ArchlintWorkspace
import ArchlintConfiguration
import ArchlintFiles

/// `Tests/Fixtures/python-discovery`: a regular package `shop` under `src/`, a namespace package
/// `nsroot` under `ns/`, and a top-level package `legacy`.
private let fixture = Fixture.path("python-discovery")

private func load(
    _ roots: [String], _ packages: [String], exclude: [String] = [], base: String = fixture, typeChecking: Bool = false
) -> WorkspacePart {
    PythonFrontEnd(
        settings: PythonSettings(sourceRoots: roots, rootPackages: packages, excludeTypeCheckingImports: typeChecking),
        baseDirectory: base, exclusion: PathExclusion(exclude)
    ).load()
}

/// `name kind path` per module, sorted.
private func modules(_ part: WorkspacePart) -> [String] {
    part.modules.map { "\($0.name) \($0.kind.rawValue)\($0.path.map { " " + $0 } ?? "")" }.sorted()
}

/// `importer -> imported (full name) path:line [TC]` per statement, sorted.
private func imports(_ part: WorkspacePart) -> [String] {
    part.imports.map { statement in
        "\(statement.importer) -> \(statement.imported) (\(statement.importedFullName)) \(statement.location)"
            + (statement.isTypeChecking ? " TC" : "")
    }.sorted()
}

@Suite struct PythonWorkspaceLoaderTests {
    @Test func regularPackageModulesFollowGrimpsRules() {
        let part = load(["src"], ["shop"])
        // Not modules: a folder without __init__.py inside the package (notapackage), a folder
        // that is not an identifier (my-folder), a file with two dots, a hidden file, a .txt.
        // `both.py` wins over `both/__init__.py`, as grimp reads the former.
        #expect(modules(part) == [
            "__future__ external", "json external", "os external", "requests external",
            "shop package src/shop/__init__.py",
            "shop.api package src/shop/api/__init__.py",
            "shop.api.views module src/shop/api/views.py",
            "shop.both module src/shop/both.py",
            "shop.both.inner module src/shop/both/inner.py",
            "shop.excluded package src/shop/excluded/__init__.py",
            "shop.excluded.mod module src/shop/excluded/mod.py",
            "shop.models module src/shop/models.py",
            "shop.utils module src/shop/utils.py",
            "typing external",
        ])
        #expect(part.fileCount == 9)
        #expect(part.errors.isEmpty)
    }

    @Test func regularPackageImportsResolveLikeGrimp() {
        let part = load(["src"], ["shop"])
        #expect(imports(part) == [
            "shop -> shop.models (shop.models) src/shop/__init__.py:2",
            "shop.api.views -> shop.models (shop.models) src/shop/api/views.py:1",
            "shop.api.views -> shop.utils (shop.utils) src/shop/api/views.py:2",
            "shop.both -> shop.models (shop.models) src/shop/both.py:1",
            "shop.both.inner -> shop.both (shop.both) src/shop/both/inner.py:1",
            "shop.excluded.mod -> shop (shop) src/shop/excluded/mod.py:1",
            "shop.models -> __future__ (__future__.annotations) src/shop/models.py:1",
            "shop.models -> json (json) src/shop/models.py:3",
            "shop.models -> requests (requests.adapters) src/shop/models.py:11 TC",
            "shop.models -> shop (shop) src/shop/models.py:18",
            "shop.models -> shop.api (shop.api) src/shop/models.py:7",
            "shop.models -> shop.api.views (shop.api.views) src/shop/models.py:10 TC",
            "shop.models -> shop.api.views (shop.api.views) src/shop/models.py:7",
            "shop.models -> shop.both (shop.both) src/shop/models.py:13",
            "shop.models -> shop.utils (shop.utils) src/shop/models.py:6",
            "shop.models -> typing (typing.TYPE_CHECKING) src/shop/models.py:4",
            "shop.utils -> os (os.path) src/shop/utils.py:1",
            "shop.utils -> requests (requests.adapters) src/shop/utils.py:3",
            "shop.utils -> requests (requests.sessions) src/shop/utils.py:3",
            "shop.utils -> shop (shop.missing.deeper) src/shop/utils.py:2",
        ])
        #expect(part.diagnostics == [
            Diagnostic(
                path: "src/shop/api/views.py", line: 3,
                message: "relative import 'from ... import …' goes beyond the top-level package; ignored"),
        ])
    }

    @Test func excludedPathsAreNeitherModulesNorScanned() {
        let part = load(["src"], ["shop"], exclude: ["src/shop/excluded/**", "src/shop/utils.py"])
        let names = part.modules.filter { !$0.isExternal }.map(\.name.rawValue).sorted()
        #expect(names == ["shop", "shop.api", "shop.api.views", "shop.both", "shop.both.inner", "shop.models"])
        #expect(!part.imports.contains { $0.importer == "shop.utils" || $0.importer == "shop.excluded.mod" })
        // `from shop import utils` now names a missing module: it is an import of the package.
        #expect(imports(part).contains("shop.models -> shop (shop) src/shop/models.py:6"))
    }

    @Test func aFolderPackageStandsInForItsExcludedModuleFile() {
        // `both.py` usually wins over `both/__init__.py`; excluded, it leaves the package.
        let part = load(["src"], ["shop"], exclude: ["src/shop/both.py"])
        #expect(modules(part).contains("shop.both package src/shop/both/__init__.py"))
        #expect(!modules(part).contains { $0.hasPrefix("shop.both module") })
        #expect(modules(part).contains("shop.both.inner module src/shop/both/inner.py"))
    }

    @Test func typeCheckingImportsCanBeDropped() {
        let part = load(["src"], ["shop"], typeChecking: true)
        #expect(!part.imports.contains { $0.isTypeChecking })
        #expect(!imports(part).contains { $0.contains("models.py:10") || $0.contains("models.py:11") })
        #expect(imports(part).contains("shop.models -> shop.both (shop.both) src/shop/models.py:13"))
    }

    @Test func namespacePackageModulesAndNamespaces() {
        let part = load(["ns"], ["nsroot"])
        // Folders without __init__.py outside any package are namespace packages when a module
        // lies below them; inside a package (alpha/beta) they are not part of it (noinit).
        #expect(modules(part) == [
            "nsroot package ns/nsroot",
            "nsroot.alpha package ns/nsroot/alpha",
            "nsroot.alpha.beta package ns/nsroot/alpha/beta/__init__.py",
            "nsroot.alpha.beta.gamma module ns/nsroot/alpha/beta/gamma.py",
            "nsroot.deep package ns/nsroot/deep",
            "nsroot.deep.deeper package ns/nsroot/deep/deeper",
            "nsroot.deep.deeper.leaf module ns/nsroot/deep/deeper/leaf.py",
            "nsroot.top module ns/nsroot/top.py",
        ])
        #expect(imports(part) == [
            "nsroot.alpha.beta.gamma -> nsroot.alpha (nsroot.alpha) ns/nsroot/alpha/beta/gamma.py:1",
            "nsroot.alpha.beta.gamma -> nsroot.alpha.beta (nsroot.alpha.beta) ns/nsroot/alpha/beta/gamma.py:1",
            "nsroot.deep.deeper.leaf -> nsroot (nsroot.deep.alpha.beta.gamma) ns/nsroot/deep/deeper/leaf.py:1",
            "nsroot.top -> nsroot.alpha.beta.gamma (nsroot.alpha.beta.gamma) ns/nsroot/top.py:1",
        ])
    }

    @Test func severalRootPackagesAcrossSourceRoots() {
        let part = load(["./src/", "ns"], ["shop", "nsroot", "shop"])
        let internalModules = part.modules.filter { !$0.isExternal }
        #expect(internalModules.count == 17)
        #expect(part.fileCount == 13)
        #expect(part.errors.isEmpty)
    }

    @Test func aRootPackageInsideAnotherListsItsModulesOnce() {
        // nsroot's walk lists nsroot.alpha.beta's modules too; each is one module and one file.
        let part = load(["ns"], ["nsroot", "nsroot.alpha.beta"])
        #expect(modules(part) == modules(load(["ns"], ["nsroot"])))
        #expect(part.fileCount == 4)
        #expect(part.errors.isEmpty)
    }

    @Test func missingRootPackageIsAnError() {
        let part = load(["src", "ns"], ["shop", "missing", "src"])
        #expect(part.errors == [
            "python: root package 'missing' not found: no folder 'missing' in the source roots 'src', 'ns'",
            "python: root package 'src' not found: no folder 'src' in the source roots 'src', 'ns'",
        ])
        #expect(part.modules.isEmpty)
    }

    @Test func rootPackageThatIsAModuleFileIsAnError() {
        let part = load(["src/shop"], ["utils"])
        #expect(part.errors == ["python: root package 'utils' is a module file, not a package (source roots 'src/shop')"])
    }

    @Test func detectedSettingsFindTopLevelPackagesHereAndInSrc() {
        let settings = PythonFrontEnd.detectedSettings(baseDirectory: fixture, exclusion: PathExclusion([]))
        #expect(settings == PythonSettings(sourceRoots: [".", "src"], rootPackages: ["legacy", "shop"]))
        let withoutLegacy = PythonFrontEnd.detectedSettings(baseDirectory: fixture, exclusion: PathExclusion(["legacy"]))
        #expect(withoutLegacy == PythonSettings(sourceRoots: ["src"], rootPackages: ["shop"]))
        let none = PythonFrontEnd.detectedSettings(baseDirectory: fixture + "/ns", exclusion: PathExclusion([]))
        #expect(none == nil)
    }

    /// FastAPI's layout: `src/__init__.py` makes `src` the package, so its folders are `src.auth`…,
    /// never top-level packages of their own as well (each file one module, found once).
    @Test func aSrcFolderThatIsAPackageIsNotAlsoASourceRoot() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-src-package-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        for folder in ["src", "src/auth", "src/billing"] {
            try FileManager.default.createDirectory(atPath: base + "/" + folder, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: base + "/" + folder + "/__init__.py", contents: Data())
        }
        let settings = PythonFrontEnd.detectedSettings(baseDirectory: base, exclusion: PathExclusion([]))
        #expect(settings == PythonSettings(sourceRoots: ["."], rootPackages: ["src"]))
    }
}

/// Cases that need files git cannot hold well (binary bytes, links), made in a temporary folder.
@Suite struct PythonWorkspaceLoaderFileTests {
    private static func makeWorkspace(_ files: [String: [UInt8]]) throws -> String {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-python-\(UUID().uuidString)").path
        for (path, bytes) in files {
            let url = URL(fileURLWithPath: base + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return base
    }

    /// The read buffer starts small and grows: what was read before it grew must survive.
    @Test func filesLargerThanTheReadBufferAreReadWhole() throws {
        let middle = String(repeating: "# padding padding padding padding padding padding padding\n", count: 6_000)
        let base = try Self.makeWorkspace([
            "pkg/__init__.py": Array("import first\n\(middle)import last\n".utf8),
            "pkg/small.py": Array("import small\n".utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: base) }
        let found = modules(load(["."], ["pkg"], base: base))
        #expect(found.contains("first external") && found.contains("last external") && found.contains("small external"))
    }

    @Test func aFileOverTheSizeLimitIsSkippedWithItsSize() throws {
        let base = try Self.makeWorkspace(["pkg/__init__.py": Array("import os\n".utf8)])
        defer { try? FileManager.default.removeItem(atPath: base) }
        // A sparse file: 64 MiB and one byte of zeros, without writing them.
        let huge = base + "/pkg/huge.py"
        FileManager.default.createFile(atPath: huge, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: UInt64(64 << 20) + 1)
        try handle.close()
        let part = load(["."], ["pkg"], base: base)
        #expect(part.diagnostics == [Diagnostic(
            path: "pkg/huge.py", message: "file is 67108865 bytes, larger than the 64 MiB archlint reads; skipped; no imports read from it")])
        #expect(modules(part).contains("os external"))
    }

    @Test func anExternalImportedOnlyForTypeCheckingGoesWithThoseImports() throws {
        let base = try Self.makeWorkspace([
            "pkg/__init__.py": Array("from typing import TYPE_CHECKING\nimport json\nif TYPE_CHECKING:\n    import stubsonly.types\n".utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: base) }
        #expect(modules(load(["."], ["pkg"], base: base)).contains("stubsonly external"))
        let dropped = modules(load(["."], ["pkg"], base: base, typeChecking: true))
        #expect(dropped == ["json external", "pkg package pkg/__init__.py", "typing external"])
    }

    @Test func undecodableFilesBecomeDiagnosticsAndTheRunGoesOn() throws {
        let base = try Self.makeWorkspace([
            "pkg/__init__.py": [],
            "pkg/binary.py": Array("import os\n".utf8) + [0, 1, 2],
            "pkg/latin.py": Array("x = '".utf8) + [0xE9] + Array("'\nimport json\n".utf8),
            "pkg/declared.py": Array("# -*- coding: latin-1 -*-\nx = '".utf8) + [0xE9] + Array("'\nimport re\n".utf8),
            "pkg/broken.py": Array("import sys\ns = '''never closed\nimport ast\n".utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: base) }
        let part = load(["."], ["pkg"], base: base)
        #expect(part.diagnostics.sorted() == [
            Diagnostic(path: "pkg/binary.py", line: 2, message: "file contains a NUL byte, so it is not Python source; not scanned"),
            Diagnostic(
                path: "pkg/broken.py", line: 2,
                message: "unterminated triple-quoted string; imports after it may be missed"),
            Diagnostic(
                path: "pkg/latin.py", line: 1,
                message: "invalid UTF-8 and no other encoding declared (grimp would stop here); scanned anyway"),
        ])
        #expect(imports(part) == [
            "pkg.broken -> sys (sys) pkg/broken.py:1",
            "pkg.declared -> re (re) pkg/declared.py:3",
            "pkg.latin -> json (json) pkg/latin.py:2",
        ])
        #expect(modules(part).filter { !$0.contains("external") } == [
            "pkg package pkg/__init__.py", "pkg.binary module pkg/binary.py", "pkg.broken module pkg/broken.py",
            "pkg.declared module pkg/declared.py", "pkg.latin module pkg/latin.py",
        ])
    }

    @Test func linkedFoldersAreFollowedOnceAndLoopsAreNot() throws {
        let base = try Self.makeWorkspace([
            "pkg/__init__.py": [],
            "pkg/a.py": Array("from .shared import thing\n".utf8),
            "elsewhere/__init__.py": [],
            "elsewhere/thing.py": [],
        ])
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createSymbolicLink(atPath: base + "/pkg/shared", withDestinationPath: base + "/elsewhere")
        try FileManager.default.createSymbolicLink(atPath: base + "/pkg/loop", withDestinationPath: base + "/pkg")
        let part = load(["."], ["pkg"], base: base)
        #expect(modules(part) == [
            "pkg package pkg/__init__.py", "pkg.a module pkg/a.py",
            "pkg.shared package pkg/shared/__init__.py", "pkg.shared.thing module pkg/shared/thing.py",
        ])
        #expect(imports(part) == ["pkg.a -> pkg.shared.thing (pkg.shared.thing) pkg/a.py:1"])
    }

    @Test func moduleFileAndNamespaceFolderOfTheSameNameAreOneModule() throws {
        let base = try Self.makeWorkspace([
            "ns/x.py": Array("import ns.x.y\n".utf8),
            "ns/x/y.py": [],
        ])
        defer { try? FileManager.default.removeItem(atPath: base) }
        let part = load(["."], ["ns"], base: base)
        #expect(modules(part) == ["ns package ns", "ns.x module ns/x.py", "ns.x.y module ns/x/y.py"])
        #expect(imports(part) == ["ns.x -> ns.x.y (ns.x.y) ns/x.py:1"])
    }
}
