import ArchlintContracts

extension LayersContract: ContractOptionDecoding {
    /// `layers`: each entry a line (`"a | b"`, `"a : b"`, `"(optional)"`) or `{"layer": line, "closed": true}`.
    static func decodeOptions(_ reader: inout ObjectReader, metadata: ContractMetadata) -> LayersContract? {
        let containers = ContractDecoder.expressions("containers", in: &reader, required: false)
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
