import ArchlintContracts
import ArchlintGraph

extension ContractDecoder {
    /// Every contract type, by the name written in `"type"`.
    static let typeDecoders: [String: TypeDecoder] = [
        "forbidden": decodeForbidden,
    ]

    /// Module expressions of a list option; `required` lists must be present and non-empty.
    static func expressions(_ key: String, in reader: inout ObjectReader, required: Bool) -> [ModuleExpression] {
        guard let list = reader.strings(key, required: required, nonEmpty: required) else { return [] }
        var result: [ModuleExpression] = []
        for item in list {
            if let problem = expressionProblem(item.text) {
                reader.issue(at: item.value, path: item.path, "\"\(item.text)\" is not a module expression: \(problem)")
            } else {
                result.append(ModuleExpression(item.text))
            }
        }
        return result
    }

    /// Why `text` is not a dotted name with optional `*`/`**` segments, or nil when it is fine.
    static func expressionProblem(_ text: String) -> String? {
        if text.isEmpty { return "it is empty" }
        if text.contains(" ") { return "it contains a space" }
        for segment in text.split(separator: ".", omittingEmptySubsequences: false) {
            if segment.isEmpty { return "it has an empty segment" }
            if segment.contains("**") && segment != "**" { return "`**` must stand alone between dots" }
        }
        return nil
    }

    private static func decodeForbidden(_ reader: inout ObjectReader, _ metadata: ContractMetadata) -> (any Contract)? {
        let sources = expressions("source_modules", in: &reader, required: true)
        let forbidden = expressions("forbidden_modules", in: &reader, required: true)
        let indirect = reader.bool("allow_indirect_imports") ?? false
        let asPackages = reader.bool("as_packages") ?? true
        return ForbiddenContract(metadata: metadata, sourceModules: sources, forbiddenModules: forbidden,
                                 allowIndirectImports: indirect, asPackages: asPackages)
    }
}
