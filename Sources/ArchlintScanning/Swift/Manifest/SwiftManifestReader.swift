/// Reads the targets of a `Package.swift` from its tokens, without running it.
///
/// It understands what real manifests do: target declarations anywhere (in the `Package(…)`
/// call, in `let targets = […]`, in `package.targets.append(…)`, in every `#if` branch), names
/// and paths given as literals or as `let` constants, `if` statements on environment variables
/// (read as unset, the way a plain `swift build` runs) or on `array.contains("…")` of a literal
/// array, and calls to a target helper the manifest defines itself (`.target(kind: .test, name:
/// …)`), whose kind and folder it infers. It does not run loops, functions or string
/// interpolation; such values are skipped and noted.
struct SwiftManifestReader {
    private let tokens: [SwiftManifestToken]
    private var problems: [SwiftLexProblem]
    private var strings: [String: String] = [:]
    private var arrays: [String: [String]] = [:]
    /// Token ranges of `if` branches that do not run.
    private var deadRanges: [Range<Int>] = []
    private var notes: [SwiftLexProblem] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        (tokens, problems) = SwiftManifestToken.tokens(of: bytes)
    }

    mutating func read() -> SwiftPackageManifest {
        readConstants()
        readConditionals()
        var manifest = SwiftPackageManifest()
        var seen: Set<String> = []
        for target in readTargets() where seen.insert(target.name).inserted {
            manifest.targets.append(target)
        }
        manifest.notes = problems + notes
        return manifest
    }

    // MARK: - Constants

    /// `let name = "…"` and `let names = ["…", …]` at the top level.
    private mutating func readConstants() {
        var depth = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind.opensBracket { depth += 1 } else if token.kind.closesBracket { depth -= 1 }
            guard depth == 0, token.kind == .keyword, token.keyword == .let || token.keyword == .var,
                  index + 1 < tokens.count, tokens[index + 1].kind == .identifier,
                  let equal = tokenIndex(after: index + 1, where: { $0.kind == .equal })
            else {
                index += 1
                continue
            }
            let name = tokens[index + 1].text
            let value = equal + 1
            if let string = tokens[value].string, endsStatement(at: value + 1) {
                strings[name] = string
            } else if tokens[value].kind == .leftSquare, let close = matchingClose(value), endsStatement(at: close + 1),
                      let elements = stringElements(value + 1, close)
            {
                arrays[name] = elements
            }
            index = value
        }
    }

    /// The index of the first token after `start`, on a type annotation's tokens, that matches; stops at a line break.
    private func tokenIndex(after start: Int, where matches: (SwiftManifestToken) -> Bool) -> Int? {
        var index = start + 1
        var depth = 0
        while index < tokens.count, tokens[index].kind != .endOfFile {
            let token = tokens[index]
            if depth == 0 && matches(token) { return index }
            if token.isAtStartOfLine && depth == 0 { return nil }
            if token.kind.opensBracket { depth += 1 } else if token.kind.closesBracket { depth -= 1 }
            index += 1
        }
        return nil
    }

    private func endsStatement(at index: Int) -> Bool {
        index >= tokens.count || tokens[index].kind == .endOfFile || tokens[index].isAtStartOfLine
            || tokens[index].kind == .semicolon
    }

    /// The strings of `"a", "b",` between two indices, or nil when something else is there.
    private func stringElements(_ start: Int, _ end: Int) -> [String]? {
        var elements: [String] = []
        var index = start
        while index < end {
            guard let string = tokens[index].string else { return nil }
            elements.append(string)
            index += 1
            if index < end {
                guard tokens[index].kind == .comma else { return nil }
                index += 1
            }
        }
        return elements
    }

    private func matchingClose(_ open: Int) -> Int? {
        var depth = 0
        for index in open..<tokens.count {
            if tokens[index].kind.opensBracket { depth += 1 }
            if tokens[index].kind.closesBracket {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    // MARK: - Conditionals

    /// Marks the branches of top-level `if` statements whose condition is known.
    private mutating func readConditionals() {
        var depth = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind.opensBracket { depth += 1 } else if token.kind.closesBracket { depth -= 1 }
            guard depth == 0, token.kind == .keyword, token.keyword == .if,
                  let open = tokenIndex(after: index, where: { $0.kind == .leftBrace }) ?? firstBrace(after: index),
                  let close = matchingClose(open)
            else {
                index += 1
                continue
            }
            let truth = evaluate(index + 1, open)
            var elseBlock: Range<Int>?
            if close + 2 < tokens.count, tokens[close + 1].keyword == .else, tokens[close + 2].kind == .leftBrace,
               let elseClose = matchingClose(close + 2)
            {
                elseBlock = (close + 2)..<(elseClose + 1)
            }
            if truth == false { deadRanges.append(open..<(close + 1)) }
            if truth == true, let elseBlock { deadRanges.append(elseBlock) }
            index = open
        }
    }

    private func firstBrace(after index: Int) -> Int? {
        tokens[(index + 1)...].firstIndex { $0.kind == .leftBrace }
    }

    /// The value of an `if` condition when it is one the reader knows; nil otherwise.
    private func evaluate(_ start: Int, _ end: Int) -> Bool? {
        let condition = Array(tokens[start..<end])
        // `Context.environment["X"] != nil`, `ProcessInfo.processInfo.environment["X"] == nil`:
        // variables are read as unset.
        if let environment = condition.firstIndex(where: { $0.text == "environment" }),
           let close = condition[environment...].firstIndex(where: { $0.kind == .rightSquare }),
           close + 2 < condition.count, condition[close + 2].keyword == .nil
        {
            switch condition[close + 1].text {
            case "!=": return condition.count == close + 3 ? false : nil
            case "==": return condition.count == close + 3 ? true : nil
            default: return nil
            }
        }
        // `defines.contains("X")` on a literal array.
        if condition.count == 6, let array = arrays[condition[0].text], condition[1].kind == .period,
           condition[2].text == "contains", condition[3].kind == .leftParen, let value = condition[4].string,
           condition[5].kind == .rightParen
        {
            return array.contains(value)
        }
        return nil
    }

    // MARK: - Targets

    private struct Frame {
        var label: String?
        var context: String?
    }

    /// Labels under which a target factory's name means something else (`.target(name:)` as a
    /// dependency, `.plugin(name:)` as a product or a plugin usage).
    private static let foreignLabels: Set<String> = [
        "dependencies", "products", "plugins", "resources", "exclude", "sources", "swiftSettings", "cSettings",
        "cxxSettings", "linkerSettings", "providers", "traits", "platforms", "capability", "condition", "pkgConfig",
    ]

    private static let factories: [String: SwiftManifestTarget.Kind] = [
        "target": .regular, "executableTarget": .executable, "testTarget": .test, "macro": .macro,
        "plugin": .plugin, "systemLibrary": .system, "binaryTarget": .binary,
    ]

    private mutating func readTargets() -> [SwiftManifestTarget] {
        var targets: [SwiftManifestTarget] = []
        var frames: [Frame] = []
        var pendingContext: String?
        var index = 0
        while index < tokens.count {
            if let dead = deadRanges.first(where: { $0.lowerBound == index }) {
                index = dead.upperBound
                continue
            }
            let token = tokens[index]
            if frames.isEmpty, token.kind == .keyword, token.keyword == .let || token.keyword == .var,
               index + 1 < tokens.count, tokens[index + 1].kind == .identifier
            {
                pendingContext = declarationContext(index)
            }
            switch token.kind {
            case .leftParen, .leftSquare, .leftBrace:
                // `let name: Type = [`: the declaration's context applies to the value, not the type.
                let declared = index > 0 && tokens[index - 1].kind == .equal ? pendingContext : nil
                frames.append(Frame(context: memberContext(before: index) ?? declared))
            case .rightParen, .rightSquare, .rightBrace:
                _ = frames.popLast()
            case .comma:
                if !frames.isEmpty { frames[frames.count - 1].label = nil }
            case .colon:
                if !frames.isEmpty, index >= 2, tokens[index - 2].kind == .leftParen || tokens[index - 2].kind == .comma {
                    frames[frames.count - 1].label = tokens[index - 1].text
                }
            case .period:
                if let kind = factoryCall(at: index), !frames.contains(where: { Self.foreignLabels.contains($0.label ?? "") || Self.foreignLabels.contains($0.context ?? "") }),
                   let close = matchingClose(index + 2)
                {
                    if let target = target(kind: kind, arguments: (index + 2)..<close, line: tokens[index + 1].line) {
                        targets.append(target)
                    }
                    index = close + 1
                    continue
                }
            default:
                break
            }
            index += 1
        }
        return targets
    }

    /// For `let name: Type = [`: what the value holds, judged by its type, else by its name.
    private func declarationContext(_ index: Int) -> String? {
        let name = tokens[index + 1].text
        var scan = index + 2
        var type = ""
        if scan < tokens.count, tokens[scan].kind == .colon {
            scan += 1
            while scan < tokens.count, tokens[scan].kind != .equal, !tokens[scan].isAtStartOfLine {
                type += tokens[scan].text
                scan += 1
            }
        }
        if type.hasSuffix("Dependency]") { return "dependencies" }
        if type == "[Product]" { return "products" }
        return name
    }

    /// `package.dependencies.append(`, `x.products += [`: the member the bracket adds to.
    private func memberContext(before index: Int) -> String? {
        guard index >= 2 else { return nil }
        let previous = tokens[index - 1]
        if previous.text == "append" || previous.text == "insert", index >= 3, tokens[index - 2].kind == .period,
           tokens[index - 3].kind == .identifier
        {
            return tokens[index - 3].text
        }
        if previous.text == "+=" || previous.kind == .equal, tokens[index - 2].kind == .identifier {
            return tokens[index - 2].text
        }
        return nil
    }

    /// The kind of target a `.target(` / `Target.testTarget(` call at this `.` declares, if it is one.
    private func factoryCall(at index: Int) -> SwiftManifestTarget.Kind? {
        guard index + 2 < tokens.count, tokens[index + 1].kind == .identifier || tokens[index + 1].kind == .keyword,
              let kind = Self.factories[tokens[index + 1].text], tokens[index + 2].kind == .leftParen,
              !tokens[index + 2].isAtStartOfLine
        else { return nil }
        if index > 0 {
            // `x.target(…)` is a method of some value; `Target.target(…)` is the factory.
            let before = tokens[index - 1]
            let isValue = before.kind == .identifier || before.kind == .rightParen || before.kind == .rightSquare
                || (before.kind == .keyword && before.keyword == .self)
            if isValue && !before.isAtStartOfLine && before.text != "Target" { return nil }
        }
        return kind
    }

    private static let packageDescriptionLabels: Set<String> = [
        "name", "dependencies", "path", "exclude", "sources", "resources", "publicHeadersPath", "packageAccess",
        "cSettings", "cxxSettings", "swiftSettings", "linkerSettings", "plugins", "capability", "pkgConfig",
        "providers", "url", "checksum",
    ]

    /// The target a factory call declares, from its arguments between the parentheses.
    private mutating func target(kind: SwiftManifestTarget.Kind, arguments: Range<Int>, line: Int) -> SwiftManifestTarget? {
        var values: [String: Range<Int>] = [:]
        var unknownLabels: [String] = []
        for argument in split(arguments) {
            guard argument.count >= 2, tokens[argument.lowerBound + 1].kind == .colon else { continue }
            let label = tokens[argument.lowerBound].text
            values[label] = (argument.lowerBound + 2)..<argument.upperBound
            if !Self.packageDescriptionLabels.contains(label) { unknownLabels.append(label) }
        }
        guard let nameRange = values["name"], let name = singleString(nameRange) else { return nil }
        if kind == .plugin && values["capability"] == nil { return nil }  // a product or a plugin usage
        var target = SwiftManifestTarget(name: name, kind: kind, line: line)
        if let pathRange = values["path"] {
            if let path = singleString(pathRange) {
                target.path = path
            } else {
                notes.append(SwiftLexProblem(line: tokens[pathRange.lowerBound].line,
                                             message: "target '\(name)': path is computed; using the conventional folder"))
            }
        }
        if let range = values["exclude"] { target.exclude = strings(in: range) }
        if let range = values["resources"] { target.resources = strings(in: range) }
        if let range = values["sources"] {
            let sources = strings(in: range)
            if sources.isEmpty && range.count > 2 {
                notes.append(SwiftLexProblem(line: tokens[range.lowerBound].line,
                                             message: "target '\(name)': sources are computed; reading every file"))
            } else {
                target.sources = sources
            }
        }
        if !unknownLabels.isEmpty {
            // A helper the manifest defines: infer the kind from a `kind:` argument and keep its
            // other strings as folder names to try.
            target.isInferred = true
            if let range = values["kind"] {
                let words = Set(tokens[range].map(\.text))
                if words.contains("test") { target.kind = .test }
                if words.contains("executable") { target.kind = .executable }
            }
            for label in unknownLabels where label != "kind" {
                if let hint = singleString(values[label]!) { target.folderHints.append(hint) }
            }
        }
        return target
    }

    /// The top-level comma-separated arguments within a range.
    private func split(_ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var depth = 0
        var start = range.lowerBound + 1
        for index in (range.lowerBound + 1)..<range.upperBound {
            let token = tokens[index]
            if token.kind.opensBracket { depth += 1 } else if token.kind.closesBracket { depth -= 1 }
            if depth == 0 && token.kind == .comma {
                parts.append(start..<index)
                start = index + 1
            }
        }
        if start < range.upperBound { parts.append(start..<range.upperBound) }
        return parts
    }

    /// A value that is one string literal or one string constant.
    private func singleString(_ range: Range<Int>) -> String? {
        guard range.count == 1 else { return nil }
        return tokens[range.lowerBound].string ?? strings[tokens[range.lowerBound].text]
    }

    /// Every string a value can hold: its literals and the constants it names.
    private func strings(in range: Range<Int>) -> [String] {
        var result: [String] = []
        for token in tokens[range] {
            if let string = token.string {
                result.append(string)
            } else if token.kind == .identifier {
                if let array = arrays[token.text] { result += array }
                if let string = strings[token.text] { result.append(string) }
            }
        }
        return result
    }
}

extension SwiftTokenKind {
    var opensBracket: Bool { self == .leftParen || self == .leftSquare || self == .leftBrace }
    var closesBracket: Bool { self == .rightParen || self == .rightSquare || self == .rightBrace }
}
