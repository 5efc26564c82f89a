import Core
// Reusing the catalog's label formatting couples two features that should stay independent:
// the "features" contract reports this import.
import FeatureCatalog

/// Sums a cart and describes it.
public struct CheckoutViewModel: Sendable {
    public private(set) var items: [Product] = []

    public init() {}

    public mutating func add(_ product: Product) { items.append(product) }

    public var total: Money { items.reduce(Money(cents: 0)) { $0 + $1.price } }

    public var summary: [String] { items.map(CatalogViewModel.label(for:)) + ["Total: \(total.formatted)"] }
}
