import ArchlintGraph
import ArchlintScanning

/// A Swift file's scan as the cache keeps it.
package typealias SwiftFileScan = FileScan<SwiftSourceScan>

extension SwiftSourceScan: CacheableScan {
    package var problemRecords: [(line: Int, message: String)] { problems.map { ($0.line, $0.message) } }

    package func writeImports(to writer: inout ByteWriter) {
        writer.write(imports.count)
        for item in imports { Self.write(item, to: &writer) }
    }

    package init?(readingImportsFrom reader: inout ByteReader<[UInt8]>, problemRecords: [(line: Int, message: String)]) {
        guard let count = reader.readInt(), count >= 0, count <= reader.remainingCount else { return nil }
        var imports: [SwiftImport] = []
        imports.reserveCapacity(count)
        for _ in 0..<count {
            guard let item = Self.read(from: &reader) else { return nil }
            imports.append(item)
        }
        self.init(imports: imports, problems: problemRecords.map { SwiftLexProblem(line: $0.line, message: $0.message) })
    }

    static func write(_ item: SwiftImport, to writer: inout ByteWriter) {
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

    static func read(from reader: inout ByteReader<[UInt8]>) -> SwiftImport? {
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
}
