import Foundation
import Testing

/// Issue 12, item 7: a baseline accepts the imports it recorded, not every import between the
/// same two modules. A user deletes one violating import and adds another between the same two
/// features; the check must fail on the new one.
@Suite struct BaselineSwapTests {
    /// A shop with two features that must stay independent and one import between them.
    private func makeShop() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("archlint-swap-\(UUID().uuidString)")
        let files: [String: String] = [
            "contracts.json": """
                { "python": { "source_roots": ["src"], "root_packages": ["shop"] },
                  "contracts": [ { "id": "features", "name": "Features are independent", "type": "independence",
                                   "modules": ["shop.features.*"] } ] }
                """,
            "src/shop/__init__.py": "",
            "src/shop/features/__init__.py": "",
            "src/shop/features/cart/__init__.py": "",
            "src/shop/features/cart/views.py": "from shop.features.catalog import search\n",
            "src/shop/features/cart/models.py": "TOTAL = 0\n",
            "src/shop/features/catalog/__init__.py": "",
            "src/shop/features/catalog/search.py": "",
            "src/shop/features/catalog/prices.py": "",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func swappingOneImportForAnotherBetweenTheSameFeaturesFails() throws {
        let shop = try makeShop()
        defer { try? FileManager.default.removeItem(at: shop) }
        #expect(try ArchlintProcess.run(["baseline", "--no-cache"], in: shop).exitCode == 0)
        #expect(try ArchlintProcess.run(["check", "--no-cache", "--baseline", "archlint-baseline.json"], in: shop).exitCode == 0)

        // Delete the known import and add another one between the same two features.
        try "".write(to: shop.appendingPathComponent("src/shop/features/cart/views.py"), atomically: true, encoding: .utf8)
        try "from shop.features.catalog import prices\nTOTAL = 0\n".write(
            to: shop.appendingPathComponent("src/shop/features/cart/models.py"), atomically: true, encoding: .utf8)

        let swapped = try ArchlintProcess.run(["check", "--no-cache", "--baseline", "archlint-baseline.json"], in: shop)
        #expect(swapped.exitCode == 1)
        #expect(swapped.stdout.contains("- shop.features.cart.models -> shop.features.catalog.prices (src/shop/features/cart/models.py:1) [new]\n"))
        #expect(!swapped.stdout.contains("- shop.features.cart.views"))
        #expect(swapped.stdout.contains("- features: shop.features.cart.views -> shop.features.catalog.search (fixed)\n"))
        #expect(swapped.stdout.hasSuffix("Contracts: 0 kept, 1 broken.\n"))

        // Every format reports the new import as new, and only it where a format lists errors.
        let json = try ArchlintProcess.run(["check", "--no-cache", "--baseline", "archlint-baseline.json", "--format", "json"], in: shop)
        #expect(json.exitCode == 1)
        #expect(json.stdout.contains("\"importer\": \"shop.features.cart\",\n          \"imported\": \"shop.features.catalog\",\n          \"new\": true,"))
        let sarif = try ArchlintProcess.run(["check", "--no-cache", "--baseline", "archlint-baseline.json", "--format", "sarif"], in: shop)
        #expect(sarif.exitCode == 1)
        #expect(sarif.stdout.contains("\"baselineState\": \"new\""))
        #expect(!sarif.stdout.contains("\"suppressions\""))
        let xcode = try ArchlintProcess.run(["check", "--no-cache", "--baseline", "archlint-baseline.json", "--format", "xcode"], in: shop)
        #expect(xcode.exitCode == 1)
        #expect(xcode.stdout.components(separatedBy: "\n").filter { $0.contains(": error: ") }.count == 1)
        #expect(xcode.stdout.contains("src/shop/features/cart/models.py:1:1: error: "))
        let gitlab = try ArchlintProcess.run(["check", "--no-cache", "--baseline", "archlint-baseline.json", "--format", "gitlab"], in: shop)
        #expect(gitlab.exitCode == 1)
        #expect(gitlab.stdout.components(separatedBy: "\"fingerprint\"").count - 1 == 1)
        let github = try ArchlintProcess.run(["check", "--no-cache", "--baseline", "archlint-baseline.json", "--format", "github"], in: shop)
        #expect(github.exitCode == 1)
        #expect(github.stdout.contains("::error file=src/shop/features/cart/models.py,line=1,"))
        #expect(!github.stdout.contains("file=src/shop/features/cart/views.py"))

        // Accepting the new state makes the check pass again.
        #expect(try ArchlintProcess.run(["baseline", "--no-cache"], in: shop).exitCode == 0)
        #expect(try ArchlintProcess.run(["check", "--no-cache", "--baseline", "archlint-baseline.json"], in: shop).exitCode == 0)
    }

    @Test func entriesOfContractsThatNoLongerExistAreStale() throws {
        let shop = try makeShop()
        defer { try? FileManager.default.removeItem(at: shop) }
        try """
            {"version": 2, "imports": [
              {"contract": "features", "importer": "shop.features.cart.views", "imported": "shop.features.catalog.search"},
              {"contract": "old-layers", "importer": "shop.a", "imported": "shop.b"}]}
            """.write(to: shop.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
        let outcome = try ArchlintProcess.run(["check", "--no-cache", "--baseline", "b.json"], in: shop)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.contains("""
            Stale baseline entries (remove them with `archlint baseline`):
            - old-layers: shop.a -> shop.b (no contract has this id any more)

            """))
        // A baseline that matches the code has no stale entries.
        try """
            {"version": 2, "imports": [
              {"contract": "features", "importer": "shop.features.cart.views", "imported": "shop.features.catalog.search"}]}
            """.write(to: shop.appendingPathComponent("c.json"), atomically: true, encoding: .utf8)
        let json = try ArchlintProcess.run(["check", "--no-cache", "--baseline", "c.json", "--format", "json"], in: shop)
        #expect(json.stdout.hasSuffix("\"stale_baseline_entries\": []\n}\n"))
    }

    @Test func anOldBaselineIsRefusedWithAWayOut() throws {
        let shop = try makeShop()
        defer { try? FileManager.default.removeItem(at: shop) }
        try """
            {"version": 1, "violations": [{"contract": "features", "importer": "shop.features.cart",
              "imported": "shop.features.catalog", "count": 1}]}
            """.write(to: shop.appendingPathComponent("old.json"), atomically: true, encoding: .utf8)
        let outcome = try ArchlintProcess.run(["check", "--no-cache", "--baseline", "old.json"], in: shop)
        #expect(outcome == .init(stdout: "", stderr: """
            old.json: error: this baseline was written by an older archlint (version 1, by contract and module pair), \
            which cannot tell which imports it accepted; regenerate it with `archlint baseline`

            """, exitCode: 2))
    }
}
