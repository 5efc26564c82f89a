import Core
import FeatureCatalog
import FeatureCheckout
import FeatureProfile
import Networking

let catalog = CatalogViewModel(client: OfflineClient())
var checkout = CheckoutViewModel()
for product in try await catalog.products() { checkout.add(product) }
checkout.summary.forEach { print($0) }
print(ProfileViewModel(name: "Ada", spent: checkout.total).greeting)
