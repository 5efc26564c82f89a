import Core

/// What the shop sells, and for how much.
package struct Catalog: Sendable {
    package var prices: [String: Price]
    package init(prices: [String: Price]) { self.prices = prices }
}
