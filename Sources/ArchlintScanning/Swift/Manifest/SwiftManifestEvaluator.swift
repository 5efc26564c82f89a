/// Evaluates the expressions manifests compute names, paths and conditions with: string
/// literals (with interpolation), `true`/`false`/`nil`, array literals, constants, bindings (a
/// loop variable, a closure's `$0`, a function's parameters), `==` `!=` `!` `&&` `||` `??` `+`
/// and `?:`, `.contains(…)`, `.lowercased()`, `.isEmpty`, optional chaining, and calls to
/// functions the manifest defines that return a value.
///
/// Environment variables are unset, whatever the form of the read (`environment["X"] == nil`,
/// `?? "default"`, `.contains(environment["X"]?.lowercased())`, `if let x = environment["X"]`).
/// Anything else is `.unknown`, and a condition that is unknown keeps every branch.
struct SwiftManifestEvaluator {
    let tokens: SwiftManifestTokens
    let declarations: SwiftManifestDeclarations
    /// How deep constants and calls are followed, so that a cycle cannot hang the reader.
    private static let maximumDepth = 16

    /// The value of the tokens in `range`.
    func value(_ range: Range<Int>, _ bindings: [String: SwiftManifestValue], depth: Int = 0) -> SwiftManifestValue {
        guard !range.isEmpty, depth < Self.maximumDepth else { return .unknown }
        var parser = Parser(evaluator: self, bindings: bindings, depth: depth, index: range.lowerBound, end: range.upperBound)
        let result = parser.ternary()
        return parser.index == range.upperBound ? result : .unknown
    }

    /// An `if` or `while` condition: clauses separated by commas, each a Boolean expression or
    /// an optional binding (`let x = expression`, true when the expression is not nil).
    func condition(_ range: Range<Int>, _ bindings: [String: SwiftManifestValue]) -> Bool? {
        var result: Bool? = true
        for clause in clauses(range) {
            var truth: Bool?
            let first = tokens[clause.lowerBound]
            if first.kind == .keyword && (first.keyword == .let || first.keyword == .var) {
                if let equal = clause.first(where: { tokens[$0].kind == .equal }) {
                    truth = value((equal + 1)..<clause.upperBound, bindings).map { value in
                        switch value {
                        case .null: return .bool(false)
                        case .unknown: return .unknown
                        default: return .bool(true)
                        }
                    }.truth
                }
            } else if first.kind == .keyword && first.keyword == .case {
                truth = nil
            } else {
                truth = value(clause, bindings).truth
            }
            if truth == false { return false }
            if truth == nil { result = nil }
        }
        return result
    }

    private func clauses(_ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var depth = 0
        var start = range.lowerBound
        for index in range {
            let token = tokens[index]
            if token.kind.opensBracket { depth += 1 } else if token.kind.closesBracket { depth -= 1 }
            if depth == 0 && token.kind == .comma {
                if start < index { parts.append(start..<index) }
                start = index + 1
            }
        }
        if start < range.upperBound { parts.append(start..<range.upperBound) }
        return parts
    }

    /// The value of a constant: every assignment's value, merged.
    func constant(_ name: String, depth: Int) -> SwiftManifestValue? {
        guard let constant = declarations.constants[name] else { return nil }
        return .merging(constant.values.map { value($0, [:], depth: depth + 1) })
    }

    /// The value a manifest function returns: its body's single expression or `return`s.
    func call(_ function: SwiftManifestDeclarations.Function, arguments: [Range<Int>],
                          _ bindings: [String: SwiftManifestValue], depth: Int) -> SwiftManifestValue {
        guard let parameters = bind(function, arguments: arguments, bindings, depth: depth) else { return .unknown }
        var returns: [SwiftManifestValue] = []
        var index = function.body.lowerBound
        while index < function.body.upperBound {
            if tokens[index].kind == .keyword, tokens[index].keyword == .return {
                let end = tokens.expressionEnd(from: index + 1)
                returns.append(value((index + 1)..<end, parameters, depth: depth + 1))
                index = end
            } else if tokens[index].kind == .keyword && (tokens[index].keyword == .if || tokens[index].keyword == .for) {
                return .unknown  // control flow: the value depends on more than one expression
            } else {
                index += 1
            }
        }
        if returns.isEmpty { return value(function.body, parameters, depth: depth + 1) }
        return .merging(returns)
    }

    /// The parameters of a call: each argument matched to its parameter by label, in order, and
    /// defaults for the rest; nil when the arguments do not fit.
    func bind(_ function: SwiftManifestDeclarations.Function, arguments: [Range<Int>],
              _ bindings: [String: SwiftManifestValue], depth: Int = 0) -> [String: SwiftManifestValue]? {
        var result: [String: SwiftManifestValue] = [:]
        var next = 0
        for argument in arguments {
            let (label, range) = tokens.labeled(argument)
            guard let position = function.parameters[next...].firstIndex(where: { $0.label == label }) else { return nil }
            for skipped in function.parameters[next..<position] {
                result[skipped.name] = skipped.defaultValue.map { value($0, [:], depth: depth + 1) } ?? .unknown
            }
            result[function.parameters[position].name] = value(range, bindings, depth: depth + 1)
            next = position + 1
        }
        for rest in function.parameters[next...] {
            result[rest.name] = rest.defaultValue.map { value($0, [:], depth: depth + 1) } ?? .unknown
        }
        return result
    }
}
