import Foundation
import Testing

/// Python 3.15's `lazy import` (PEP 810) counts as an import and is flagged lazy wherever imports
/// are reported, as grimp 3.19 flags `is_lazy`.
@Suite struct LazyImportEndToEndTests {
    private func project() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-lazy-\(UUID().uuidString)")
        let shop = root.appendingPathComponent("shop")
        try FileManager.default.createDirectory(at: shop, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let files = [
            "contracts.json": #"{"python": {"root_packages": ["shop"]}, "contracts": [{"id": "a-not-b", "name": "A does not use B", "type": "forbidden", "source_modules": ["shop.a"], "forbidden_modules": ["shop.b"]}]}"#,
            "shop/__init__.py": "",
            "shop/a.py": "lazy import shop.b\nlazy from shop.c import x\nimport shop.c\n",
            "shop/b.py": "",
            "shop/c.py": "x = 1\n",
        ]
        for (name, text) in files { try Data(text.utf8).write(to: root.appendingPathComponent(name)) }
        return root
    }

    @Test func lazyImportsAreFlaggedInTheGraphTheReportAndTheDrawing() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let graph = try ArchlintProcess.run(["graph", "--format", "json", "--no-cache"], in: root)
        let imports = try #require((try JSONSerialization.jsonObject(with: Data(graph.stdout.utf8)) as? [String: Any])?["imports"] as? [[String: Any]])
        let lazyLines = imports.filter { $0["lazy"] as? Bool == true }.map { "\($0["imported"]!):\($0["line"]!)" }.sorted()
        #expect(lazyLines == ["shop.b:1", "shop.c:2"])
        #expect(imports.count == 3)

        let check = try ArchlintProcess.run(["check", "--format", "json", "--no-cache"], in: root)
        #expect(check.exitCode == 1)
        #expect(check.stdout.contains("\"lines\": [1],\n                \"lazy\": true"))

        let dot = try ArchlintProcess.run(["graph", "--format", "dot", "--no-cache"], in: root)
        let edges = dot.stdout.split(separator: "\n").filter { $0.contains(" -> ") && !$0.contains("invis") }
        #expect(edges.contains { $0.contains("\"shop.a\" -> \"shop.b\"") && $0.contains("arrowhead=vee") })
        // A dependency with one eager import among its lazy ones couples at import time: a normal arrow.
        #expect(edges.contains { $0.contains("\"shop.a\" -> \"shop.c\"") && !$0.contains("arrowhead") })
    }
}
