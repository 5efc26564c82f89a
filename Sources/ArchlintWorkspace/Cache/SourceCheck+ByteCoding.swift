import ArchlintScanning

extension ByteWriter {
    /// A source check's finding: 0 none, 1 binary, 2 invalid UTF-8, then its line.
    mutating func write(_ finding: SourceCheck.Finding?) {
        switch finding {
        case nil: write(0)
        case .binary(let line): write(1); write(line)
        case .invalidUTF8(let line): write(2); write(line)
        }
    }
}

extension ByteReader {
    /// Reads what `ByteWriter.write(_: SourceCheck.Finding?)` wrote; `.none` when malformed.
    mutating func readFinding() -> SourceCheck.Finding?? {
        switch readInt() {
        case 0: return .some(nil)
        case 1: return readInt().map { .some(.binary(line: $0)) }
        case 2: return readInt().map { .some(.invalidUTF8(line: $0)) }
        default: return nil
        }
    }
}
