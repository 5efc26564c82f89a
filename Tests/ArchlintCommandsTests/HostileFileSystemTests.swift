import Foundation
import Testing

/// Issue 15: file systems that try to hang archlint, make it pass silently, trust a stale cache
/// or read outside the repository. Each run has a deadline, so a hang fails the test instead
/// of the test run.
@Suite struct HostileFileSystemTests {
    /// `shop` with three modules; the contract forbids `shop.a` to import `shop.c`.
    static let shop: [String: String] = [
        "contracts.json": """
            {"python": {"source_roots": ["src"], "root_packages": ["shop"]},
             "contracts": [{"id": "no-c", "name": "a does not use c", "type": "forbidden",
                            "source_modules": ["shop.a"], "forbidden_modules": ["shop.c"]}]}
            """,
        "src/shop/__init__.py": "",
        "src/shop/a.py": "import shop.b\n",
        "src/shop/b.py": "",
        "src/shop/c.py": "",
    ]

    // MARK: #3: a FIFO where a file should be

    @Test func aFIFOWhereTheWorkspaceCacheOrASourceShouldBeDoesNotBlock() throws {
        let project = try ScratchProject(Self.shop)
        defer { project.remove() }
        try FileManager.default.createDirectory(at: project.url(".archlint_cache"), withIntermediateDirectories: true)
        #expect(mkfifo(project.url(".archlint_cache/workspace.cache").path, 0o644) == 0)
        #expect(mkfifo(project.url("src/shop/fifo.py").path, 0o644) == 0)
        let first = try project.run(["check"], seconds: 20)
        #expect(first != nil, "archlint blocked on a FIFO")
        #expect(first?.exitCode == 0)
        #expect(first?.stderr == "", "\(String(describing: first))")
        try project.expectWarmEqualsCold()
        // Nor does a FIFO given as the configuration.
        #expect(mkfifo(project.url("pipe.json").path, 0o644) == 0)
        let configuration = try project.run(["check", "--config", "pipe.json"], seconds: 20)
        #expect(configuration?.exitCode == 2)
        #expect(configuration?.stderr == "pipe.json: error: not a regular file (a FIFO, socket or device); not read\n")
    }

    // MARK: #7: --cache-dir naming a folder of sources

    @Test func aCacheFolderHoldingOtherFilesIsRefused() throws {
        let project = try ScratchProject(Self.shop)
        defer { project.remove() }
        for folder in [".", "src"] {
            let outcome = try #require(try project.run(["check", "--cache-dir", folder], seconds: 20))
            let cold = try #require(try project.run(["check", "--no-cache"], seconds: 20))
            #expect(outcome.stdout == cold.stdout && outcome.exitCode == cold.exitCode)
            #expect(outcome.stderr.contains("holds files that are not archlint's"), "\(outcome.stderr)")
            let base = folder == "." ? project.root : project.url(folder)
            for name in [".gitignore", "CACHEDIR.TAG", "scan.cache", "workspace.cache"] {
                #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent(name).path), "\(folder)/\(name) written")
            }
        }
        // A new folder is made the cache's own, and used.
        let fresh = try #require(try project.run(["check", "--cache-dir", "cache-here"], seconds: 20))
        #expect(fresh.stderr.isEmpty)
        #expect(FileManager.default.fileExists(atPath: project.url("cache-here/CACHEDIR.TAG").path))
        try project.expectWarmEqualsCold(["--cache-dir", "cache-here"])
    }

    // MARK: #8: a same-size edit with its old modification time put back

