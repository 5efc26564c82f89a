import ArchlintConfigSyntax

// libFuzzer target (issue 15): one `contracts.json`'s bytes through the JSON reader. Any input
// gives a value or a syntax error; the error's position lies inside the input. A broken
// invariant stops the run like a crash, and libFuzzer keeps the input.
// Built and run by scripts/fuzz-config.sh json SECONDS.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        _ = try JSONParser.parse(bytes)
    } catch {
        let lines = 1 + bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        if !(error.line >= 1 && error.line <= lines && error.column >= 1) {
            fatalError("fuzz invariant broken: JSON error at \(error.line):\(error.column) of \(lines) lines")
        }
    }
    return 0
}
