import ArchlintGraph

/// A module name that may hold wildcards: `*` stands for exactly one dotted segment (or, inside a
/// segment, any run of characters within it: `Feature*`), `**` for one or more segments.
public struct ModuleExpression: Hashable, Sendable, CustomStringConvertible {
    /// The expression as written.
    public let text: String
    private let segments: [String]

    public init(_ text: String) {
        self.text = text
        self.segments = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    public var description: String { text }

    /// True when the expression holds a wildcard.
    public var hasWildcard: Bool { text.contains("*") }

    /// True when `name` matches the whole expression.
    public func matches(_ name: ModuleName) -> Bool {
        let parts = name.segments.map(String.init)
        return Self.match(segments[...], parts[...])
    }

    private static func match(_ pattern: ArraySlice<String>, _ parts: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return parts.isEmpty }
        if first == "**" {
            // One or more segments.
            guard !parts.isEmpty else { return false }
            var rest = parts.dropFirst()
            while true {
                if match(pattern.dropFirst(), rest) { return true }
                if rest.isEmpty { return false }
                rest = rest.dropFirst()
            }
        }
        guard let part = parts.first, segmentMatches(first, part) else { return false }
        return match(pattern.dropFirst(), parts.dropFirst())
    }

    /// `*` inside a segment matches any run of characters of that segment.
    private static func segmentMatches(_ pattern: String, _ segment: String) -> Bool {
        if pattern == "*" { return true }
        if !pattern.contains("*") { return pattern == segment }
        let pieces = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        var rest = Substring(segment)
        guard rest.hasPrefix(pieces[0]) else { return false }
        rest = rest.dropFirst(pieces[0].count)
        for piece in pieces.dropFirst().dropLast() {
            guard let range = rest.range(of: piece) else { return false }
            rest = rest[range.upperBound...]
        }
        let last = pieces[pieces.count - 1]
        return rest.count >= last.count && rest.hasSuffix(last)
    }

    /// Every module of the graph the expression matches, sorted.
    public func matchingModules(in graph: ImportGraph) -> [ModuleName] {
        guard hasWildcard else { return graph.contains(ModuleName(text)) ? [ModuleName(text)] : [] }
        return graph.modules.map(\.name).filter(matches)
    }
}

/// An `ignore_imports` line: `importer -> imported`, each side a `ModuleExpression`.
public struct ImportExpression: Hashable, Sendable, CustomStringConvertible {
    public let importer: ModuleExpression
    public let imported: ModuleExpression

    public init(importer: ModuleExpression, imported: ModuleExpression) {
        self.importer = importer
        self.imported = imported
    }

    /// Parses `a.b -> c.*`; nil when the arrow or a side is missing.
    public init?(parsing text: String) {
        let sides = text.components(separatedBy: "->")
        guard sides.count == 2 else { return nil }
        let left = sides[0].trimmingSpaces, right = sides[1].trimmingSpaces
        guard !left.isEmpty, !right.isEmpty else { return nil }
        self.init(importer: ModuleExpression(left), imported: ModuleExpression(right))
    }

    public var description: String { "\(importer) -> \(imported)" }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var view = Substring(self)
        while view.first == " " || view.first == "\t" { view = view.dropFirst() }
        while view.last == " " || view.last == "\t" { view = view.dropLast() }
        return String(view)
    }

    fileprivate func components(separatedBy separator: String) -> [String] {
        var result: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            result.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        result.append(String(rest))
        return result
    }
}

extension Substring {
    fileprivate func range(of needle: String) -> Range<Substring.Index>? {
        guard !needle.isEmpty else { return startIndex..<startIndex }
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(needle) { return index..<self.index(index, offsetBy: needle.count) }
            index = self.index(after: index)
        }
        return nil
    }
}
