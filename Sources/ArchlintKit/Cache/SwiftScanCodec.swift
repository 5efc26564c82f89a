import ArchlintGraph
import ArchlintScanning

/// What the cache keeps of one Swift file: the source check's finding and the raw scan.
struct SwiftFileScan: Sendable {
    let finding: SourceCheck.Finding?
    /// Nil when the file was not scanned (binary).
    let scan: SwiftSourceScan?
}

extension SwiftFileScan {
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
            writer.write(item.path)
            writer.write(item.line)
            writer.write(item.kind?.rawValue ?? "")
            writer.write(Int(item.attributes.rawValue))
            writer.write(item.attributeNames)
            writer.write(item.accessLevel?.rawValue ?? "")
            writer.write(item.isConditional)
            writer.write(item.condition != nil)
            writer.write(item.condition ?? "")
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
        var imports: [SwiftImport] = []
        imports.reserveCapacity(count)
        for _ in 0..<count {
            guard let path = reader.readStrings(), let line = reader.readInt(), let kindText = reader.readString(),
                  let attributeBits = reader.readInt(), let names = reader.readStrings(), let accessText = reader.readString(),
                  let conditional = reader.readBool(), let hasCondition = reader.readBool(), let conditionText = reader.readString(),
                  (0...255).contains(attributeBits) else { return nil }
            let kind = kindText.isEmpty ? nil : SwiftImportKind(rawValue: kindText)
            let access = accessText.isEmpty ? nil : ImportAccessLevel(rawValue: accessText)
            if (!kindText.isEmpty && kind == nil) || (!accessText.isEmpty && access == nil) { return nil }
            imports.append(SwiftImport(path: path, line: line, kind: kind, attributes: ImportAttributes(rawValue: UInt8(attributeBits)),
                                       attributeNames: names, accessLevel: access, isConditional: conditional,
                                       condition: hasCondition ? conditionText : nil))
        }
        guard let problemCount = reader.readInt(), problemCount >= 0, problemCount <= payload.count else { return nil }
        var problems: [SwiftLexProblem] = []
        for _ in 0..<problemCount {
            guard let line = reader.readInt(), let message = reader.readString() else { return nil }
            problems.append(SwiftLexProblem(line: line, message: message))
        }
        guard reader.isAtEnd else { return nil }
        scan = SwiftSourceScan(imports: imports, problems: problems)
    }
}
