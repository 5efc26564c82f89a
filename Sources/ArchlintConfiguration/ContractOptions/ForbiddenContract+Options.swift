import ArchlintContracts

extension ForbiddenContract: ContractOptionDecoding {
    static func decodeOptions(_ reader: inout ObjectReader, metadata: ContractMetadata) -> ForbiddenContract? {
        let sources = ContractDecoder.expressions("source_modules", in: &reader, required: true)
        let forbidden = ContractDecoder.expressions("forbidden_modules", in: &reader, required: true)
        let indirect = reader.bool("allow_indirect_imports") ?? false
        let asPackages = reader.bool("as_packages") ?? true
        return ForbiddenContract(metadata: metadata, sourceModules: sources, forbiddenModules: forbidden,
                                 allowIndirectImports: indirect, asPackages: asPackages)
    }
}
