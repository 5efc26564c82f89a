import ArchlintGraph
import ArchlintFiles
import Foundation
import Testing
@testable import ArchlintWorkspace
import ArchlintConfiguration

/// Discovery lists each walk's files in the byte order of their module names, built from bytes.
@Suite struct PythonDiscoveryOrderTests {
    /// A scratch package `pkg` holding `files` (paths relative to it; a trailing `/` makes a folder).
    private func scratch(_ files: [String]) throws -> String {
        let base = NSTemporaryDirectory() + "archlint-order-\(UUID().uuidString)"
        for file in files {
            let path = base + "/pkg/" + file
            if file.hasSuffix("/") {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } else {
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                _ = FileManager.default.createFile(atPath: path, contents: Data())
            }
        }
        return base
    }

    private func discover(_ base: String, exclude: [String] = []) -> LanguageDiscovery {
        PythonFrontEnd(settings: PythonSettings(sourceRoots: ["."], rootPackages: ["pkg"], excludeTypeCheckingImports: false),
                       baseDirectory: base, exclusion: PathExclusion(exclude)).discover(recordingFolders: false)
    }

    @Test func filesComeInModuleNameOrder() throws {
        let base = try scratch([
            "__init__.py", "b.py", "b/__init__.py", "b/c.py", "b_c.py", "a.py", "A.py", "b/d/__init__.py", "b/d/e.py",
            "b0/__init__.py", "b0/x.py", "z.py", "_u.py", "__init__/__init__.py", "__init__/m.py", "notes.txt", "x.y.py",
        ])
        defer { try? FileManager.default.removeItem(atPath: base) }
        let discovery = discover(base)
        let names = discovery.files.map(\.module.rawValue)
        #expect(names == names.sorted { ByteOrder.precedes($0, $1) })
        // `b.py` stands for `b`, whose `__init__.py` is not listed; `__init__.py` shadows the folder `__init__`.
        #expect(names == [
            "pkg", "pkg.A", "pkg.__init__.m", "pkg._u", "pkg.a", "pkg.b", "pkg.b.c", "pkg.b.d", "pkg.b.d.e", "pkg.b0", "pkg.b0.x",
            "pkg.b_c", "pkg.z",
        ])
        #expect(discovery.files.first { $0.module.rawValue == "pkg.b" }?.path == "pkg/b.py")
        #expect(discovery.files.first { $0.module.rawValue == "pkg.b.d.e" }?.absolutePath == base + "/pkg/b/d/e.py")
        // Names made from the folder's bytes hash as names made from text do.
        for file in discovery.files { #expect(file.module == ModuleName(file.module.rawValue)) }
        for module in discovery.modules { #expect(module.name.byteHash == ModuleName(module.name.rawValue).byteHash) }
    }

    @Test func anExcludedFileShadowsNoFolder() throws {
        let base = try scratch(["__init__.py", "b.py", "b/__init__.py", "b/c.py"])
        defer { try? FileManager.default.removeItem(atPath: base) }
        let discovery = discover(base, exclude: ["pkg/b.py"])
        #expect(discovery.files.map(\.module.rawValue) == ["pkg", "pkg.b", "pkg.b.c"])
        #expect(discovery.files.map(\.path) == ["pkg/__init__.py", "pkg/b/__init__.py", "pkg/b/c.py"])
    }

    @Test func folderNamesJoinAsPathSyntaxDoes() {
        let name = Array("m.py".utf8)
        name.withUnsafeBufferPointer { bytes in
            for folder in ["", ".", "a", "a/", "/abs/b"] {
                let names = PythonFolderNames(display: folder, absolute: folder, moduleName: ModuleName("p.q"))
                #expect(names.path(bytes) == PathSyntax.join(folder, "m.py"))
                #expect(names.absolutePath(bytes) == PathSyntax.join(folder, "m.py"))
            }
            let names = PythonFolderNames(display: "", absolute: "", moduleName: ModuleName("p.q"))
            let module = names.moduleName(UnsafeBufferPointer(rebasing: bytes[0..<1]))
            #expect(module.rawValue == "p.q.m")
            #expect(module.byteHash == ModuleName("p.q.m").byteHash)
        }
    }

    @Test func identifierAndModuleFileRulesAgreeOnTextAndBytes() {
        for name in ["a", "_", "a1", "1a", "", "é", "aé", "a-b", "x.py", ".x.py", "a.b.py", "py", ".py", "ab.py", "é.py", "a.pyc"] {
            var text = name
            text.withUTF8 { bytes in
                #expect(PythonIdentifier.isIdentifier(bytes) == PythonIdentifier.isIdentifier(name))
                #expect(PythonIdentifier.isModuleFileName(bytes) == PythonIdentifier.isModuleFileName(name))
            }
        }
        #expect(PythonIdentifier.isIdentifier("aé"))
        #expect(!PythonIdentifier.isIdentifier("1é"))
        #expect(PythonIdentifier.isModuleFileName("ab.py"))
        #expect(!PythonIdentifier.isModuleFileName("a.b.py"))
    }
}
