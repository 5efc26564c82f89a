import Testing
import ArchlintGraph
@testable import ArchlintScanning

@Suite struct ExternalNamesTests {
    private func name(_ text: String, in names: inout ExternalNames) -> ModuleName {
        var text = text
        return text.withUTF8 { names.name($0, hash: ModuleNameTable.hash($0)) }
    }

    @Test func aNameAskedForAgainIsTheValueMadeFirst() {
        var names = ExternalNames()
        let first = name("ansible.module_utils.basic.AnsibleModule", in: &names)
        let again = name("ansible.module_utils.basic.AnsibleModule", in: &names)
        #expect(first == again && first.rawValue == "ansible.module_utils.basic.AnsibleModule")
        #expect(first.byteHash == ModuleName("ansible.module_utils.basic.AnsibleModule").byteHash)
        #expect(names.count == 1)
    }

    @Test func namesThatDifferStayApartThroughRehashing() {
        var names = ExternalNames()
        let made = (0..<500).map { name("pkg\($0 % 7).sub\($0)", in: &names) }
        #expect(names.count == 500)
        for (index, value) in made.enumerated() {
            #expect(value.rawValue == "pkg\(index % 7).sub\(index)")
            #expect(name("pkg\(index % 7).sub\(index)", in: &names) == value)
        }
        #expect(names.count == 500)
        // A prefix, and the empty name, are names of their own.
        #expect(name("pkg1", in: &names).rawValue == "pkg1")
        #expect(name("", in: &names).rawValue == "")
        #expect(names.count == 502)
    }
}
