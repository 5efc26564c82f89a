import ArchlintGraph

/// Adjacent chains of a violation that share everything but their first and last links, as
/// import-linter prints them collapsed: one chain, plus the other links into its middle
/// (`& importer`) and out of it (`& imported`).
public struct ChainRoute: Hashable, Sendable {
    /// The first of the chains.
    public let chain: Chain
    /// First links of the other chains, each into the same module as `chain`'s first link, sorted.
    public let extraFirsts: [ChainLink]
    /// Last links of the other chains, each from the same module as `chain`'s last link, sorted.
    public let extraLasts: [ChainLink]

    public init(chain: Chain, extraFirsts: [ChainLink] = [], extraLasts: [ChainLink] = []) {
        self.chain = chain
        self.extraFirsts = extraFirsts
        self.extraLasts = extraLasts
    }
}

extension Violation {
    /// The chains grouped into routes: adjacent chains of two or more links with the same middle
    /// modules form one route (layers and independence contracts list each route's chains together).
    public var routes: [ChainRoute] {
        var routes: [ChainRoute] = []
        var index = 0
        while index < chains.count {
            let chain = chains[index]
            var end = index + 1
            if chain.count >= 2 {
                while end < chains.count, Self.middle(of: chains[end]) == Self.middle(of: chain) { end += 1 }
            }
            let group = chains[index..<end]
            var firsts: [ChainLink] = [], lasts: [ChainLink] = []
            for member in group {
                if !firsts.contains(member[0]) { firsts.append(member[0]) }
                if !lasts.contains(member[member.count - 1]) { lasts.append(member[member.count - 1]) }
            }
            let main = chain.count < 2 ? chain : [firsts[0]] + chain.dropFirst().dropLast() + [lasts[0]]
            routes.append(ChainRoute(chain: main, extraFirsts: Array(firsts.dropFirst()), extraLasts: Array(lasts.dropFirst())))
            index = end
        }
        return routes
    }

    /// The links between the first and the last, or the one module joining them in a two-link chain.
    private static func middle(of chain: Chain) -> [ModuleName]? {
        guard chain.count >= 2 else { return nil }
        return chain.dropLast().map(\.imported)
    }
}
