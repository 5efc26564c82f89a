import ArchlintContracts
import ArchlintGraph
import ArchlintReporting

/// The report every golden file renders: violations of four contract types, a kept contract,
/// links on several lines, guidance, warnings, and names and paths that need escaping in
/// each format (`%`, `,`, `:`, newline, `<`, `&`, quotes).
enum SampleReport {
    static func link(_ importer: String, _ imported: String, _ path: String, _ lines: [Int]) -> ChainLink {
        ChainLink(importer: ModuleName(importer), imported: ModuleName(imported), path: path, lines: lines)
    }

    static let pureDomain = ContractResult(
        metadata: ContractMetadata(
            id: "pure-domain", name: "Domain is pure, 100%: no I/O", type: "forbidden",
            brokenContractGuidance: "Keep the domain free of I/O:\nmove calls to shop.infrastructure & wrap them in <ports>."),
        violations: [
            Violation(importer: "shop.domain", imported: "requests", chains: [
                [link("shop.domain.order", "requests", "src/shop/domain/order.py", [4, 9])],
                [link("shop.domain.pricing", "shop.util.http", "src/shop/domain/pricing.py", [2]),
                 link("shop.util.http", "requests", "src/shop/util/http.py", [1])],
            ]),
        ],
        ignoredImports: 1,
        warnings: ["ignore_imports line \"shop.domain -> shop.legacy\" matched no import;\nremove it or fix its spelling"])

    static let layers = ContractResult(
        metadata: ContractMetadata(id: "layers", name: "Shop layers", type: "layers"),
        violations: [
            Violation(importer: "shop.domain", imported: "shop.application", chains: [
                [link("shop.domain.pricing", "shop.application.orders", "src/shop/domain/pricing.py", [12])],
            ]),
            Violation(importer: "shop.application", imported: "shop.interface", chains: [
                [link("shop.application.orders", "shop.util.cli", "src/shop/application/orders.py", [7, 30]),
                 link("shop.util.cli", "shop.interface.cli", "src/shop/util/cli.py", [3])],
            ]),
        ])

    static let features = ContractResult(
        metadata: ContractMetadata(id: "features", name: "Features are independent", type: "independence"),
        violations: [
            Violation(importer: "FeatureA", imported: "FeatureB", chains: [
                [link("FeatureA", "FeatureB", "Sources/FeatureA/100% Done: Home,View.swift", [3])],
            ]),
            Violation(importer: "FeatureA", imported: "FeatureC", chains: [
                [link("FeatureA", "FeatureC", "Sources/FeatureA/Home.swift", [4])],
            ]),
            Violation(importer: "FeatureB", imported: "FeatureA", chains: [
                [link("FeatureB", "FeatureA", "Sources/FeatureB/Cart.swift", [2])],
            ]),
            Violation(importer: "FeatureB", imported: "FeatureC", chains: [
                [link("FeatureB", "FeatureC", "Sources/FeatureB/Cart.swift", [5])],
            ]),
            Violation(importer: "FeatureC", imported: "FeatureA", chains: [
                [link("FeatureC", "FeatureA", "Sources/FeatureC/<Beta> & Co.swift", [1])],
            ]),
            Violation(importer: "FeatureC", imported: "FeatureB", chains: [
                [link("FeatureC", "FeatureB", "Sources/FeatureC/<Beta> & Co.swift", [2])],
            ]),
        ])

    static let acyclic = ContractResult(
        metadata: ContractMetadata(id: "acyclic", name: "No cycles among shop packages", type: "acyclic_siblings"),
        violations: [
            Violation(importer: "shop.catalog", imported: "shop.orders", chains: [
                [link("shop.catalog.search", "shop.orders.history", "src/shop/catalog/search.py", [8])],
            ], note: "Cycle: shop.catalog -> shop.orders -> shop.catalog"),
        ])

    static let protectedDB = ContractResult(
        metadata: ContractMetadata(id: "protected-db", name: "Only <repositories> & 'migrations' touch \"db\"", type: "protected"),
        violations: [])

    static let report = Report(
        summary: Report.Summary(files: 42, modules: 57, imports: 311),
        results: [pureDomain, layers, features, acyclic, protectedDB])

    /// A baseline accepting one import (FeatureA -> FeatureB), naming one fixed and one orphaned entry.
    static let baseline = BaselineMarks(
        known: [DirectImportKey(contractID: "features", importer: "FeatureA", imported: "FeatureB")],
        stale: ["features: FeatureA -> FeatureD (fixed)", "gone: a -> b (no contract has this id any more)"])

    /// `report` checked against `baseline`.
    static let baselinedReport = Report(summary: report.summary, results: report.results, baseline: baseline)

    /// `report` with fixed times per contract, as CheckRun measures them.
    static let timedReport = Report(summary: report.summary, results: report.results,
                                    seconds: ["pure-domain": 0.0123, "layers": 1.5, "features": 0.0004, "acyclic": 0, "protected-db": 2.0005])
}
