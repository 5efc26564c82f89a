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
    _ = PythonSourceCheck.check(bytes)
    let scan = PythonImportScanner.scan(bytes)
    let lines = lineCount(bytes)
    for item in scan.imports { require(item.line >= 1 && item.line <= lines, "import line \(item.line) of \(lines)") }
    for problem in scan.problems { require(problem.line >= 1 && problem.line <= lines, "problem line \(problem.line) of \(lines)") }
    let resolution = resolver.resolve(scan.imports, importer: "pkg.sub.mod", importerIsPackage: false, path: "pkg/sub/mod.py")
    require(resolution.statements.count <= scan.imports.reduce(0) { $0 + max($1.names.count, 1) }, "more statements than names")
    return 0
}
