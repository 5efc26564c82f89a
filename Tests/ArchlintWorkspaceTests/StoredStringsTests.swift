import ArchlintFiles
import Testing
@testable import ArchlintWorkspace

/// The snapshot's string table, read where it lies: what was written comes back, and a table
/// whose counts or offsets are damaged is refused instead of read out of bounds.
@Suite struct StoredStringsTests {
    private func table(_ run: [UInt8]) -> StoredStrings? {
        var writer = ByteWriter()
        writer.write(run)
        let file = FileBytes(copying: writer.bytes)
        var reader = ByteReader(file)
        return StoredStrings(&reader, file)
    }

    @Test func stringsRoundTripAndDamageIsRefused() throws {
        for strings in [[], [""], ["a", "", "ansible_collections.community.general", "é/ü.py"]] {
            let read = try #require(table(StoredStrings.encode(strings)))
            #expect(read.count == strings.count)
            #expect((0..<read.count).map { read[$0] } == strings)
        }
        let encoded = StoredStrings.encode(["abc", "de"])
        for count in 0..<encoded.count { #expect(table(Array(encoded.prefix(count))) == nil, "cut to \(count)") }
        var backwards = encoded
        backwards[8] = 9  // the first string would end after the second
        #expect(table(backwards) == nil)
        var huge = encoded
        huge[3] = 0x7F  // a count far beyond the table
        #expect(table(huge) == nil)
    }
}
