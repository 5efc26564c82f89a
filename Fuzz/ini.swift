import ArchlintConfigSyntax

/// One `setup.cfg` / `.importlinter`'s bytes through the INI reader, every section's items read
/// (which interpolates their values).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let document = try? INIReader.parse(Array(UnsafeBufferPointer(start: data, count: size))) else { return 0 }
    for section in document.sections { _ = try? document.items(in: section.name) }
    return 0
}
