import ArchlintContracts
/// Words about a contract type, for formats that describe their rules (SARIF).
enum ContractTypeText {
    /// One sentence saying what a contract of `type` requires.
    static func purpose(of type: String) -> String {
        switch type {
        case "forbidden": return "A forbidden contract: the source modules must not import the forbidden modules."
        case "layers": return "A layers contract: no layer may import a layer above it."
        case "independence": return "An independence contract: the listed modules must not import each other."
        case "protected": return "A protected contract: only the allowed importers may import the protected modules."
        case "acyclic_siblings": return "An acyclic_siblings contract: sibling modules must not depend on each other in a cycle."
        default: return "A \(type) contract."
        }
    }

    /// `pure-domain` → `PureDomain`: SARIF asks for a rule `name` that reads as an identifier.
    static func identifier(from id: String) -> String {
        var out = ""
        var upper = true
        for scalar in id.unicodeScalars {
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else {
                upper = true
                continue
            }
            out += upper ? String(scalar).uppercased() : String(scalar)
            upper = false
        }
        return out.isEmpty ? "Contract" : out
    }
}
