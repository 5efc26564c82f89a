import Testing
@testable import ArchlintGraph

@Suite struct ByteOrderTests {
    /// Long shared prefixes (compared eight bytes at a time), differences at every offset, one
    /// string a prefix of the other, and bytes above 0x7F all order as their UTF-8 bytes do.
    @Test func precedesAgreesWithTheBytes() {
        var generator = SplitMix64(seed: 0x0B7E)
        let alphabet: [Character] = ["a", "b", ".", "_", "é", "z", "0"]
        var words: [String] = []
        for length in 0..<40 {
            for _ in 0..<6 {
                words.append(String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
            }
        }
        words += ["ansible_collections.community.general", "ansible_collections.community.general.plugins",
                  "ansible_collections.community.generaL", "ansible_collections.community.genera"]
        for lhs in words {
            for rhs in words {
                #expect(ByteOrder.precedes(lhs, rhs) == Array(lhs.utf8).lexicographicallyPrecedes(Array(rhs.utf8)))
            }
        }
    }
}
