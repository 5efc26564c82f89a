import ArchlintContracts
import ArchlintConfigSyntax

/// Turns one element of `contracts` into a contract value: the options every type shares here,
/// each type's own options in its `ContractOptionDecoding` file under `ContractOptions/`.
enum ContractDecoder {

    static func decode(_ value: JSONValue, path: String, file: String, issues: inout [ConfigurationIssue]) -> (any Contract)? {
        guard var reader = ObjectReader(value, path: path, file: file, issues: &issues) else { return nil }
        defer { issues += reader.issues }
        let name = reader.string("name", required: true)
        let type = reader.string("type", required: true)
        let id = reader.string("id") ?? name.map(slug)
        if let id, id.isEmpty { reader.issue("\"id\" must not be empty") }
        var ignores: [ImportExpression] = []
        for line in reader.strings("ignore_imports") ?? [] {
            if let expression = ImportExpression(parsing: line.text) { ignores.append(expression) } else {
                reader.issue(at: line.value, path: line.path, "\"\(line.text)\" is not an import expression; write \"importer -> imported\"")
            }
        }
        var alerting = UnmatchedIgnoreAlerting.error
        if let text = reader.string("unmatched_ignore_imports_alerting") {
            if let parsed = UnmatchedIgnoreAlerting(rawValue: text) { alerting = parsed } else {
                let value = reader.member("unmatched_ignore_imports_alerting")!
                reader.issue(at: value, path: reader.childPath("unmatched_ignore_imports_alerting"),
                             "\"\(text)\" is not one of error, warn, none")
            }
        }
        let guidance = reader.string("broken_contract_guidance")
        _ = reader.string("description")
        guard let type, let id, let name else {
            // Without a type the options cannot be checked; report what is known so far.
            return nil
        }
        guard let typeDecoder = typeDecoders[type] else {
            var message = "unknown contract type \"\(type)\""
            if let suggestion = NameSuggestion.closest(to: type, among: Array(typeDecoders.keys)) {
                message += "; did you mean \"\(suggestion)\"?"
            } else {
                message += " (known types: \(typeDecoders.keys.sorted().joined(separator: ", ")))"
            }
            let typeValue = reader.member("type")!
            reader.issue(at: typeValue, path: reader.childPath("type"), message)
            return nil
        }
        let metadata = ContractMetadata(id: id, name: name, type: type, ignoreImports: ignores,
                                        unmatchedIgnoreImportsAlerting: alerting, brokenContractGuidance: guidance)
        let before = reader.issues.count
        let contract: (any Contract)? = typeDecoder.decodeOptions(&reader, metadata: metadata)
        reader.rejectUnknownKeys()
        return reader.issues.count == before ? contract : nil
    }

    /// `Domain is pure` → `domain-is-pure`: a default id from the name.
    static func slug(_ name: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in name.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash && !result.isEmpty { result += "-" }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result
    }
}
