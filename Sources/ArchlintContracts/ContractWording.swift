/// What a contract type says about itself and its violations, in every report format.
package struct ContractWording: Sendable, Hashable {
    /// One sentence: what a contract of this type requires (SARIF's rule descriptions).
    package let purpose: String
    /// The headline of an `.imports` violation, with `{importer}` and `{imported}` in it.
    package let violationTemplate: String
    /// True when chains sharing their middle print as one collapsed route, as import-linter
    /// prints layers and independence chains; other types list every chain on its own.
    package let groupsChainsByRoute: Bool

    package init(purpose: String, violationTemplate: String, groupsChainsByRoute: Bool = false) {
        self.purpose = purpose
        self.violationTemplate = violationTemplate
        self.groupsChainsByRoute = groupsChainsByRoute
    }

    /// For a type the registry does not know (never for a contract read from a configuration).
    package static func unknown(_ type: String) -> ContractWording {
        ContractWording(purpose: "A \(type) contract.", violationTemplate: "{importer} is not allowed to import {imported}:")
    }

    /// `shop.domain is not allowed to import requests:` and the like.
    package func headline(_ violation: Violation) -> String {
        switch violation.kind {
        case .undeclaredModule:
            return "\(violation.importer) is not listed as a layer of \(violation.imported):"
        case .closedLayerBypass:
            return "\(violation.importer) is not allowed to import \(violation.imported) (below a closed layer):"
        case .cycleBreaker, .imports:
            return violationTemplate.replacingPlaceholder("{importer}", with: violation.importer.rawValue)
                .replacingPlaceholder("{imported}", with: violation.imported.rawValue)
        }
    }
}

extension String {
    /// The text with the first `placeholder` replaced (templates hold each placeholder once).
    fileprivate func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        guard let range = firstRange(of: placeholder) else { return self }
        return self[..<range.lowerBound] + value + self[range.upperBound...]
    }
}
