import ArchlintScanning

/// What the cache keeps of one Python file: the source check's finding and the raw scan, both
/// independent of other files (resolution, which depends on the module set, runs every time).
struct PythonFileScan: Sendable {
    let finding: PythonSourceCheck.Finding?
    /// Nil when the file was not scanned (binary).
    let scan: PythonScan?
}

extension PythonFileScan {
    /// The cache payload.
    func encoded() -> [UInt8] {
        var writer = ByteWriter()
        writer.write(finding)
        guard let scan else {
            writer.write(false)
            return writer.bytes
        }
        writer.write(true)
        writer.write(scan.imports.count)
        for item in scan.imports {
            writer.write(item.form == .plain ? 0 : 1)
            writer.write(item.level)
            writer.write(item.module)
            writer.write(item.names)
            writer.write(item.line)
            writer.write(item.isTypeChecking)
            writer.write(item.isLazy)
        }
        writer.write(scan.problems.count)
        for problem in scan.problems {
            writer.write(problem.line)
            writer.write(problem.message)
        }
        return writer.bytes
    }

    /// Decodes a payload; nil when it is malformed (the file is then scanned afresh).
    init?(decoding payload: [UInt8]) {
        var reader = ByteReader(payload)
        guard let finding = reader.readFinding() else { return nil }
        self.finding = finding
        guard let scanned = reader.readBool() else { return nil }
        guard scanned else {
            scan = nil
            if !reader.isAtEnd { return nil }
            return
        }
        guard let count = reader.readInt(), count >= 0, count <= payload.count else { return nil }
        var imports: [PythonImport] = []
        imports.reserveCapacity(count)
        for _ in 0..<count {
            guard let form = reader.readInt(), let level = reader.readInt(), let module = reader.readString(),
                  let names = reader.readStrings(), let line = reader.readInt(), let typeChecking = reader.readBool(),
                  let lazy = reader.readBool(), form == 0 || form == 1 else { return nil }
            imports.append(PythonImport(form: form == 0 ? .plain : .from, level: level, module: module, names: names,
                                        line: line, isTypeChecking: typeChecking, isLazy: lazy))
        }
        guard let problemCount = reader.readInt(), problemCount >= 0, problemCount <= payload.count else { return nil }
        var problems: [PythonSourceProblem] = []
        for _ in 0..<problemCount {
            guard let line = reader.readInt(), let message = reader.readString() else { return nil }
            problems.append(PythonSourceProblem(line: line, message: message))
        }
        guard reader.isAtEnd else { return nil }
        scan = PythonScan(imports: imports, problems: problems)
    }
}
