import ArchlintGraph

/// `archlint graph --format json`: every module and every import statement (DESIGN §4).
///
/// Written straight into one byte buffer (the same text `JSONWriter` would produce), because a
/// graph of tens of thousands of statements made the generic value tree the slowest part of
/// `archlint graph`.
package struct GraphJSONRenderer: Sendable {
    package init() {}

    /// The whole graph as JSON, modules sorted by name, imports by importer, imported, path, line.
    package func render(_ graph: ImportGraph) -> String {
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
            // Only written when set, as grimp's is_lazy: lazy imports are still rare.
            if statement.isLazy { out.append(",\n      \"lazy\": true") }
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

/// A growing UTF-8 buffer with the few JSON pieces the graph renderer needs. Strings are copied
/// through their contiguous UTF-8 storage: the generic `UTF8View` paths were half of the
/// renderer's time.
private struct ByteOutput {
    private var bytes: [UInt8] = []

    mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// `      "key": "value"` at the indentation of an import's or module's members.
    package mutating func member(_ key: String, _ value: String) {
        bytes.append(contentsOf: [0x20, 0x20, 0x20, 0x20, 0x20, 0x20, UInt8(ascii: "\"")])
        append(key)
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":"), 0x20])
        var value = value
        let plain = value.withUTF8 { utf8 -> Bool in
            for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return false }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: utf8)
            bytes.append(UInt8(ascii: "\""))
            return true
        }
        if !plain {
            var escaped = ""
            JSONWriter.appendString(value, to: &escaped)
            append(escaped)
        }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
