import ArchlintContracts

extension ProtectedContract: ContractOptionDecoding {
    static func decodeOptions(_ reader: inout ObjectReader, metadata: ContractMetadata) -> ProtectedContract? {
        let protected = ContractDecoder.expressions("protected_modules", in: &reader, required: true)
        let allowed = ContractDecoder.expressions("allowed_importers", in: &reader, required: false)
        let asPackages = reader.bool("as_packages") ?? true
        return ProtectedContract(metadata: metadata, protectedModules: protected, allowedImporters: allowed, asPackages: asPackages)
    }
}
