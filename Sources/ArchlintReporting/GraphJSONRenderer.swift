import ArchlintGraph

/// `archlint graph --format json`: every module and every import statement (DESIGN §4).
public struct GraphJSONRenderer: Sendable {
    public init() {}

    /// The whole graph as JSON, modules sorted by name, imports by importer, imported, path, line.
    public func render(_ graph: ImportGraph) -> String {
        let modules: [JSONWriter.Value] = graph.modules.map { module in
            var members: [(String, JSONWriter.Value)] = [
                ("name", .string(module.name.rawValue)),
                ("language", .string(module.language.rawValue)),
                ("kind", .string(module.kind.rawValue)),
            ]
            if let path = module.path { members.append(("path", .string(path))) }
            return .object(members)
        }
        let imports: [JSONWriter.Value] = graph.allStatements.map { statement in
            var members: [(String, JSONWriter.Value)] = [
                ("importer", .string(statement.importer.rawValue)),
                ("imported", .string(statement.imported.rawValue)),
                ("path", .string(statement.location.path)),
                ("line", .int(statement.location.line)),
                ("conditional", .bool(statement.isConditional)),
                ("type_checking", .bool(statement.isTypeChecking)),
            ]
            if statement.importedFullName != statement.imported {
                members.append(("full_name", .string(statement.importedFullName.rawValue)))
            }
            if let condition = statement.condition { members.append(("condition", .string(condition))) }
            return .object(members)
        }
        return JSONWriter().render(.object([("modules", .array(modules)), ("imports", .array(imports))]))
    }
}
