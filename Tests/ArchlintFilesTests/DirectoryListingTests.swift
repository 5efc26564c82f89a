#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import ArchlintFiles

@Suite struct DirectoryListingTests {
    /// A `readdir` record is only as long as its name; the kernel's buffer can end right after
    /// it. Reading the name must stay inside the record (copying `d_name` whole crashed).
    @Test func anEntryNameIsReadInPlaceEvenAtTheEndOfMappedMemory() throws {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let mapped = try #require(mmap(nil, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
        try #require(mapped != MAP_FAILED)
        defer { munmap(mapped, 2 * page) }
        // The second page becomes unreadable: any byte read past the first one faults.
        try #require(mprotect(mapped + page, page, PROT_NONE) == 0)
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        // A record whose name "ab" and its NUL are the last bytes of the readable page.
        let recordStart = (page - nameOffset - 3) & ~7
        let record = mapped + recordStart
        let name: [UInt8] = [UInt8(ascii: "a"), UInt8(ascii: "b"), 0]
        (record + nameOffset).copyMemory(from: name, byteCount: 3)
        let entry = record.bindMemory(to: dirent.self, capacity: 1)
        #expect(Array(DirectoryListing.entryName(entry)) == [UInt8(ascii: "a"), UInt8(ascii: "b")])
    }
}
