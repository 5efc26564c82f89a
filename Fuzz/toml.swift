import ArchlintConfigSyntax

/// One `pyproject.toml`'s bytes through the TOML reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? TOMLReader.parse(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
