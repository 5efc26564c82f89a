#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import ArchlintFiles

/// Cache files held where they lie: the same bytes as a plain read whether mapped or read, a file
/// cut short while held is refused rather than read past its end, and (Linux) a mapped file
/// cannot be cut short while it is held.
@Suite struct FileBytesTests {
    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = "/tmp/archlint-bytes-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileWriter.write(bytes, to: path).get()
        return path
    }

    @Test func smallAndLargeFilesHoldWhatAReadGives() throws {
        for size in [0, 100, 1 << 16, 3 << 20 + 5] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
            let path = try temporaryFile(bytes)
            defer { unlink(path) }
            let file = try FileBytes.open(path, limit: FileContents.cacheMaximumSize).get()
            #expect(file.count == size)
            #expect(file.fill(through: 10))
            #expect(file.fill(through: file.count))
            #expect(Array(file.bytes) == bytes)
            #expect(Array(file.filledBytes(size / 2..<size)) == Array(bytes[(size / 2)...]))
        }
    }

    @Test func aFileTooLargeOrNotAFileIsRefused() throws {
        let path = try temporaryFile([UInt8](repeating: 7, count: 100))
        defer { unlink(path) }
        #expect(throws: FileContents.ReadError.tooLarge(bytes: 100)) { try FileBytes.open(path, limit: 99).get() }
        #expect(throws: FileContents.ReadError.notRegularFile) { try FileBytes.open("/dev/null", limit: 99).get() }
    }

    @Test func aReadFileCutShortAfterOpeningIsRefused() throws {
        let path = try temporaryFile([UInt8](repeating: 7, count: 1000))
        defer { unlink(path) }
        let file = try FileBytes.open(path, limit: FileContents.cacheMaximumSize).get()
        #expect(!file.isMapped)
        #expect(file.fill(through: 100))
        try #require(truncate(path, 500) == 0)
        #expect(!file.fill(through: file.count))
    }

    #if os(Linux)
    /// The lease: while the mapping is held, opening the file for writing (here without waiting,
    /// which would last until the lease's break time) is refused; once let go, it is not.
    @Test func aMappedFileCannotBeCutShortWhileHeld() throws {
        let path = try temporaryFile([UInt8](repeating: 7, count: 1 << 20))
        defer { unlink(path) }
        var file: FileBytes? = try FileBytes.open(path, limit: FileContents.cacheMaximumSize).get()
        // Leases can be turned off (fs.leases-enable) or missing on some file systems: then it is read.
        guard file!.isMapped else { return }
        let refused = open(path, O_WRONLY | O_NONBLOCK)
        #expect(refused < 0 && errno == EWOULDBLOCK)
        if refused >= 0 { close(refused) }
        #expect(file!.bytes.allSatisfy { $0 == 7 })
        file = nil
        let allowed = open(path, O_WRONLY | O_NONBLOCK)
        #expect(allowed >= 0)
        if allowed >= 0 { close(allowed) }
    }
    #endif
}
