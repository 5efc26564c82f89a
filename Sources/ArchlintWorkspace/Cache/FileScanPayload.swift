import ArchlintScanning

/// The cache payload of one file, in either language: the source check's finding, whether the
/// file was scanned, then its imports (each written by the language's codec) and its lexical
/// problems as line and message.
enum FileScanPayload {
    typealias Problem = (line: Int, message: String)

    static func encode<Import>(
        finding: SourceCheck.Finding?, scanned: (imports: [Import], problems: [Problem])?,
        writeImport: (inout ByteWriter, Import) -> Void
    ) -> [UInt8] {
        var writer = ByteWriter()
        writer.write(finding)
        guard let scanned else {
            writer.write(false)
            return writer.bytes
        }
        writer.write(true)
        writer.write(scanned.imports.count)
        for item in scanned.imports { writeImport(&writer, item) }
        writer.write(scanned.problems.count)
        for problem in scanned.problems {
            writer.write(problem.line)
            writer.write(problem.message)
        }
        return writer.bytes
    }

    /// What `encode` wrote; nil when the payload is malformed (the file is then scanned afresh).
    static func decode<Import>(
        _ payload: [UInt8], readImport: (inout ByteReader) -> Import?
    ) -> (finding: SourceCheck.Finding?, scanned: (imports: [Import], problems: [Problem])?)? {
        var reader = ByteReader(payload)
        guard let finding = reader.readFinding(), let scanned = reader.readBool() else { return nil }
        guard scanned else { return reader.isAtEnd ? (finding, nil) : nil }
        guard let count = reader.readInt(), count >= 0, count <= payload.count else { return nil }
        var imports: [Import] = []
        imports.reserveCapacity(count)
        for _ in 0..<count {
            guard let item = readImport(&reader) else { return nil }
            imports.append(item)
        }
        guard let problemCount = reader.readInt(), problemCount >= 0, problemCount <= payload.count else { return nil }
        var problems: [Problem] = []
        for _ in 0..<problemCount {
            guard let line = reader.readInt(), let message = reader.readString() else { return nil }
            problems.append((line, message))
        }
        guard reader.isAtEnd else { return nil }
        return (finding, (imports, problems))
    }
}
