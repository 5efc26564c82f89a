import Catalog
import Core

let catalog = Catalog(prices: ["tea": Price(cents: 350)])
print(catalog.prices.count)
