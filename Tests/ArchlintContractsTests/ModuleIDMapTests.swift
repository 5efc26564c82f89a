@testable import ArchlintContracts
import Testing

/// The map answers the same whether it chose an array (many entries) or a dictionary (few).
struct ModuleIDMapTests {
    @Test(arguments: [(expected: 900, modules: 1_000), (expected: 3, modules: 1_000)])
    func givesWhatWasStoredAndMinusOneElsewhere(expected: Int, modules: Int) {
        var map = ModuleIDMap(expectedCount: expected, moduleCount: modules)
        for id in stride(from: 0, to: modules, by: 7) { map[Int32(id)] = Int32(id % 5) }
        map[14] = 9
        for id in 0..<modules {
            let stored: Int32 = id == 14 ? 9 : (id % 7 == 0 ? Int32(id % 5) : -1)
            #expect(map[Int32(id)] == stored)
        }
    }
}
