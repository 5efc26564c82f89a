import ArchlintGraph

/// Turns module expressions into module ids, recording an error for each that matches nothing
/// (import-linter's wording), so a misspelt module never makes a contract silently KEPT.
enum ModuleResolution {
    /// The ids every expression matches, sorted and de-duplicated; an error per empty expression.
    static func ids(
        of expressions: [ModuleExpression],
        in graph: ImportGraph,
        errors: inout [String]
    ) -> [ImportGraph.ModuleID] {
        var ids = Set<ImportGraph.ModuleID>()
        for expression in expressions {
            let matched = expression.matchingIDs(in: graph)
            if matched.isEmpty { errors.append(missingMessage(expression, in: graph)) }
            ids.formUnion(matched)
        }
        return ids.sorted()
    }

    /// `Module 'x' does not exist.` or, for wildcards, `The expression 'x' did not match any modules.`
    /// A near module name is suggested: `Module 'src.notification' does not exist; did you mean 'src.notifications'?`
    static func missingMessage(_ expression: ModuleExpression, in graph: ImportGraph) -> String {
        if expression.hasWildcard { return "The expression '\(expression)' did not match any modules." }
        let message = "Module '\(expression)' does not exist."
        guard let near = nearestName(to: expression.text, in: graph) else { return message }
        return message.dropLast() + "; did you mean '\(near)'?"
    }

    /// The module whose name is nearest to `text` by edit distance, among those with as many
    /// segments, when near enough to be a typo.
    static func nearestName(to text: String, in graph: ImportGraph) -> String? {
        let target = Array(text.utf8)
        let segments = target.count { $0 == UInt8(ascii: ".") }
        // A typo changes a small part of a name: never half of its last segment (`c3` is not `c1`).
        let lastSegment = target.count - (target.lastIndex(of: UInt8(ascii: ".")).map { $0 + 1 } ?? 0)
        let limit = min(max(1, target.count / 5), (lastSegment - 1) / 2)
        guard limit > 0 else { return nil }
        var best: (distance: Int, name: String)?
        for module in graph.modules {
            let name = module.name.rawValue
            let bytes = Array(name.utf8)
            guard abs(bytes.count - target.count) <= limit, bytes.count { $0 == UInt8(ascii: ".") } == segments else { continue }
            let distance = editDistance(target, bytes)
            if distance <= limit, best == nil || (distance, name) < (best!.distance, best!.name) { best = (distance, name) }
        }
        return best?.name
    }

    private static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(1, a.count) where !a.isEmpty {
            current[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    /// The module and, when `asPackage`, every module inside it.
    static func withDescendants(_ id: ImportGraph.ModuleID, in graph: ImportGraph, asPackage: Bool = true) -> [ImportGraph.ModuleID] {
        guard asPackage else { return [id] }
        return [id] + Array(graph.descendantIDs(of: graph.name(of: id)))
    }

    /// Top-level names of the workspace's own modules: a missing module under one of them is a
    /// mistake, while a missing external one is simply not imported.
    static func internalRoots(of graph: ImportGraph) -> Set<ModuleName> {
        var roots = Set<ModuleName>()
        // Modules are sorted, so one root's modules are adjacent: once a root is known, the
        // search jumps past its descendants (every contract asks, so this must not walk a
        // million-module graph each time).
        var index = 0
        let count = graph.moduleCount
        while index < count {
            let module = graph.module(ImportGraph.ModuleID(index))
            guard !module.isExternal else {
                index += 1
                continue
            }
            let root = module.name.root
            roots.insert(root)
            index = max(index + 1, Int(graph.descendantIDs(of: root).upperBound))
        }
        return roots
    }
}
