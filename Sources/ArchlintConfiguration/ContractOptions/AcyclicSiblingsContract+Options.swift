import ArchlintContracts

extension AcyclicSiblingsContract: ContractOptionDecoding {
    static func decodeOptions(_ reader: inout ObjectReader, metadata: ContractMetadata) -> AcyclicSiblingsContract? {
        let ancestors = ContractDecoder.expressions("ancestors", in: &reader, required: true)
        let depth = reader.integer("depth", minimum: 0)
        let skipped = ContractDecoder.expressions("skip_descendants", in: &reader, required: false)
        return AcyclicSiblingsContract(metadata: metadata, ancestors: ancestors, depth: depth, skipDescendants: skipped)
    }
}
