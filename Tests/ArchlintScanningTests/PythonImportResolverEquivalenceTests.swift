import ArchlintGraph
import Testing
@testable import ArchlintScanning

/// The byte-level resolver against the String-based one it replaced (`StringImportResolver`), on
/// random workspaces and imports: names that are prefixes of others (`a.b`, `a.bc`), dotted root
/// packages, relative imports beyond the top, star imports, duplicates on one line, externals
/// dropped or kept.
@Suite struct PythonImportResolverEquivalenceTests {
    private static let segments = ["a", "b", "bc", "c", "ns", "x", "é"]

    private static func dotted(_ count: Int, _ random: inout SplitMix64) -> String {
        (0..<count).map { _ in segments.randomElement(using: &random)! }.joined(separator: ".")
    }

    @Test(arguments: 0..<40)
    func resolvesAsTheStringResolverDid(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed) &* 7919 &+ 1)
        let dottedRoots = seed % 3 == 0
        let roots = dottedRoots ? ["ns.a", "ns.bc.x"] : ["a", "bc"]
        var names: [ModuleName] = roots.map { ModuleName($0) }
        for _ in 0..<30 {
            let root = roots.randomElement(using: &random)!
            let depth = Int.random(in: 0...3, using: &random)
            names.append(ModuleName(depth == 0 ? root : root + "." + Self.dotted(depth, &random)))
        }
        let includeExternals = seed % 2 == 0
        let fast = PythonImportResolver(modules: names, rootPackages: roots, includeExternals: includeExternals)
        let reference = StringImportResolver(modules: Set(names), rootPackages: roots, includeExternals: includeExternals)
        for _ in 0..<20 {
            var imports: [PythonImport] = []
            var line = 1
            for _ in 0..<12 {
                if Bool.random(using: &random) { line += 1 }
                if Int.random(in: 0..<3, using: &random) == 0 {
                    imports.append(PythonImport(form: .plain, module: Self.dotted(Int.random(in: 1...4, using: &random), &random), line: line))
                } else {
                    let level = Int.random(in: 0...3, using: &random)
                    let module = level > 0 && Bool.random(using: &random) ? "" : Self.dotted(Int.random(in: 1...3, using: &random), &random)
                    let imported = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                        Int.random(in: 0..<6, using: &random) == 0 ? "*" : Self.segments.randomElement(using: &random)!
                    }
                    imports.append(PythonImport(form: .from, level: level, module: module, names: imported, line: line,
                                                isTypeChecking: Bool.random(using: &random)))
                }
            }
            let importer = names.randomElement(using: &random)!
            let isPackage = Bool.random(using: &random)
            // The byte resolver reads the records and arena the imports make; the reference, the Strings.
            let scan = PythonScan(imports: imports)
            let got = fast.resolve(scan, importer: importer, importerIsPackage: isPackage, path: "p.py")
            let want = reference.resolve(scan.imports, importer: importer, importerIsPackage: isPackage, path: "p.py")
            #expect(got.statements == want.statements, "\(importer) \(imports)")
            #expect(got.problems == want.problems)
            #expect(got.externalNames == want.externalNames)
        }
    }
}
