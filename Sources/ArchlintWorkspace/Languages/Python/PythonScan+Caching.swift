import ArchlintScanning

/// A Python file's scan as the cache keeps it.
package typealias PythonFileScan = FileScan<PythonScan>

extension PythonScan: CacheableScan {
    package var problemRecords: [(line: Int, message: String)] { problems.map { ($0.line, $0.message) } }

    package init(imports: [PythonImport], problemRecords: [(line: Int, message: String)]) {
        self.init(imports: imports, problems: problemRecords.map { PythonSourceProblem(line: $0.line, message: $0.message) })
    }

    package static func write(_ item: PythonImport, to writer: inout ByteWriter) {
        writer.write(item.form == .plain ? 0 : 1)
        writer.write(item.level)
        writer.write(item.module)
        writer.write(item.names)
        writer.write(item.line)
        writer.write(item.isTypeChecking)
        writer.write(item.isLazy)
    }

    package static func read(from reader: inout ByteReader) -> PythonImport? {
        guard let form = reader.readInt(), let level = reader.readInt(), let module = reader.readString(),
              let names = reader.readStrings(), let line = reader.readInt(), let typeChecking = reader.readBool(),
              let lazy = reader.readBool(), form == 0 || form == 1 else { return nil }
        return PythonImport(form: form == 0 ? .plain : .from, level: level, module: module, names: names,
                            line: line, isTypeChecking: typeChecking, isLazy: lazy)
    }
}
