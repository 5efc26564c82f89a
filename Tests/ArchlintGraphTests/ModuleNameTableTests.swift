import Testing
@testable import ArchlintGraph

@Suite struct ModuleNameTableTests {
    private func index(_ table: ModuleNameTable, _ name: String) -> Int? {
        var name = name
        return name.withUTF8 { table.index(of: $0, hash: ModuleNameTable.hash($0)) }
    }

    @Test func findsEveryNameByItsBytesAndNothingElse() {
        let names = (0..<5_000).map { ModuleName("pkg.sub\($0 % 97).module_\($0)") }
        let table = ModuleNameTable(names)
        #expect(table.count == names.count)
        for (position, name) in names.enumerated() { #expect(index(table, name.rawValue) == position) }
        #expect(index(table, "pkg.sub1.module_") == nil)
        #expect(index(table, "pkg.sub1.module_1x") == nil)
        #expect(index(table, "") == nil)
    }

    @Test func keepsTheFirstOfARepeatedNameAndHandlesTheEmptyName() {
        let table = ModuleNameTable(["a", "a.b", "a", "", "a.bc"])
        #expect(table.names == ["a", "a.b", "", "a.bc"])
        #expect(index(table, "") == 2)
        #expect(index(table, "a.bc") == 3)
        #expect(index(table, "a.b") == 1)
    }

    @Test func theHashIsTheNamesHash() {
        var text = "ansible_collections.community.general"
        let hash = text.withUTF8 { ModuleNameTable.hash($0) }
        #expect(ModuleName(text).byteHash == hash)
        #expect(ModuleName(text, byteHash: hash) == ModuleName(text))
        var fnv = FNV1a()
        for byte in text.utf8 { fnv.combine(byte: byte) }
        #expect(fnv.value == hash)
    }

    private func interned(_ text: String, in table: inout ModuleNameTable) -> ModuleName {
        var text = text
        return text.withUTF8 { table.name(interning: $0, hash: ModuleNameTable.hash($0)) }
    }

    @Test func aNameInternedAgainIsTheValueMadeFirst() {
        var table = ModuleNameTable([])
        let first = interned("ansible.module_utils.basic.AnsibleModule", in: &table)
        let again = interned("ansible.module_utils.basic.AnsibleModule", in: &table)
        #expect(first == again && first.rawValue == "ansible.module_utils.basic.AnsibleModule")
        #expect(first.byteHash == ModuleName("ansible.module_utils.basic.AnsibleModule").byteHash)
        #expect(table.count == 1)
    }

    @Test func internedNamesThatDifferStayApartThroughRehashing() {
        var table = ModuleNameTable(["pkg1.sub1"])
        let made = (0..<500).map { interned("pkg\($0 % 7).sub\($0)", in: &table) }
        #expect(table.count == 500)
        for (index, value) in made.enumerated() {
            #expect(value.rawValue == "pkg\(index % 7).sub\(index)")
            #expect(interned("pkg\(index % 7).sub\(index)", in: &table) == value)
            #expect(self.index(table, "pkg\(index % 7).sub\(index)") != nil)
        }
        #expect(table.count == 500)
        // A prefix, and the empty name, are names of their own.
        #expect(interned("pkg1", in: &table).rawValue == "pkg1")
        #expect(interned("", in: &table).rawValue == "")
        #expect(table.count == 502)
    }
}
