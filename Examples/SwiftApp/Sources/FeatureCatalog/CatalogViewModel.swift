import Core
import Networking

/// Lists the products the server offers.
public struct CatalogViewModel: Sendable {
    let client: any HTTPClient

    public init(client: any HTTPClient) { self.client = client }

    public func products() async throws -> [Product] {
        let text = String(decoding: try await client.get("products"), as: UTF8.self)
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: ":")
            guard fields.count == 3, let cents = Int(fields[2]) else { return nil }
            return Product(id: String(fields[0]), name: String(fields[1]), price: Money(cents: cents))
        }
    }

    /// `Apple — 1.20`
    public static func label(for product: Product) -> String { "\(product.name) — \(product.price.formatted)" }
}
