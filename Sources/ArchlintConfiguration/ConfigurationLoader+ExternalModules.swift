import ArchlintContracts
import ArchlintConfigSyntax

extension ConfigurationLoader {
    /// Without external packages the graph holds no module outside the root packages, so a
    /// forbidden contract naming one could never break: import-linter refuses it, and so does archlint.
    static func externalForbiddenIssues(_ contracts: [any Contract], elements: [JSONValue], python: PythonSettings?,
                                        file: String) -> [ConfigurationIssue] {
        guard let python, !python.includeExternalPackages, contracts.count == elements.count else { return [] }
        var issues: [ConfigurationIssue] = []
        for (index, contract) in contracts.enumerated() {
            guard let forbidden = contract as? ForbiddenContract else { continue }
            for expression in forbidden.forbiddenModules where !isInside(expression.text, python.rootPackages) {
                let value = position(of: expression.text, in: elements[index]) ?? elements[index]
                issues.append(ConfigurationIssue(
                    file: file, jsonPath: "contracts[\(index)].forbidden_modules", line: value.line, column: value.column,
                    message: "\"\(expression.text)\" is an external module, and external packages are not included: the contract could never break",
                    hint: "set include_external_packages to true (import-linter: \"include_external_packages = True\" at the top level)"))
            }
        }
        return issues
    }

    private static func isInside(_ name: String, _ roots: [String]) -> Bool {
        roots.contains { name == $0 || name.hasPrefix($0 + ".") }
    }

    /// The element of `forbidden_modules` written as `text`.
    private static func position(of text: String, in contract: JSONValue) -> JSONValue? {
        guard case .object(let members) = contract.kind,
              case .array(let list)? = members.first(where: { $0.key == "forbidden_modules" })?.value.kind else { return nil }
        return list.first { element in
            if case .string(let written) = element.kind { return written == text }
            return false
        }
    }
}
