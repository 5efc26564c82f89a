import ArchlintScanning

/// A Python file's scan as the cache keeps it.
package typealias PythonFileScan = FileScan<PythonScan>

extension PythonScan: CacheableScan {
    package var problemRecords: [(line: Int, message: String)] { problems.map { ($0.line, $0.message) } }

    /// The byte arena as one block, then the records, each field a varint.
    package func writeImports(to writer: inout ByteWriter) {
        writer.write(nameBytes)
        writer.write(records.count)
        for record in records {
            writer.write(Int(record.moduleStart))
            writer.write(Int(record.moduleCount))
            writer.write(Int(record.nameStart))
            writer.write(Int(record.nameCount))
            writer.write(Int(record.line))
            writer.write(Int(record.level))
            writer.write(Int(record.flags.rawValue))
        }
    }

    /// Refuses fields out of range and records outside the arena (`PythonScan(validating:…)`).
    package init?(readingImportsFrom reader: inout ByteReader<[UInt8]>, problemRecords: [(line: Int, message: String)]) {
        guard let arena = reader.readBytes(), let count = reader.readInt(), count >= 0, count <= reader.remainingCount
        else { return nil }
        var records: [PythonImportRecord] = []
        records.reserveCapacity(count)
        for _ in 0..<count {
            guard let moduleStart = Self.readUInt32(&reader), let moduleCount = Self.readUInt32(&reader),
                let nameStart = Self.readUInt32(&reader), let nameCount = Self.readUInt32(&reader),
                let line = Self.readUInt32(&reader), let level = Self.readUInt32(&reader),
                let flags = reader.readInt(), (0...Int(UInt8.max)).contains(flags)
            else { return nil }
            records.append(
                PythonImportRecord(
                    moduleStart: moduleStart, moduleCount: moduleCount, nameStart: nameStart, nameCount: nameCount,
                    line: line, level: level, flags: PythonImportRecord.Flags(rawValue: UInt8(flags))))
        }
        self.init(
            validating: Array(arena), records: records,
            problems: problemRecords.map { PythonSourceProblem(line: $0.line, message: $0.message) })
    }

    private static func readUInt32(_ reader: inout ByteReader<[UInt8]>) -> UInt32? {
        guard let value = reader.readInt(), value >= 0, value <= Int(UInt32.max) else { return nil }
        return UInt32(value)
    }
}
