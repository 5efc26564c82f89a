extension SwiftManifestReader {
    /// How deep loops, closures and calls nest before the reader stops expanding them.
    private static let maximumDepth = 8

    /// At a computed form (`for x in […] { … }`, `[…].map { … }`, a call to a manifest function
    /// returning targets): the targets it declares, once per element or call, and the index after it.
    mutating func expand(at index: Int, bindings: [String: SwiftManifestValue], frames: [Frame], depth: Int)
        -> ([SwiftManifestTarget], Int)?
    {
        let token = tokens[index]
        guard workLeft > 0 else {
            if !budgetNoted {
                budgetNoted = true
                notes.append(SwiftLexProblem(line: token.line, message: "the manifest's loops, maps and calls expand to too much to follow; from here on each is read once"))
            }
            return nil
        }
        if token.kind == .keyword, token.keyword == .for {
            return forLoop(at: index, bindings: bindings, frames: frames, depth: depth)
        }
        if token.kind == .period, index + 2 < tokens.count,
           ["map", "flatMap", "compactMap"].contains(tokens[index + 1].text)
        {
            return map(at: index, bindings: bindings, frames: frames, depth: depth)
        }
        if token.kind == .identifier, index + 1 < tokens.count, tokens[index + 1].kind == .leftParen,
           !tokens[index + 1].isAtStartOfLine, let function = declarations.functions[token.text], function.returnsTargets,
           index == 0 || tokens[index - 1].kind != .period || index < 2 || tokens[index - 2].kind.isNotAValue
        {
            return call(function, at: index, bindings: bindings, frames: frames, depth: depth)
        }
        return nil
    }

    /// `for name in sequence { body }` (also `for (a, b) in …` and `where`): the body once per element.
    private mutating func forLoop(at index: Int, bindings: [String: SwiftManifestValue], frames: [Frame], depth: Int)
        -> ([SwiftManifestTarget], Int)?
    {
        guard let inIndex = (index + 1..<min(index + 12, tokens.count)).first(where: { tokens[$0].keyword == .in }),
              let open = (inIndex + 1..<tokens.count).first(where: { tokens[$0].kind == .leftBrace && isBlockStart($0, after: inIndex) }),
              let close = tokens.matchingClose(open)
        else { return nil }
        let names = (index + 1..<inIndex).filter { tokens[$0].kind == .identifier }.map { tokens[$0].text }
        let whereIndex = (inIndex + 1..<open).first { tokens[$0].keyword == .where }
        let sequence = evaluator.value((inIndex + 1)..<(whereIndex ?? open), bindings)
        let body = (open + 1)..<close
        var targets: [SwiftManifestTarget] = []
        let elements: [SwiftManifestValue]
        if case .array(let known) = sequence, depth < Self.maximumDepth {
            elements = known
        } else {
            elements = [.unknown]  // `for target in package.targets { … }`: read the body once
        }
        for element in elements {
            var inner = bindings
            bind(names, to: element, in: &inner)
            if let whereIndex, evaluator.condition((whereIndex + 1)..<open, inner) == false { continue }
            targets += scan(body, bindings: inner, frames: frames + [Frame()], depth: depth + 1)
        }
        return (targets, close + 1)
    }

    /// `receiver.map { name in body }` / `.map { … $0 … }`: the closure's body once per element.
    private mutating func map(at index: Int, bindings: [String: SwiftManifestValue], frames: [Frame], depth: Int)
        -> ([SwiftManifestTarget], Int)?
    {
        var open = index + 2
        var parenthesized: Int?
        if tokens[open].kind == .leftParen, open + 1 < tokens.count, tokens[open + 1].kind == .leftBrace {
            parenthesized = tokens.matchingClose(open)
            open += 1
        }
        guard tokens[open].kind == .leftBrace, !tokens[open].isAtStartOfLine, let close = tokens.matchingClose(open),
              let receiver = receiverStart(before: index)
        else { return nil }
        var bodyStart = open + 1
        var names = ["$0"]
        if let inIndex = (open + 1..<min(open + 10, close)).first(where: { tokens[$0].keyword == .in }),
           (open + 1..<inIndex).allSatisfy({ [.identifier, .comma, .leftParen, .rightParen, .wildcard].contains(tokens[$0].kind) })
        {
            names = (open + 1..<inIndex).filter { tokens[$0].kind == .identifier }.map { tokens[$0].text }
            bodyStart = inIndex + 1
        }
        let sequence = evaluator.value(receiver..<index, bindings)
        var targets: [SwiftManifestTarget] = []
        let elements: [SwiftManifestValue]
        if case .array(let known) = sequence, depth < Self.maximumDepth { elements = known } else { elements = [.unknown] }
        for element in elements {
            var inner = bindings
            if names == ["$0"], case .array(let parts) = element {
                for (position, part) in parts.enumerated() { inner["$\(position)"] = part }
            }
            bind(names, to: element, in: &inner)
            targets += scan(bodyStart..<close, bindings: inner, frames: frames + [Frame()], depth: depth + 1)
        }
        return (targets, (parenthesized ?? close) + 1)
    }

    /// `name(arguments)`: the function's body with its parameters bound.
    private mutating func call(_ function: SwiftManifestDeclarations.Function, at index: Int,
                               bindings: [String: SwiftManifestValue], frames: [Frame], depth: Int)
        -> ([SwiftManifestTarget], Int)?
    {
        guard let close = tokens.matchingClose(index + 1) else { return nil }
        expandedFunctions.insert(function.name)
        guard depth < Self.maximumDepth,
              let parameters = evaluator.bind(function, arguments: tokens.split(open: index + 1, close: close), bindings)
        else {
            notes.append(SwiftLexProblem(line: tokens[index].line,
                                         message: "call to '\(function.name)' could not be read; its targets are skipped"))
            return ([], close + 1)
        }
        return (scan(function.body, bindings: parameters, frames: frames + [Frame()], depth: depth + 1), close + 1)
    }

    /// Binds a loop's or closure's names: one name to the element, several to a tuple's parts.
    private func bind(_ names: [String], to element: SwiftManifestValue, in bindings: inout [String: SwiftManifestValue]) {
        if names.count == 1 {
            bindings[names[0]] = element
        } else if case .array(let parts) = element, parts.count == names.count {
            for (name, part) in zip(names, parts) { bindings[name] = part }
        } else {
            for name in names { bindings[name] = .unknown }
        }
    }

    /// Where the receiver of `.map` before `index` starts: an array literal, a parenthesized
    /// expression, or a name.
    private func receiverStart(before index: Int) -> Int? {
        guard index > 0 else { return nil }
        let previous = tokens[index - 1]
        if previous.kind == .rightSquare || previous.kind == .rightParen {
            var depth = 0
            var scan = index - 1
            while scan >= 0 {
                if tokens[scan].kind.closesBracket { depth += 1 }
                if tokens[scan].kind.opensBracket {
                    depth -= 1
                    if depth == 0 { return scan }
                }
                scan -= 1
            }
            return nil
        }
        if previous.kind == .identifier || previous.kind == .dollarIdentifier { return index - 1 }
        return nil
    }

    /// True when the `{` at `index` opens the block of the statement whose clause starts after
    /// `start`, not a closure inside the clause's brackets.
    private func isBlockStart(_ index: Int, after start: Int) -> Bool {
        var depth = 0
        for scan in (start + 1)..<index {
            if tokens[scan].kind.opensBracket { depth += 1 } else if tokens[scan].kind.closesBracket { depth -= 1 }
        }
        return depth == 0
    }
}

extension SwiftTokenKind {
    /// A token after which `.name` cannot be a member of a value (so `.name(…)` is an implicit member).
    var isNotAValue: Bool {
        self != .identifier && self != .rightParen && self != .rightSquare && self != .keyword
            && self != .dollarIdentifier && self != .stringLiteral
    }
}
