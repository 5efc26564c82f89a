import ArchlintContracts
import ArchlintGraph

extension ContractDecoder {
    /// Every contract type, by the name written in `"type"`.
    static let typeDecoders: [String: TypeDecoder] = [
        "forbidden": decodeForbidden,
        "independence": decodeIndependence,
        "layers": decodeLayers,
        "protected": decodeProtected,
        "acyclic_siblings": decodeAcyclicSiblings,
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

    private static func decodeForbidden(_ reader: inout ObjectReader, _ metadata: ContractMetadata) -> (any Contract)? {
        let sources = expressions("source_modules", in: &reader, required: true)
        let forbidden = expressions("forbidden_modules", in: &reader, required: true)
        let indirect = reader.bool("allow_indirect_imports") ?? false
        let asPackages = reader.bool("as_packages") ?? true
        return ForbiddenContract(metadata: metadata, sourceModules: sources, forbiddenModules: forbidden,
                                 allowIndirectImports: indirect, asPackages: asPackages)
    }

    private static func decodeIndependence(_ reader: inout ObjectReader, _ metadata: ContractMetadata) -> (any Contract)? {
        let modules = expressions("modules", in: &reader, required: true)
        return IndependenceContract(metadata: metadata, modules: modules)
    }

    private static func decodeProtected(_ reader: inout ObjectReader, _ metadata: ContractMetadata) -> (any Contract)? {
        let protected = expressions("protected_modules", in: &reader, required: true)
        let allowed = expressions("allowed_importers", in: &reader, required: false)
        let asPackages = reader.bool("as_packages") ?? true
        return ProtectedContract(metadata: metadata, protectedModules: protected, allowedImporters: allowed, asPackages: asPackages)
    }

    private static func decodeAcyclicSiblings(_ reader: inout ObjectReader, _ metadata: ContractMetadata) -> (any Contract)? {
        let ancestors = expressions("ancestors", in: &reader, required: true)
        let depth = reader.integer("depth", minimum: 0)
        let skipped = expressions("skip_descendants", in: &reader, required: false)
        return AcyclicSiblingsContract(metadata: metadata, ancestors: ancestors, depth: depth, skipDescendants: skipped)
    }

    /// `layers`: each entry a line (`"a | b"`, `"a : b"`, `"(optional)"`) or `{"layer": line, "closed": true}`.
    private static func decodeLayers(_ reader: inout ObjectReader, _ metadata: ContractMetadata) -> (any Contract)? {
        let containers = expressions("containers", in: &reader, required: false)
        let exhaustive = reader.bool("exhaustive") ?? false
        let ignores = reader.strings("exhaustive_ignores")?.map(\.text) ?? []
        var layers: [LayersContract.Layer] = []
        guard let list = reader.member("layers") else {
            reader.issue("missing required key \"layers\"")
            return nil
        }
        let listPath = reader.childPath("layers")
        guard case .array(let entries) = list.kind else {
            reader.issue(at: list, path: listPath, "expected an array of layers, found \(list.typeName)")
            return nil
        }
        if entries.isEmpty { reader.issue(at: list, path: listPath, "must not be empty") }
        var seen: [String: String] = [:]
        for (index, entry) in entries.enumerated() {
            let path = "\(listPath)[\(index)]"
            var line: String?
            var closed = false
            switch entry.kind {
            case .string(let text):
                line = text
            case .object:
                var issues: [ConfigurationIssue] = []
                if var object = ObjectReader(entry, path: path, file: reader.file, issues: &issues) {
                    line = object.string("layer", required: true)
                    closed = object.bool("closed") ?? false
                    object.rejectUnknownKeys()
                    issues += object.issues
                }
                for issue in issues { reader.issue(at: entry, path: issue.jsonPath, issue.message) }
            default:
                reader.issue(at: entry, path: path, "expected a layer (a string, or an object with \"layer\" and \"closed\"), found \(entry.typeName)")
            }
            guard let line else { continue }
            switch LayersContract.parseLayerLine(line, isClosed: closed) {
            case .failure(let error):
                reader.issue(at: entry, path: path, "\"\(line)\": \(error)")
            case .success(let layer):
                for member in layer.members {
                    if let earlier = seen[member.name] {
                        reader.issue(at: entry, path: path, "layer \"\(member.name)\" is listed twice (also at \(earlier))")
                    }
                    seen[member.name] = path
                }
                layers.append(layer)
            }
        }
        if exhaustive && containers.isEmpty {
            reader.issue("\"exhaustive\" needs \"containers\": the children of each container are what must all be layers")
        }
        return LayersContract(metadata: metadata, layers: layers, containers: containers, exhaustive: exhaustive,
                              exhaustiveIgnores: ignores)
    }
}
