import ArchlintContracts

extension IndependenceContract: ContractOptionDecoding {
    static func decodeOptions(_ reader: inout ObjectReader, metadata: ContractMetadata) -> IndependenceContract? {
        let modules = ContractDecoder.expressions("modules", in: &reader, required: true)
        return IndependenceContract(metadata: metadata, modules: modules)
    }
}
