/// Colour decisions: only on a terminal, never with `NO_COLOR` or `TERM=dumb`, unless forced.
enum Terminal {
    static func useColor(_ mode: ColorMode, environment: [String: String], isTerminal: Bool) -> Bool {
        switch mode {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isTerminal
        }
    }
}
