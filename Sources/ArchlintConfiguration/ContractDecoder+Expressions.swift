import ArchlintContracts
import ArchlintGraph

extension ContractDecoder {
    /// The option decoder of every contract type, by the name written in `"type"`. A type
    /// missing here is refused as unknown, and `ContractOptionDecodingTests` fails.
    static let typeDecoders: [String: any ContractOptionDecoding.Type] = Dictionary(
        uniqueKeysWithValues: decodableTypes.map { ($0.typeName, $0) })

    /// Every contract type whose options this target reads; the same as `ContractTypes.all`.
    static let decodableTypes: [any ContractOptionDecoding.Type] = [
        ForbiddenContract.self, IndependenceContract.self, LayersContract.self, ProtectedContract.self,
        AcyclicSiblingsContract.self,
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
        // As import-linter: two wildcards in a row leave the number of segments ambiguous.
        if text.contains("*.**") || text.contains("**.*") { return "a wildcard cannot be next to a recursive wildcard" }
        return nil
    }
}
