import ArchlintContracts

extension ContractDecoder {
    /// Every contract type, by the name written in `"type"`.
    static let typeDecoders: [String: TypeDecoder] = [:]
}
