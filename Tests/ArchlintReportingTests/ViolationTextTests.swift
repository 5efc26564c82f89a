import ArchlintContracts
import ArchlintGraph
import Testing
@testable import ArchlintReporting

@Suite struct ViolationTextTests {
    @Test func headlinesSayWhatKindOfRuleIsBroken() {
        let plain = Violation(importer: "app.low", imported: "app.high", chains: [])
        #expect(ViolationText.headline(plain, type: "layers") == "app.low is not allowed to import app.high (a higher layer):")
        let bypass = Violation(importer: "app.high", imported: "app.low", chains: [], note: "…", kind: .closedLayerBypass)
        #expect(ViolationText.headline(bypass, type: "layers") == "app.high is not allowed to import app.low (below a closed layer):")
        let undeclared = Violation(importer: "app.extra", imported: "app", chains: [], kind: .undeclaredModule)
        #expect(ViolationText.headline(undeclared, type: "layers") == "app.extra is not listed as a layer of app:")
        #expect(ViolationText.headline(plain, type: "forbidden") == "app.low is not allowed to import app.high:")
    }
}
