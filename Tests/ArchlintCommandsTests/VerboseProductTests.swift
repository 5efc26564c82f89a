import Foundation
import Testing

/// `--verbose` says where each declared product's modules came from (issue 13 item 2).
@Suite struct VerboseProductTests {
    @Test func eachProductSaysWhereItsModulesCameFrom() throws {
        let outcome = try ArchlintProcess.run(["check", "--verbose"], in: ArchlintProcess.fixture("swift-declared"))
        let lines = outcome.stderr.split(separator: "\n").filter { $0.hasPrefix("archlint: product ") }
        #expect(lines.contains("archlint: product swift-collections/Collections: modules Collections, DequeModule, OrderedCollections (from .build/checkouts/swift-collections/Package.swift)"))
        #expect(lines.contains("archlint: product swift-log/Logging: module Logging (no checkout found: the product's name is taken as its module's)"))
    }
}
