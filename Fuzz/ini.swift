import ArchlintConfigSyntax

// libFuzzer target (issue 15): one `setup.cfg` / `.importlinter`'s bytes through the INI reader,
// then every section's items read (which interpolates their values, configparser's
// BasicInterpolation: the part most likely to loop or blow up). Built and run by
// scripts/fuzz-config.sh ini SECONDS.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let document: INIDocument
    do {
        document = try INIReader.parse(bytes)
    } catch {
        if !(error.line >= 1 && error.column >= 1) {
            fatalError("fuzz invariant broken: INI error at \(error.line):\(error.column)")
        }
        return 0
    }
    for section in document.sections {
        _ = try? document.items(in: section.name)
    }
    return 0
}
