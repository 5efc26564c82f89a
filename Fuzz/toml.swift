import ArchlintConfigSyntax

// libFuzzer target (issue 15): one `pyproject.toml`'s bytes through the TOML reader. Any input
// gives a table or a syntax error whose position lies inside the input.
// Built and run by scripts/fuzz-config.sh toml SECONDS.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        _ = try TOMLReader.parse(bytes)
    } catch {
        // TOML ends lines with LF (CR only before LF); one more line for an error after the last one.
        let lines = 1 + bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        if !(error.line >= 1 && error.line <= lines && error.column >= 1) {
            fatalError("fuzz invariant broken: TOML error at \(error.line):\(error.column) of \(lines) lines")
        }
    }
    return 0
}
