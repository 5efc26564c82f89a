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

    // MARK: files a walk listed (open, read, close)

    private func temporaryFile(size: Int, sparse: Bool = false) throws -> String {
        let path = "/tmp/archlint-listed-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        if sparse {
            try #require(ftruncate(descriptor, off_t(size)) == 0)
        } else {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
            try #require(bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, size) } == size)
        }
        return path
    }

    /// Sizes around the first buffer (64 KiB) and its doublings: a read that fills the buffer
    /// exactly must not be taken for the end of the file.
    @Test(arguments: [0, 1, 4095, 65535, 65536, 65537, 131072, 300_001])
    func aListedFileIsReadWhole(size: Int) throws {
        let path = try temporaryFile(size: size)
        defer { unlink(path) }
        var reader = SourceFileReader()
        let listed = reader.withContents(ofListedFile: path) { Array($0) }
        #expect(listed == FileContents.read(path))
        #expect((try? listed.get())?.count == size)
        // The same reader again, after its buffer grew.
        #expect(reader.withContents(ofListedFile: path) { $0.count } == .success(size))
    }

    @Test func aListedFileLargerThanTheLimitIsRefusedWithItsSize() throws {
        let size = FileContents.maximumSize + 1
        let path = try temporaryFile(size: size, sparse: true)
        defer { unlink(path) }
        var reader = SourceFileReader()
        #expect(reader.withContents(ofListedFile: path) { $0.count } == .failure(.tooLarge(bytes: size)))
    }

    /// A device that never ends, or a FIFO put where a listed file was, neither hangs nor reads forever.
    @Test func aListedDeviceOrFIFOIsNotReadForever() throws {
        var reader = SourceFileReader()
        #expect(reader.withContents(ofListedFile: "/dev/zero") { $0.count } == .failure(.notRegularFile))
        #expect(reader.withContents(ofListedFile: "/dev/null") { $0.count } == .success(0))
        #expect(reader.withContents(ofListedFile: "/nonexistent-\(getpid())") { $0.count } == .failure(.cannotOpen(errno: ENOENT)))
        let path = "/tmp/archlint-fifo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try #require(mkfifo(path, 0o644) == 0)
        defer { unlink(path) }
        // No writer: at once, as an empty file (the walk never lists a FIFO as a file).
        #expect(reader.withContents(ofListedFile: path) { $0.count } == .success(0))
    }

    /// Issue 16: a million files make a workspace cache of 460 MB; read with the source limit it
    /// was refused, so every warm run of such a workspace scanned every file again.
    @Test func aCacheFileIsReadPastTheSourceLimit() throws {
        let size = FileContents.maximumSize + 4096
        let path = try temporaryFile(size: size, sparse: true)
        defer { unlink(path) }
        #expect(FileContents.read(path) == .failure(.tooLarge(bytes: size)))
        #expect((try? FileContents.read(path, limit: FileContents.cacheMaximumSize).get())?.count == size)
    }
}
