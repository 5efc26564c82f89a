import ArchlintGraph

/// `archlint graph --format json`: every module and every import statement (DESIGN §4).
///
/// Written straight into one byte buffer (the same text `JSONWriter` would produce), because a
/// graph of tens of thousands of statements made the generic value tree the slowest part of
/// `archlint graph`.
public struct GraphJSONRenderer: Sendable {
    public init() {}

    /// The whole graph as JSON, modules sorted by name, imports by importer, imported, path, line.
    public func render(_ graph: ImportGraph) -> String {
        var out = ByteOutput()
        out.reserve(graph.moduleCount * 120 + graph.statementCount * 200)
        out.append("{\n  \"modules\": [")
        for (index, module) in graph.modules.enumerated() {
            out.append(index == 0 ? "\n    {\n" : ",\n    {\n")
            out.member("name", module.name.rawValue)
            out.append(",\n")
            out.member("language", module.language.rawValue)
            out.append(",\n")
            out.member("kind", module.kind.rawValue)
            if let path = module.path {
                out.append(",\n")
                out.member("path", path)
            }
            out.append("\n    }")
        }
        out.append(graph.moduleCount == 0 ? "],\n  \"imports\": [" : "\n  ],\n  \"imports\": [")
        for (index, statement) in graph.allStatements.enumerated() {
            out.append(index == 0 ? "\n    {\n" : ",\n    {\n")
            out.member("importer", statement.importer.rawValue)
            out.append(",\n")
            out.member("imported", statement.imported.rawValue)
            out.append(",\n")
            out.member("path", statement.location.path)
            out.append(",\n      \"line\": ")
            out.append(String(statement.location.line))
            out.append(statement.isConditional ? ",\n      \"conditional\": true" : ",\n      \"conditional\": false")
            out.append(statement.isTypeChecking ? ",\n      \"type_checking\": true" : ",\n      \"type_checking\": false")
            if statement.importedFullName != statement.imported {
                out.append(",\n")
                out.member("full_name", statement.importedFullName.rawValue)
            }
            if let condition = statement.condition {
                out.append(",\n")
                out.member("condition", condition)
            }
            out.append("\n    }")
        }
        out.append(graph.statementCount == 0 ? "]\n}\n" : "\n  ]\n}\n")
        return out.string
    }
}

/// A growing UTF-8 buffer with the few JSON pieces the graph renderer needs.
private struct ByteOutput {
    private var bytes: [UInt8] = []

    mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// `      "key": "value"` at the indentation of an import's or module's members.
    mutating func member(_ key: String, _ value: String) {
        bytes.append(contentsOf: "      \"".utf8)
        bytes.append(contentsOf: key.utf8)
        bytes.append(contentsOf: "\": ".utf8)
        if value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            var escaped = ""
            JSONWriter.appendString(value, to: &escaped)
            bytes.append(contentsOf: escaped.utf8)
        } else {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: value.utf8)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
