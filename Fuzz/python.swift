import ArchlintGraph
import ArchlintScanning

/// The importer every input is resolved as: deep enough that relative imports up to three dots
/// resolve and further ones are reported.
private let resolver = PythonImportResolver(
    modules: ["pkg", "pkg.sub", "pkg.sub.mod", "pkg.sub.other", "pkg.util"], rootPackages: ["pkg"])

/// One Python file's bytes through what archlint does with it: the source check, the import
/// scanner and the resolver.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let finding = PythonSourceCheck.check(bytes)
    let scan = PythonImportScanner.scan(bytes)
    // The one-pass check and scan archlint runs gives both answers exactly.
    let (checkedFinding, checkedScan) = PythonImportScanner.checkAndScan(bytes)
    require(checkedFinding == finding, "checkAndScan's finding differs from the check's")
    if case .binary = finding {
        require(checkedScan == nil, "checkAndScan scanned a binary file")
    } else {
        require(
            checkedScan?.records == scan.records && checkedScan?.nameBytes == scan.nameBytes && checkedScan?.problems == scan.problems,
            "checkAndScan's scan differs from the scan")
    }
    let lines = lineCount(bytes)
    for record in scan.records { require(record.line >= 1 && record.line <= lines, "import line \(record.line) of \(lines)") }
    for problem in scan.problems { require(problem.line >= 1 && problem.line <= lines, "problem line \(problem.line) of \(lines)") }
    require(PythonScan(validating: scan.nameBytes, records: scan.records, problems: scan.problems) != nil, "scan fails its own validation")
    let resolution = resolver.resolve(scan, importer: "pkg.sub.mod", importerIsPackage: false, path: "pkg/sub/mod.py")
    require(resolution.statements.count <= scan.records.count, "more statements than names")
    // The records and the `PythonImport` values they view resolve alike.
    let viewed = resolver.resolve(scan.imports, importer: "pkg.sub.mod", importerIsPackage: false, path: "pkg/sub/mod.py")
    require(viewed.statements == resolution.statements && viewed.problems == resolution.problems, "records and view differ")
    return 0
}
