import ArchlintScanning
import ArchlintFiles

/// The dependencies' manifests a package has on disk: `.build/checkouts/NAME/` after
/// `swift package resolve`, each read for its name and products, so that a product dependency's
/// modules are its product's targets rather than a guess from its name.
struct SwiftCheckouts: Sendable {
    /// One checked-out dependency.
    struct Checkout: Sendable {
        /// The folder's name under `.build/checkouts` (the repository's name, as SwiftPM names it).
        let folderName: String
        /// The manifest read, relative to the configuration folder.
        let manifestPath: String
        /// The `name:` of its `Package(…)`.
        let name: String?
        let products: [SwiftManifestProduct]
    }

    let checkouts: [Checkout]

    /// No checkout at all.
    static let none = SwiftCheckouts(checkouts: [])

    init(checkouts: [Checkout]) { self.checkouts = checkouts }

    /// Reads every checkout of the package in `packageFolder` (relative to `baseDirectory`).
    init(packageFolder: String, baseDirectory: String) {
        let folder = PathSyntax.join(packageFolder, ".build/checkouts")
        var found: [Checkout] = []
        for entry in DirectoryListing.entries(of: PathSyntax.join(baseDirectory, folder)) ?? []
        where entry.kind == .directory && !entry.name.hasPrefix(".") {
            let checkout = PathSyntax.join(folder, entry.name)
            let absolute = PathSyntax.join(baseDirectory, checkout)
            let names = (DirectoryListing.entries(of: absolute) ?? []).filter { $0.kind == .file }.map(\.name)
            guard let manifestName = SwiftPackageManifest.manifestFileName(
                among: names, current: SwiftToolchainVersion.current,
                toolsVersion: { name in
                    guard case .success(let bytes) = FileContents.read(PathSyntax.join(absolute, name)) else { return nil }
                    return SwiftPackageManifest.toolsVersion(of: bytes)
                }),
                case .success(let bytes) = FileContents.read(PathSyntax.join(absolute, manifestName))
            else { continue }
            let manifest = SwiftPackageManifest.read(bytes)
            found.append(Checkout(folderName: entry.name, manifestPath: PathSyntax.join(checkout, manifestName),
                                  name: manifest.name, products: manifest.products))
        }
        self.checkouts = found
    }

    /// The checkout and product a dependency names: with `package:`, the checkout whose folder or
    /// package name it is (SwiftPM compares identities without case); without, any checkout's
    /// product of that name (as SwiftPM looks a plain `"Name"` up among every dependency).
    func product(named name: String, package: String?) -> (checkout: Checkout, product: SwiftManifestProduct)? {
        let wanted = package?.lowercased()
        for checkout in checkouts {
            if let wanted, checkout.folderName.lowercased() != wanted, checkout.name?.lowercased() != wanted { continue }
            if let product = checkout.products.first(where: { $0.name == name }) { return (checkout, product) }
        }
        return nil
    }
}
