import ArchlintContracts
import ArchlintGraph
import Testing
@testable import ArchlintReporting

@Suite struct ViolationTextTests {
    @Test func headlinesSayWhatKindOfRuleIsBroken() {
        let plain = Violation(importer: "app.low", imported: "app.high", chains: [])
        #expect(ContractTypes.wording(for: "layers").headline(plain) == "app.low is not allowed to import app.high (a higher layer):")
        let bypass = Violation(importer: "app.high", imported: "app.low", chains: [], note: "…", kind: .closedLayerBypass)
        #expect(ContractTypes.wording(for: "layers").headline(bypass) == "app.high is not allowed to import app.low (below a closed layer):")
        let undeclared = Violation(importer: "app.extra", imported: "app", chains: [], kind: .undeclaredModule)
        #expect(ContractTypes.wording(for: "layers").headline(undeclared) == "app.extra is not listed as a layer of app:")
        #expect(ContractTypes.wording(for: "forbidden").headline(plain) == "app.low is not allowed to import app.high:")
    }
}
