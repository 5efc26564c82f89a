/// The `exclude` globs of `contracts.json`, matched against paths relative to the configuration
/// folder (with `/`). `*` matches within one path segment, `**` any number of segments (zero or
/// more), `?` one character. A pattern matching a folder excludes everything under it.
public struct PathExclusion: Sendable {
    private let patterns: [[Substring]]

    public init(_ patterns: [String]) {
        self.patterns = patterns.map { pattern in
            var trimmed = Substring(pattern)
            while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
            while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
            return trimmed.split(separator: "/", omittingEmptySubsequences: true)
        }
    }

    /// True when there are no patterns: nothing is excluded, and walkers need not build the
    /// paths they would ask about.
    public var isEmpty: Bool { patterns.isEmpty }

    /// True when `relativePath` (a file or a folder) or one of its parent folders is excluded.
    public func excludes(_ relativePath: String) -> Bool {
        // Walkers ask for every file; with no patterns, answer without splitting the path.
        if patterns.isEmpty { return false }
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: true)
        for pattern in patterns where !pattern.isEmpty {
            // A pattern also excludes everything below a folder it matches.
            for length in 1...max(1, parts.count) where length <= parts.count {
                if Self.match(pattern[...], parts[0..<length]) { return true }
            }
        }
        return false
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ parts: ArraySlice<Substring>) -> Bool {
        guard let first = pattern.first else { return parts.isEmpty }
        if first == "**" {
            var rest = parts
            while true {
                if match(pattern.dropFirst(), rest) { return true }
                if rest.isEmpty { return false }
                rest = rest.dropFirst()
            }
        }
        guard let part = parts.first, segmentMatches(Array(first.utf8)[...], Array(part.utf8)[...]) else { return false }
        return match(pattern.dropFirst(), parts.dropFirst())
    }

    private static func segmentMatches(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        guard let head = pattern.first else { return text.isEmpty }
        switch head {
        case UInt8(ascii: "*"):
            var rest = text
            while true {
                if segmentMatches(pattern.dropFirst(), rest) { return true }
                if rest.isEmpty { return false }
                rest = rest.dropFirst()
            }
        case UInt8(ascii: "?"):
            return !text.isEmpty && segmentMatches(pattern.dropFirst(), text.dropFirst())
        default:
            return text.first == head && segmentMatches(pattern.dropFirst(), text.dropFirst())
        }
    }
}
