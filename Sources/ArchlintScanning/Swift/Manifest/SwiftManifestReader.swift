/// Reads the targets of a `Package.swift` from its tokens, without running it.
///
/// It finds target declarations wherever real manifests put them (the `Package(…)` call,
/// `let targets = […]`, `package.targets.append(…)`, every `#if` branch), evaluates names and
/// paths with `SwiftManifestEvaluator`, drops `if` blocks that cannot run
/// (`SwiftManifestBranches`), and expands the computed forms: `for` loops over arrays it can
/// evaluate, `.map { … }` over them, and calls to functions of the manifest that return targets
/// (`+Expansion`). A manifest's own target helper (`.target(kind: .test, name: …)`) is read with
/// its kind and folder inferred. What it cannot read becomes a note naming the line.
struct SwiftManifestReader {
    let tokens: SwiftManifestTokens
    let declarations: SwiftManifestDeclarations
    let evaluator: SwiftManifestEvaluator
    let branches: SwiftManifestBranches
    /// Functions by the index of their `func` keyword, skipped where declared.
    let functionStarts: [Int: SwiftManifestDeclarations.Function]
    var notes: [SwiftLexProblem] = []
    /// Functions returning targets that a call expanded.
    var expandedFunctions: Set<String> = []
    /// Tokens the reader may still visit. Loops, closures and calls nest (up to eight deep), so
    /// their expansion multiplies; past this budget, linear in the manifest's size, computed forms
    /// are read once, as plain code, with a note (a fuzzed manifest of 3 KB took minutes).
    var workLeft: Int
    /// Whether the note about the exhausted budget was written.
    var budgetNoted = false

    /// Where a bracket was opened: the argument label in force and what the bracket adds to.
    struct Frame {
        var label: String?
        var context: String?
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        tokens = SwiftManifestTokens(bytes)
        declarations = SwiftManifestDeclarations(tokens)
        evaluator = SwiftManifestEvaluator(tokens: tokens, declarations: declarations)
        branches = SwiftManifestBranches(tokens, evaluator)
        var starts: [Int: SwiftManifestDeclarations.Function] = [:]
        for function in declarations.functions.values { starts[function.extent.lowerBound] = function }
        functionStarts = starts
        workLeft = max(200_000, tokens.count * 100)
    }

    mutating func read() -> SwiftPackageManifest {
        var manifest = SwiftPackageManifest()
        var byName: [String: Int] = [:]
        for target in scan(0..<tokens.count, bindings: [:], frames: [], depth: 0) {
            if let existing = byName[target.name] {
                manifest.targets[existing].merge(target)
            } else {
                byName[target.name] = manifest.targets.count
                manifest.targets.append(target)
            }
        }
        for function in declarations.functions.values.sorted(by: { $0.line < $1.line })
        where function.returnsTargets && !function.isInstanceMethod && !expandedFunctions.contains(function.name) {
            notes.append(SwiftLexProblem(line: function.line, message:
                "function '\(function.name)' returns targets but no call to it could be read; its targets are skipped"))
        }
        if manifest.targets.isEmpty, let package = (0..<tokens.count).first(where: { tokens[$0].text == "Package" && tokens[$0 + 1].kind == .leftParen }) {
            notes.append(SwiftLexProblem(line: tokens[package].line, message: "no target could be read from this manifest"))
        }
        manifest.notes = tokens.problems + notes.sorted { $0.line < $1.line }
        return manifest
    }

    /// Labels under which a target factory's name means something else (`.target(name:)` as a
    /// dependency, `.plugin(name:)` as a product or a plugin usage).
    static let foreignLabels: Set<String> = [
        "dependencies", "products", "plugins", "resources", "exclude", "sources", "swiftSettings", "cSettings",
        "cxxSettings", "linkerSettings", "providers", "traits", "platforms", "capability", "condition", "pkgConfig",
    ]

    static let factories: [String: SwiftManifestTarget.Kind] = [
        "target": .regular, "executableTarget": .executable, "testTarget": .test, "macro": .macro,
        "plugin": .plugin, "systemLibrary": .system, "binaryTarget": .binary,
    ]

    /// The targets declared in `range`, with `bindings` for the names a loop, closure or call binds.
    mutating func scan(_ range: Range<Int>, bindings: [String: SwiftManifestValue], frames outer: [Frame], depth: Int)
        -> [SwiftManifestTarget]
    {
        var targets: [SwiftManifestTarget] = []
        var frames = outer
        var pendingContext: String?
        var index = range.lowerBound
        while index < range.upperBound {
            workLeft -= 1
            if let deadEnd = branches.deadEnd(at: index) {
                index = deadEnd
                continue
            }
            if let function = functionStarts[index] {
                index = function.extent.upperBound
                continue
            }
            if let (found, next) = expand(at: index, bindings: bindings, frames: frames, depth: depth) {
                targets += found
                index = next
                continue
            }
            let token = tokens[index]
            if frames.count == outer.count, token.kind == .keyword, token.keyword == .let || token.keyword == .var,
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
                if frames.count > outer.count { frames.removeLast() }
            case .comma:
                if frames.count > outer.count { frames[frames.count - 1].label = nil }
            case .colon:
                if frames.count > outer.count, index >= 2,
                   tokens[index - 2].kind == .leftParen || tokens[index - 2].kind == .comma
                {
                    frames[frames.count - 1].label = tokens[index - 1].text
                }
            case .period:
                if let kind = factoryCall(at: index), !frames.contains(where: Self.isForeign),
                   let close = tokens.matchingClose(index + 2)
                {
                    targets += target(kind: kind, open: index + 2, close: close, bindings: bindings)
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

    static func isForeign(_ frame: Frame) -> Bool {
        foreignLabels.contains(frame.label ?? "") || foreignLabels.contains(frame.context ?? "")
    }

    /// For `let name: Type = [`: what the value holds, judged by its type, else by its name.
    private func declarationContext(_ index: Int) -> String? {
        let name = tokens[index + 1].text
        let type = declarations.constants[name]?.type ?? ""
        if type.hasSuffix("Dependency]") { return "dependencies" }
        if type == "[Product]" { return "products" }
        if type.hasSuffix("Setting]") { return "swiftSettings" }
        return name
    }

    /// `package.dependencies.append(`, `x.products += [`: the member the bracket adds to.
    private func memberContext(before index: Int) -> String? {
        guard index >= 2 else { return nil }
        let previous = tokens[index - 1]
        if previous.text == "append" || previous.text == "insert" || previous.text == "contentsOf", index >= 3,
           tokens[index - 2].kind == .period, tokens[index - 3].kind == .identifier
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
}
