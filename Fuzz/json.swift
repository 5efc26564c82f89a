#if canImport(ArchlintConfigSyntax)
import ArchlintConfigSyntax
#endif

/// One `contracts.json`'s bytes through the JSON parser: a value or a syntax error, whose
/// position lies inside the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        _ = try JSONParser.parse(bytes)
    } catch {
        let lines = bytes.withUnsafeBufferPointer(lineCount)
        require(error.line >= 1 && error.line <= lines && error.column >= 1, "error at \(error.line):\(error.column) of \(lines) lines")
    }
    return 0
}
