import ArchlintContracts

extension DeclaredDependenciesContract: ContractOptionDecoding {
    /// `modules` (optional module expressions) and `unused` (`error`, `warn` or `none`).
    static func decodeOptions(_ reader: inout ObjectReader, metadata: ContractMetadata) -> DeclaredDependenciesContract? {
        let modules = ContractDecoder.expressions("modules", in: &reader, required: false)
        var unused = UnusedAlerting.error
        if let text = reader.string("unused") {
            if let parsed = UnusedAlerting(rawValue: text) { unused = parsed } else {
                reader.issue(at: reader.member("unused")!, path: reader.childPath("unused"), "\"\(text)\" is not one of error, warn, none")
            }
        }
        return DeclaredDependenciesContract(metadata: metadata, modules: modules, unused: unused)
    }
}
