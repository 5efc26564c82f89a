import Core

/// What the shop sells, and for how much.
public struct Catalog: Sendable {
    public var prices: [String: Price]
    public init(prices: [String: Price]) { self.prices = prices }
}
