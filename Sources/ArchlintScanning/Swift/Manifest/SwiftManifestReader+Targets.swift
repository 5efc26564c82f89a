extension SwiftManifestReader {
    private static let packageDescriptionLabels: Set<String> = [
        "name", "dependencies", "path", "exclude", "sources", "resources", "publicHeadersPath", "packageAccess",
        "cSettings", "cxxSettings", "swiftSettings", "linkerSettings", "plugins", "capability", "pkgConfig",
        "providers", "url", "checksum",
    ]

    /// The targets a factory call declares (one per name its `name:` can be), from its arguments
    /// between the parentheses at `open` and `close`.
    mutating func target(kind: SwiftManifestTarget.Kind, open: Int, close: Int,
                         bindings: [String: SwiftManifestValue]) -> [SwiftManifestTarget]
    {
        let line = tokens[open - 1].line
        var values: [String: Range<Int>] = [:]
        var unknownLabels: [String] = []
        for argument in tokens.split(open: open, close: close) {
            guard case let (label?, value) = tokens.labeled(argument) else { continue }
            values[label] = value
            if !Self.packageDescriptionLabels.contains(label) { unknownLabels.append(label) }
        }
        guard let nameRange = values["name"] else { return [] }
        if kind == .plugin && values["capability"] == nil { return [] }  // a product or a plugin usage
        let names = evaluator.value(nameRange, bindings).alternatives.compactMap { value -> String? in
            if case .string(let name) = value { return name }
            return nil
        }
        guard !names.isEmpty else {
            notes.append(SwiftLexProblem(line: tokens[nameRange.lowerBound].line, message:
                "target name '\(SwiftManifestTokens.text(tokens.tokens[nameRange]))' is computed; the target is skipped"))
            return []
        }
        let condition = tokens[open].condition
        var target = SwiftManifestTarget(name: names[0], kind: kind, line: line)
        target.ifCondition = condition == 0 ? nil : tokens.conditions[condition]
        if let pathRange = values["path"] {
            switch evaluator.value(pathRange, bindings) {
            case .string(let path): target.path = path
            case .null: break  // `path: nil`, a helper's default: the conventional folder
            default:
                notes.append(SwiftLexProblem(line: tokens[pathRange.lowerBound].line,
                                             message: "target '\(target.name)': path is computed; using the conventional folder"))
            }
        }
        if let range = values["exclude"] { target.exclude = strings(in: range, bindings, every: false) }
        if let range = values["resources"] { target.resources = strings(in: range, bindings, every: false) }
        if let range = values["sources"] {
            let sources = strings(in: range, bindings, every: true)
            if sources.isEmpty && range.count > 2 {
                notes.append(SwiftLexProblem(line: tokens[range.lowerBound].line,
                                             message: "target '\(target.name)': sources are computed; reading every file"))
            } else {
                target.sources = sources
            }
        }
        if let range = values["dependencies"] {
            target.dependencies = dependencies(in: range, bindings, target: target.name, problems: &target.dependencyProblems)
        }
        if !unknownLabels.isEmpty {
            // A helper the manifest defines: infer the kind from a `kind:` argument and keep its
            // other strings as folder names to try.
            target.isInferred = true
            if let range = values["kind"] {
                let words = Set(tokens.tokens[range].map(\.text))
                if words.contains("test") { target.kind = .test }
                if words.contains("executable") { target.kind = .executable }
            }
            for label in unknownLabels where label != "kind" {
                if case .string(let hint) = evaluator.value(values[label]!, bindings) { target.folderHints.append(hint) }
            }
        }
        return names.map { name in
            var named = target
            named.name = name
            return named
        }
    }

    /// The paths an `exclude:`, `sources:` or `resources:` argument holds. A constant that differs
    /// between `#if` branches gives, with `every`, the paths of any branch (a file compiled in
    /// one branch is a source), else only those all branches name (a file excluded in one
    /// branch only is still compiled in another). Elements it cannot evaluate give their literals.
    func strings(in range: Range<Int>, _ bindings: [String: SwiftManifestValue], every: Bool) -> [String] {
        var result: [String] = []
        func add(_ strings: [String]) {
            for string in strings where !result.contains(string) { result.append(string) }
        }
        let whole = evaluator.value(range, bindings)
        if !whole.containsUnknown { return every ? whole.allStrings : whole.commonStrings }
        let parts: [Range<Int>]
        if tokens[range.lowerBound].kind == .leftSquare, let close = tokens.matchingClose(range.lowerBound),
           close + 1 == range.upperBound
        {
            parts = tokens.split(open: range.lowerBound, close: close)
        } else {
            parts = [range]
        }
        for part in parts {
            let value = evaluator.value(part, bindings)
            if !value.containsUnknown {
                add(every ? value.allStrings : value.commonStrings)
                continue
            }
            // `.copy("Assets")`, `names + computed`: the literals and constants inside.
            for index in part {
                let token = tokens[index]
                if let string = token.string {
                    add([string])
                } else if token.kind == .identifier, index + 1 >= part.upperBound || tokens[index + 1].kind != .leftParen {
                    let constant = bindings[token.text] ?? evaluator.value(index..<(index + 1), bindings)
                    add(every ? constant.allStrings : constant.commonStrings)
                }
            }
        }
        return result
    }
}
