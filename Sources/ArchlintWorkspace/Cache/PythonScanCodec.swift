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
        FileScanPayload.encode(
            finding: finding, scanned: scan.map { ($0.imports, $0.problems.map { ($0.line, $0.message) }) }
        ) { writer, item in
            writer.write(item.form == .plain ? 0 : 1)
            writer.write(item.level)
            writer.write(item.module)
            writer.write(item.names)
            writer.write(item.line)
            writer.write(item.isTypeChecking)
            writer.write(item.isLazy)
        }
    }

    /// Decodes a payload; nil when it is malformed (the file is then scanned afresh).
    init?(decoding payload: [UInt8]) {
        let decoded = FileScanPayload.decode(payload) { reader -> PythonImport? in
            guard let form = reader.readInt(), let level = reader.readInt(), let module = reader.readString(),
                  let names = reader.readStrings(), let line = reader.readInt(), let typeChecking = reader.readBool(),
                  let lazy = reader.readBool(), form == 0 || form == 1 else { return nil }
            return PythonImport(form: form == 0 ? .plain : .from, level: level, module: module, names: names,
                                line: line, isTypeChecking: typeChecking, isLazy: lazy)
        }
        guard let decoded else { return nil }
        finding = decoded.finding
        scan = decoded.scanned.map { scanned in
            PythonScan(imports: scanned.imports, problems: scanned.problems.map { PythonSourceProblem(line: $0.line, message: $0.message) })
        }
    }
}
