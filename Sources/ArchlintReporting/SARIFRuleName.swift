/// SARIF asks for a rule `name` that reads as an identifier.
enum SARIFRuleName {
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
