import Testing
@testable import ArchlintGraph

@Suite struct GraphBuildingPartsTests {
    @Test func radixSortAgreesWithSort() {
        var generator = SplitMix64(seed: 0xD161)
        for bits in [1, 11, 12, 33, 64] {
            let mask: UInt64 = bits == 64 ? .max : (1 << UInt64(bits)) - 1
            var words = (0..<5_000).map { _ in generator.next() & mask }
            let expected = words.sorted()
            RadixSort.sort(&words, significantBits: bits)
            #expect(words == expected)
        }
        var few: [UInt64] = [5, 3, 9]
        RadixSort.sort(&few, significantBits: 4)
        #expect(few == [3, 5, 9])
    }

    @Test func moduleIndexRebuiltFromItsSlotsFindsTheSameIDs() throws {
        var index = ModuleIndex()
        let names = (0..<3_000).map { ModuleName("pkg.m\($0)") }
        // Inserted out of id order, as a graph under construction inserts them.
        for position in names.indices.reversed() { index.insert(names[position], id: ImportGraph.ModuleID(position)) }
        let rebuilt = try #require(ModuleIndex(names: names, slots: index.slotsByID))
        for (position, name) in names.enumerated() { #expect(rebuilt[name] == ImportGraph.ModuleID(position)) }
        #expect(rebuilt["pkg.m"] == nil)
        #expect(rebuilt.slotsByID == index.slotsByID)
    }

    @Test func moduleIndexRefusesSlotsThatCannotBeAnIndexOfTheNames() {
        var index = ModuleIndex()
        let names = (0..<100).map { ModuleName("pkg.m\($0)") }
        for (position, name) in names.enumerated() { index.insert(name, id: ImportGraph.ModuleID(position)) }
        let slots = index.slotsByID
        let used = slots.indices.filter { slots[$0] >= 0 }
        var repeated = slots
        repeated[used[1]] = slots[used[0]]
        var outOfRange = slots
        outOfRange[used[0]] = 100
        var missing = slots
        missing[used[0]] = -1
        for bad in [Array(slots.dropLast()), repeated, outOfRange, missing, [Int32](repeating: -1, count: 128), Array(slots.prefix(128))] {
            #expect(ModuleIndex(names: names, slots: bad) == nil)
        }
        #expect(ModuleIndex(names: [], slots: [Int32](repeating: -1, count: 16)) != nil)
    }

    @Test func moduleIndexFindsWhatWasInsertedAndRenumbers() {
        var index = ModuleIndex()
        let names = (0..<3_000).map { ModuleName("pkg.m\($0)") }
        for (position, name) in names.enumerated() {
            let inserted = index.insert(name, id: ImportGraph.ModuleID(position))
            #expect(inserted)
        }
        let again = index.insert("pkg.m7", id: 99)
        #expect(!again)
        #expect(index["pkg.m7"] == 7)
        #expect(index["pkg.m"] == nil)
        #expect(index.count == 3_000)
        index.renumber { 3_000 - $0 }
        #expect(index["pkg.m0"] == 3_000)
        #expect(index["pkg.m2999"] == 1)
    }
}
