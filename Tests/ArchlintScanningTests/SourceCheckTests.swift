import Testing
@testable import ArchlintScanning

/// `SourceCheck` reads only the bytes it is given, whatever their count: the buffer handed to it
/// is usually a prefix of a larger, reused one.
@Suite struct SourceCheckTests {
    /// `text` followed, in the same allocation, by bytes that would be findings if read.
    private func check(_ text: String, followedBy tail: [UInt8] = [0, 0xFF, 0]) -> SourceCheck.Finding? {
        let bytes = Array(text.utf8) + tail
        return bytes.withUnsafeBufferPointer { SourceCheck.check(UnsafeBufferPointer(rebasing: $0.prefix(text.utf8.count))) }
    }

    @Test(arguments: [0, 1, 7, 8, 31, 32, 33, 64, 96, 100, 127, 128, 129, 256, 300])
    func asciiOfAnyLengthIsFineAndNothingPastTheEndIsRead(length: Int) {
        let text = String(repeating: "import a\n", count: 20).prefix(length)
        #expect(check(String(text)) == nil)
    }

    @Test func findingsAreSeenWhereverTheyFallInAWord() {
        for offset in [0, 5, 31, 32, 40, 63] {
            var text = Array(String(repeating: "x", count: 64).utf8)
            text[offset] = 0
            #expect(text.withUnsafeBufferPointer { SourceCheck.check($0) } == .binary(line: 1))
            text[offset] = 0xC3  // a lead byte with no continuation
            #expect(text.withUnsafeBufferPointer { SourceCheck.check($0) } == .invalidUTF8(line: 1))
        }
        #expect(check(String(repeating: "a", count: 40) + "é\n" + String(repeating: "b", count: 40)) == nil)
    }

    /// Through the 128-byte, 64-byte and 16-byte blocks and the byte-by-byte end alike: a NUL, a
    /// byte that is not UTF-8 and a valid multibyte character at every offset of 300 bytes, with
    /// a line break every 50 to count lines by.
    @Test func findingsAreSeenAtEveryOffsetOfEveryBlockSize() {
        let text = Array(String(repeating: String(repeating: "x", count: 49) + "\n", count: 6).utf8)
        for offset in text.indices where text[offset] != UInt8(ascii: "\n") {
            var bytes = text
            bytes[offset] = 0
            #expect(bytes.withUnsafeBufferPointer { SourceCheck.check($0) } == .binary(line: offset / 50 + 1))
            bytes[offset] = 0x80
            #expect(bytes.withUnsafeBufferPointer { SourceCheck.check($0) } == .invalidUTF8(line: offset / 50 + 1))
            bytes[offset] = 0x7F
            #expect(bytes.withUnsafeBufferPointer { SourceCheck.check($0) } == nil)
            bytes.replaceSubrange(offset...offset, with: Array("é".utf8))
            #expect(bytes.withUnsafeBufferPointer { SourceCheck.check($0) } == nil)
        }
    }
}
