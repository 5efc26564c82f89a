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
        FileScanPayload.encode(
            finding: finding, scanned: scan.map { ($0.imports, $0.problems.map { ($0.line, $0.message) }) }
        ) { writer, item in
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
    }

    /// Decodes a payload; nil when it is malformed (the file is then scanned afresh).
    init?(decoding payload: [UInt8]) {
        let decoded = FileScanPayload.decode(payload) { reader -> SwiftImport? in
            guard let path = reader.readStrings(), let line = reader.readInt(), let kindText = reader.readString(),
                  let attributeBits = reader.readInt(), let names = reader.readStrings(), let accessText = reader.readString(),
                  let conditional = reader.readBool(), let hasCondition = reader.readBool(), let conditionText = reader.readString(),
                  (0...255).contains(attributeBits) else { return nil }
            let kind = kindText.isEmpty ? nil : SwiftImportKind(rawValue: kindText)
            let access = accessText.isEmpty ? nil : ImportAccessLevel(rawValue: accessText)
            if (!kindText.isEmpty && kind == nil) || (!accessText.isEmpty && access == nil) { return nil }
            return SwiftImport(path: path, line: line, kind: kind, attributes: ImportAttributes(rawValue: UInt8(attributeBits)),
                               attributeNames: names, accessLevel: access, isConditional: conditional,
                               condition: hasCondition ? conditionText : nil)
        }
        guard let decoded else { return nil }
        finding = decoded.finding
        scan = decoded.scanned.map { scanned in
            SwiftSourceScan(imports: scanned.imports, problems: scanned.problems.map { SwiftLexProblem(line: $0.line, message: $0.message) })
        }
    }
}
