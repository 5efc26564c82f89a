extension SwiftManifestReader {
    /// The entries of a `dependencies:` argument: an array literal (with `#if` branches, all
    /// read), constants holding one, `a + b`, and per entry `"Name"`, `.target(name:)`,
    /// `.product(name:package:)` or `.byName(name:)`. An entry it cannot read is a problem
    /// kept with the target, for the checks that use dependencies to report.
    func dependencies(in range: Range<Int>, _ bindings: [String: SwiftManifestValue], target: String,
                      problems: inout [SwiftLexProblem], depth: Int = 0) -> [SwiftManifestDependency]
    {
        guard !range.isEmpty, depth < 8 else { return [] }
        var result: [SwiftManifestDependency] = []
        // `a + b + [ … ]`: each operand.
        var operands: [Range<Int>] = []
        var start = range.lowerBound
        var nesting = 0
        for index in range {
            let token = tokens[index]
            if token.kind.opensBracket { nesting += 1 } else if token.kind.closesBracket { nesting -= 1 }
            if nesting == 0, token.kind == .binaryOperator, token.text == "+" {
                operands.append(start..<index)
                start = index + 1
            }
        }
        operands.append(start..<range.upperBound)
        for operand in operands where !operand.isEmpty {
            let first = tokens[operand.lowerBound]
            if first.kind == .leftSquare, let close = tokens.matchingClose(operand.lowerBound), close + 1 == operand.upperBound {
                for element in tokens.split(open: operand.lowerBound, close: close) {
                    if let dependency = dependency(element, bindings, target: target, problems: &problems) { result.append(dependency) }
                }
            } else if operand.count == 1, first.kind == .identifier, let constant = declarations.constants[first.text] {
                for value in constant.values {
                    result += dependencies(in: value, bindings, target: target, problems: &problems, depth: depth + 1)
                }
            } else {
                problems.append(SwiftLexProblem(line: first.line, message:
                    "target '\(target)': dependencies '\(SwiftManifestTokens.text(tokens.tokens[operand]))' are computed; they are not read"))
            }
        }
        return result
    }

    /// One entry of a dependency list.
    private func dependency(_ range: Range<Int>, _ bindings: [String: SwiftManifestValue], target: String,
                            problems: inout [SwiftLexProblem]) -> SwiftManifestDependency?
    {
        let first = tokens[range.lowerBound]
        let ifCondition = first.condition == 0 ? nil : tokens.conditions[first.condition]
        if case .string(let name) = evaluator.value(range, bindings) {
            return SwiftManifestDependency(kind: .byName, name: name, line: first.line, ifCondition: ifCondition)
        }
        // `.product(…)`, `Target.Dependency.product(…)`: the last `.factory(` before the arguments.
        if let open = range.first(where: { tokens[$0].kind == .leftParen }), open >= 2, tokens[open - 2].kind == .period,
           let close = tokens.matchingClose(open), close + 1 == range.upperBound
        {
            let kind: SwiftManifestDependency.Kind?
            switch tokens[open - 1].text {
            case "product": kind = .product
            case "target": kind = .target
            case "byName": kind = .byName
            default: kind = nil
            }
            var values: [String: Range<Int>] = [:]
            for argument in tokens.split(open: open, close: close) {
                if case let (label?, value) = tokens.labeled(argument) { values[label] = value }
            }
            if let kind, let nameRange = values["name"], case .string(let name) = evaluator.value(nameRange, bindings) {
                var package: String?
                if let packageRange = values["package"], case .string(let value) = evaluator.value(packageRange, bindings) {
                    package = value
                }
                return SwiftManifestDependency(
                    kind: kind, name: name, package: package, line: first.line,
                    condition: values["condition"].map { SwiftManifestTokens.text(tokens.tokens[$0]) }, ifCondition: ifCondition)
            }
        }
        problems.append(SwiftLexProblem(line: first.line, message:
            "target '\(target)': dependency '\(SwiftManifestTokens.text(tokens.tokens[range]))' is computed; it is not read"))
        return nil
    }
}
