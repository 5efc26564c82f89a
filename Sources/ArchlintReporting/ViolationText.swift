import ArchlintContracts

/// The one-sentence statement of a violation, shared by every format so they all say the same.
package enum ViolationText {
    /// `shop.domain is not allowed to import requests:` and the like, per contract type.
    package static func headline(_ violation: Violation, type: String) -> String {
        switch violation.kind {
        case .undeclaredModule:
            return "\(violation.importer) is not listed as a layer of \(violation.imported):"
        case .closedLayerBypass:
            return "\(violation.importer) is not allowed to import \(violation.imported) (below a closed layer):"
        case .cycleBreaker, .imports:
            break
        }
        switch type {
        case "layers":
            return "\(violation.importer) is not allowed to import \(violation.imported) (a higher layer):"
        case "independence":
            return "\(violation.importer) is not allowed to import \(violation.imported) (they must stay independent):"
        case "protected":
            return "\(violation.importer) is not allowed to import \(violation.imported) (protected):"
        case "acyclic_siblings":
            return "\(violation.importer) depends on \(violation.imported), closing a cycle among siblings:"
        default:
            return "\(violation.importer) is not allowed to import \(violation.imported):"
        }
    }
}