    @Test func aSameSizeEditWithItsOldModificationTimeRestoredIsSeen() throws {
        let project = try ScratchProject(Self.shop)
        defer { project.remove() }
        #expect(try project.run(["check"])?.exitCode == 0)
        #expect(try project.run(["check"])?.exitCode == 0)
        let file = project.url("src/shop/a.py")
        let old = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
        // In place (same inode), same size, then `touch -d` the old time back.
        let handle = try FileHandle(forWritingTo: file)
        handle.write(Data("import shop.c\n".utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: file.path)
        let after = try #require(try project.run(["check"]))
        #expect(after.exitCode == 1, "the stale cache hid the edit: \(after)")
        try project.expectWarmEqualsCold()
    }

    // MARK: #2: folder links between sibling packages

    @Test func linkedSiblingPackagesAreWalkedOnceEach() throws {
        let names = (1...8).map { "p\($0)" }
        var files: [String: String] = [
            "contracts.json": #"{"python": {"source_roots": ["src"], "root_packages": [\#(names.map { "\"\($0)\"" }.joined(separator: ", "))]}}"#,
        ]
        for name in names {
            files["src/\(name)/__init__.py"] = ""
            files["src/\(name)/m.py"] = "import os\n"
        }
        let project = try ScratchProject(files)
        defer { project.remove() }
        for name in names {
            for other in names where other != name {
                try FileManager.default.createSymbolicLink(atPath: project.url("src/\(name)/l\(other)").path, withDestinationPath: "../\(other)")
            }
        }
        let outcome = try #require(try project.run(["graph", "--no-cache"], seconds: 20), "the walk did not finish")
        #expect(outcome.exitCode == 0)
        #expect(outcome.seconds < 5)
        // Each real folder once, under its own name.
        #expect(!outcome.stdout.contains("lp"), "a linked folder was walked again: \(outcome.stdout.prefix(2000))")
        #expect(outcome.stdout.components(separatedBy: "\"kind\": \"module\"").count - 1 == 8)
    }

    // MARK: #12: links that leave the repository

    @Test func linkedFoldersLeavingTheRepositoryAreNamedAndNotFollowed() throws {
        let outside = try ScratchProject(["evil/__init__.py": "", "evil/x.py": "import subprocess\n"])
        defer { outside.remove() }
        let project = try ScratchProject([
            "contracts.json": #"{"python": {"source_roots": ["src"], "root_packages": ["ns"]}}"#,
            "src/ns/real/__init__.py": "",
            "src/ns/real/m.py": "",
            "vendor/lib/__init__.py": "",
            "vendor/lib/v.py": "",
        ], git: true)
        defer { project.remove() }
        try FileManager.default.createSymbolicLink(atPath: project.url("src/ns/away").path, withDestinationPath: outside.root.path)
        try FileManager.default.createSymbolicLink(atPath: project.url("src/ns/disk").path, withDestinationPath: "/")
        try FileManager.default.createSymbolicLink(atPath: project.url("src/ns/vendored").path, withDestinationPath: "../../vendor")
        let outcome = try #require(try project.run(["graph", "--no-cache"], seconds: 20), "the walk did not finish")
        #expect(outcome.exitCode == 0)
        #expect(!outcome.stdout.contains("ns.away"))
        #expect(!outcome.stdout.contains("ns.disk"))
        // A link that stays inside the repository is followed.
        #expect(outcome.stdout.contains("\"ns.vendored.lib.v\""))
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("src/ns/away: warning: linked folder leads outside the repository") }.count == 1, "\(outcome.stderr)")
        #expect(lines.filter { $0.hasPrefix("src/ns/disk: warning: linked folder leads outside the repository") }.count == 1, "\(outcome.stderr)")
        #expect(lines.count == 2, "\(outcome.stderr)")
    }

    // MARK: #4: a folder that cannot be read

    @Test func anUnreadableSubPackageIsADiagnostic() throws {
        var files = Self.shop
        files["src/shop/sub/__init__.py"] = ""
        files["src/shop/sub/bad.py"] = "import shop.c\n"
        files["contracts.json"] = files["contracts.json"]!.replacingOccurrences(of: #"["shop.a"]"#, with: #"["shop.a", "shop.sub"]"#)
        let project = try ScratchProject(files)
        defer { project.remove() }
        #expect(try project.run(["check", "--no-cache"])?.exitCode == 1)
        #expect(chmod(project.url("src/shop/sub").path, 0) == 0)
        defer { chmod(project.url("src/shop/sub").path, 0o755) }
        // Root reads any folder: run as nobody then.
        var prefix: [String] = []
        if geteuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                print("skipped: running as root without setpriv, so no folder is unreadable")
                return
            }
            prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        let outcome = try #require(try project.run(["check", "--no-cache"], prefix: prefix))
        #expect(outcome.stderr.contains("src/shop/sub: warning: cannot read folder: Permission denied"), "\(outcome.stderr)")
        let strict = try #require(try project.run(["check", "--no-cache", "--strict"], prefix: prefix))
        #expect(strict.exitCode == 2, "\(strict)")
    }

    // MARK: #6: file names that are not UTF-8

    /// Creates an empty file whose name is `prefix` + the byte 0xFF + `suffix`.
    private func createBadlyNamedFile(in folder: URL, _ prefix: String, _ suffix: String, contents: String) -> Bool {
        var path = Array(folder.path.utf8) + Array("/\(prefix)".utf8) + [0xFF] + Array(suffix.utf8)
        path.append(0)
        let descriptor = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644) }
        guard descriptor >= 0 else { return false }
        _ = contents.withCString { write(descriptor, $0, strlen($0)) }
        close(descriptor)
        return true
    }

    @Test func aPythonFileNameThatIsNotUTF8IsNoModule() throws {
        let project = try ScratchProject(Self.shop)
        defer { project.remove() }
        #expect(createBadlyNamedFile(in: project.url("src/shop"), "bad", ".py", contents: "import shop.c\n"))
        let outcome = try #require(try project.run(["graph", "--no-cache"]))
        #expect(outcome.exitCode == 0)
        #expect(!outcome.stdout.contains("\u{FFFD}"))
        #expect(outcome.stderr == "src/shop/bad\\xFF.py: warning: the file name is not valid UTF-8, so it names no Python module; not scanned\n")
    }

    @Test func aSwiftFileNameThatIsNotUTF8IsADiagnostic() throws {
        let project = try ScratchProject([
            "contracts.json": #"{"swift": {"packages": ["."]}}"#,
            "Package.swift": "// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: \"P\", targets: [.target(name: \"Core\")])\n",
            "Sources/Core/a.swift": "import Foundation\n",
        ])
        defer { project.remove() }
        #expect(createBadlyNamedFile(in: project.url("Sources/Core"), "b", ".swift", contents: "import Dispatch\n"))
        let outcome = try #require(try project.run(["graph", "--no-cache"]))
        #expect(outcome.exitCode == 0)
        #expect(!outcome.stderr.contains("cannot open"))
        #expect(outcome.stderr == "Sources/Core/b\\xFF.swift: warning: the name is not valid UTF-8; not read (archlint reads UTF-8 paths only)\n")
    }

    // MARK: #11: a Swift target path outside its package

    @Test(arguments: ["../..", "/etc", "Sources/../../x"])
    func aSwiftTargetPathOutsideItsPackageIsRefused(path: String) throws {
        let project = try ScratchProject([
            "contracts.json": #"{"swift": {"packages": ["."]}}"#,
            "Package.swift": "// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: \"P\", targets: [\n    .target(name: \"Core\", path: \"\(path)\")])\n",
        ])
        defer { project.remove() }
        let outcome = try #require(try project.run(["graph", "--no-cache"]))
        #expect(outcome.exitCode == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == "contracts.json: error: Package.swift:4: target 'Core': path '\(path)' is outside the package .; SwiftPM refuses it too\n")
    }

    // MARK: --strict

    @Test func strictTurnsAnyPerFileDiagnosticIntoExitTwo() throws {
        var files = Self.shop
        files["src/shop/blob.py"] = "import shop.c\u{0}\n"
        let project = try ScratchProject(files)
        defer { project.remove() }
        for command in [["check"], ["graph"], ["graph", "--format", "dot"]] {
            let lenient = try #require(try project.run(command + ["--no-cache"]))
            let strict = try #require(try project.run(command + ["--no-cache", "--strict"]))
            #expect(lenient.exitCode == 0, "\(command) \(lenient)")
            #expect(lenient.stderr == "src/shop/blob.py:1: warning: file contains a NUL byte, so it is not Python source; not scanned\n")
            #expect(strict.exitCode == 2)
            #expect(strict.stdout == lenient.stdout)
            #expect(strict.stderr == lenient.stderr + "error: --strict: 1 warning above; the scan is incomplete\n")
        }
        // Without a diagnostic, --strict changes nothing.
        try FileManager.default.removeItem(at: project.url("src/shop/blob.py"))
        #expect(try project.run(["check", "--no-cache", "--strict"])?.exitCode == 0)
    }
}
