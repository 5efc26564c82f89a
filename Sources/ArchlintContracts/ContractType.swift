/// A kind of contract (`forbidden`, `layers`…): its name in configurations and its words in
/// reports, declared by the contract type itself so that no reporter switches on a type name.
/// Each type's options are read by its `ContractOptionDecoding` conformance in the
/// configuration target; `ContractTypes.all` lists the types.
package protocol ContractType: Contract {
    /// The name written in `"type"`.
    static var typeName: String { get }
    /// Its words in reports.
    static var wording: ContractWording { get }
}

/// The registry of contract types.
package enum ContractTypes {
    /// Every contract type, in the order help texts list them.
    package static let all: [any ContractType.Type] = [
        ForbiddenContract.self, IndependenceContract.self, LayersContract.self, ProtectedContract.self,
        AcyclicSiblingsContract.self,
    ]

    /// The words of the type named `name`.
    package static func wording(for name: String) -> ContractWording {
        all.first { $0.typeName == name }?.wording ?? .unknown(name)
    }
}
