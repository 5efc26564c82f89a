import ArchlintCommands
/// A small parser for `--flag value`, `--flag=value` and boolean flags, with errors that name the
/// offending argument. Each command lists the options it accepts; anything else is a usage error.
struct ArgumentParser {
    struct UsageError: Error {
        let message: String
    }

    private var arguments: ArraySlice<String>

    init(_ arguments: ArraySlice<String>) { self.arguments = arguments }

    var isEmpty: Bool { arguments.isEmpty }

    /// The next argument if it is not an option.
    mutating func nextPositional() -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") || first == "-" else { return nil }
        arguments = arguments.dropFirst()
        return first
    }

    /// Takes the next option: its name and, for valued options, its value.
    mutating func nextOption(valued: Set<String>, flags: Set<String>) throws(UsageError) -> (name: String, value: String?)? {
        guard let first = arguments.first else { return nil }
        arguments = arguments.dropFirst()
        guard first.hasPrefix("-"), first != "-" else {
            throw UsageError(message: "unexpected argument '\(first)'")
        }
        var name = first
        var inlineValue: String?
        if let equals = first.firstIndex(of: "=") {
            name = String(first[..<equals])
            inlineValue = String(first[first.index(after: equals)...])
        }
        if flags.contains(name) {
            if inlineValue != nil { throw UsageError(message: "option \(name) takes no value") }
            return (name, nil)
        }
        guard valued.contains(name) else {
            let known = (valued.union(flags)).sorted()
            var message = "unknown option '\(name)'"
            if let near = CommandLineSupport.closest(to: name, among: known) {
                message += "; did you mean '\(near)'?"
            }
            throw UsageError(message: message)
        }
        if let inlineValue { return (name, inlineValue) }
        guard let value = arguments.first else { throw UsageError(message: "option \(name) needs a value") }
        arguments = arguments.dropFirst()
        return (name, value)
    }

    /// Parses a value that must be one of an enumeration's cases.
    static func choice<T: RawRepresentable & CaseIterable>(_ value: String, for option: String) throws(UsageError) -> T where T.RawValue == String {
        guard let parsed = T(rawValue: value) else {
            throw UsageError(message: "option \(option): '\(value)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return parsed
    }
}
