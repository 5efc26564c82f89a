/// Shared by every fuzz target (compiled into each): what must hold for any input, whatever the
/// reader made of it. A broken invariant stops the run like a crash, and libFuzzer keeps the input.

/// Number of lines in `bytes` as the scanners count them: `\n`, `\r\n` and a lone `\r` end one.
func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var lines = 1
    var index = 0
    while index < bytes.count {
        if bytes[index] == UInt8(ascii: "\n") {
            lines += 1
        } else if bytes[index] == UInt8(ascii: "\r") {
            lines += 1
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
        }
        index += 1
    }
    return lines
}

/// Stops the run when `condition` is false, naming what broke.
func require(_ condition: Bool, _ what: @autoclosure () -> String) {
    if !condition { fatalError("fuzz invariant broken: \(what())") }
}
