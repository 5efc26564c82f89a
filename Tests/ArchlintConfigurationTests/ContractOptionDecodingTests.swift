import ArchlintContracts
import Testing
@testable import ArchlintConfiguration

/// The two lists a new contract type joins: the registry of types (words in reports) and the
/// option decoders (reading configurations) name the same types in the same order.
@Suite struct ContractOptionDecodingTests {
    @Test func everyContractTypeHasAnOptionDecoder() {
        #expect(ContractTypes.all.map { $0.typeName } == ContractDecoder.decodableTypes.map { $0.typeName })
        #expect(Set(ContractDecoder.typeDecoders.keys) == Set(ContractTypes.all.map { $0.typeName }))
    }

    @Test func everyTypesHeadlineNamesBothSides() {
        for type in ContractTypes.all {
            let template = type.wording.violationTemplate
            #expect(template.contains("{importer}") && template.contains("{imported}"), "\(type.typeName)")
            #expect(ContractTypes.wording(for: type.typeName) == type.wording)
        }
    }
}
