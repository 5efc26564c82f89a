import ArchlintContracts

/// A contract type whose own options (beside `name`, `id`, `ignore_imports`… which every type
/// shares) this target reads from a configuration. Each type conforms in a file of its own
/// here; `ContractDecoder.decodableTypes` lists them.
protocol ContractOptionDecoding: ContractType {
    /// The contract from its object's options; nil after recording issues on `reader`.
    static func decodeOptions(_ reader: inout ObjectReader, metadata: ContractMetadata) -> Self?
}
