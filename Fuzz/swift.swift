import ArchlintGraph
import ArchlintScanning

/// One Swift file's bytes through the import scanner.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let scan = SwiftImportScanner.scan(bytes)
    let lines = lineCount(bytes)
    for item in scan.imports {
        require(item.line >= 1 && item.line <= lines, "import line \(item.line) of \(lines)")
        require(!item.path.isEmpty, "import without a path")
        // A condition is made of the file's own text plus a few bytes per clause: anything
        // much longer grows faster than the input (issue 15 #1).
        require((item.condition?.utf8.count ?? 0) <= 16 * size + 16, "condition of \(item.condition?.utf8.count ?? 0) bytes from \(size)")
        require(item.isConditional == (item.condition != nil), "conditional without condition")
    }
    for problem in scan.problems { require(problem.line >= 1 && problem.line <= lines, "problem line \(problem.line) of \(lines)") }
    return 0
}
