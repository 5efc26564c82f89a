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
        #expect(!swapped.stdout.contains("shop.features.cart.views -> shop.features.catalog.search ("))
        #expect(swapped.stdout.contains("- features: shop.features.cart.views -> shop.features.catalog.search\n"))
        #expect(swapped.stdout.hasSuffix("Contracts: 0 kept, 1 broken.\n"))
    }
}
