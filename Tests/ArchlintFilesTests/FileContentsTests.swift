#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Testing
@testable import ArchlintFiles

@Suite struct FileContentsTests {
    /// Issue 15 #3: opening a FIFO for reading waits for a writer, forever when none comes. The
    /// reader must refuse it at once. (Should it block, a writer comes after two seconds, so
    /// the test fails rather than hangs.)
    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        let path = "/tmp/archlint-fifo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try #require(mkfifo(path, 0o644) == 0)
        defer { unlink(path) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 2) {
            // Fails harmlessly (ENXIO) when no reader has it open.
            let descriptor = open(path, O_WRONLY | O_NONBLOCK)
            if descriptor >= 0 { close(descriptor) }
        }
        #expect(FileContents.read(path) == .failure(.notRegularFile))
    }

    @Test func aFolderOrADeviceIsNoFileEither() {
        #expect(FileContents.read("/tmp") == .failure(.notRegularFile) || FileContents.read("/tmp") == .failure(.cannotRead(errno: EISDIR)))
        #expect(FileContents.read("/dev/null") == .failure(.notRegularFile))
    }
}
