import Testing
@testable import ArchlintScanning

/// The products and package name of a manifest: what a dependent package's `.product(name:)`
/// entries resolve to when the dependency's manifest is on disk.
@Suite struct SwiftManifestProductsTests {
    private func read(_ source: String) -> SwiftPackageManifest { SwiftPackageManifest.read(Array(source.utf8)) }

    @Test func librariesExecutablesAndPluginProductsWithTheirTargets() {
        let manifest = read("""
            // swift-tools-version: 5.9
            import PackageDescription

            let core = "Core"
            let package = Package(
                name: "swift-shop",
                products: [
                    .library(name: "Shop", targets: [core, "ShopUI"]),
                    .library(name: "ShopDynamic", type: .dynamic, targets: ["Core"]),
                    .executable(name: "shop-tool", targets: ["Tool"]),
                    .plugin(name: "Gen", targets: ["GenPlugin"]),
                ],
                targets: [
                    .target(name: "Core"),
                    .plugin(name: "GenPlugin", capability: .buildTool()),
                ]
            )
            """)
        #expect(manifest.name == "swift-shop")
        #expect(manifest.products.map { "\($0.name) \($0.kind.rawValue) \($0.targets) \($0.line)" } == [
            "Shop library [\"Core\", \"ShopUI\"] 8", "ShopDynamic library [\"Core\"] 9", "shop-tool executable [\"Tool\"] 10",
            "Gen plugin [\"GenPlugin\"] 11",
        ])
    }

    @Test func productsInEveryIfBranchJoinAndDeadBranchesDrop() {
        let manifest = read("""
            // swift-tools-version: 5.9
            import PackageDescription

            var products: [Product] = [.library(name: "Kit", targets: ["Kit"])]
            #if os(Linux)
            products.append(.library(name: "Kit", targets: ["KitLinux"]))
            #else
            products.append(.library(name: "KitApple", targets: ["KitApple"]))
            #endif
            if false {
                products.append(.library(name: "Never", targets: ["Never"]))
            }
            let package = Package(name: "Kit", products: products, targets: [])
            """)
        #expect(manifest.products.map { "\($0.name) \($0.targets)" } == [
            "Kit [\"Kit\", \"KitLinux\"]", "KitApple [\"KitApple\"]",
        ])
    }
}

/// The module name a system library target is imported by.
@Suite struct ClangModuleMapTests {
    @Test func theFirstModuleDeclarationOutsideCommentsNamesTheModule() {
        let map = """
            // module Commented { }
            /* module AlsoCommented */
            module CZlib [system] {
                header "shim.h"
                link "z"
                export *
            }
            """
        #expect(ClangModuleMap.moduleName(Array(map.utf8)) == "CZlib")
        #expect(ClangModuleMap.moduleName(Array("framework module Kit {}".utf8)) == "Kit")
        #expect(ClangModuleMap.moduleName(Array("// nothing\n".utf8)) == nil)
    }
}
